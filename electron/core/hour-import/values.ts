import type { DateOrder } from '../../shared/hour-import';
import { type MessageKey, msg } from '../../shared/messages';

/**
 * Reading one cell of a coaching log: dates, hours, individual/group, group size, paid/pro bono.
 * Pure functions; messages are references into the `errors` namespace (electron/shared/messages.ts), shown in
 * the coach's language by the import preview, and never repeat the cell's content.
 */

/** A cell as read from the file: CSV gives text; a workbook also gives numbers and dates. */
export type Cell = string | number | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (key: MessageKey): Parsed<never> => ({ ok: false, message: msg(key) });

/** Text of a cell, trimmed; '' for an empty cell. Workbook numbers keep their full precision. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === '';
}

/** "-", "—", "n/a", "none": the coach's way of writing "nothing here". */
const PLACEHOLDER = /^(?:[-–—]+|n\/?a|none|nil)$/i;

/** Strips accents and case, keeps letters and digits: "Pro-Bono " → "pro bono". */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------- Dates ----------

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** The earliest and latest years a coaching log date may have; anything else is a misread cell. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Excel's day count (1900 system: 1 = 1900-01-01, with its phantom 29 Feb 1900; 1904 system: 0 = 1904-01-01). */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const ms = (days - 25569) * 86_400_000;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return date.toISOString().slice(0, 10);
}

/** The two leading numbers of a d/m/y or m/d/y date, for working out the file's order. */
export function numericDateParts(cell: Cell): [number, number] | null {
  if (typeof cell !== 'string') return null;
  const m = NUMERIC.exec(cell.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The order a file's dates prove: a first part above 12 can only be a day (d/m/y), a second part above 12
 * only a day (m/d/y). Null when nothing proves either, or when the file contradicts itself.
 */
export function detectDateOrder(cells: Iterable<Cell>): { detected: DateOrder | null; numeric: boolean } {
  let dmy = false;
  let mdy = false;
  let numeric = false;
  for (const cell of cells) {
    const parts = numericDateParts(cell);
    if (!parts) continue;
    numeric = true;
    if (parts[0] > 12) dmy = true;
    if (parts[1] > 12) mdy = true;
  }
  return { detected: dmy === mdy ? null : dmy ? 'dmy' : 'mdy', numeric };
}

/** A cell in a date column as YYYY-MM-DD; null result for an empty cell. */
export function parseDate(cell: Cell, order: DateOrder, date1904 = false): Parsed<string | null> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('errors:hourImport.cell.notDate');
    // exceljs gives a workbook's dates as UTC midnight of the day shown.
    const iso = isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return iso ? ok(iso) : fail('errors:hourImport.cell.dateOutOfRange');
  }
  if (typeof cell === 'number') {
    const iso = serialToIso(cell, date1904);
    return iso ? ok(iso) : fail('errors:hourImport.cell.notDate');
  }
  const text = cell.trim();
  if (text === '') return ok(null);

  let m = ISO_LIKE.exec(text);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : fail('errors:hourImport.cell.dateMissing');
  }
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    const iso = isoOf(fullYear(m[3] ?? ''), month, day);
    if (iso) return ok(iso);
    if (month <= 12 && day <= 31) return fail('errors:hourImport.cell.dateMissing');
    return fail(order === 'dmy' ? 'errors:hourImport.cell.notDateDmy' : 'errors:hourImport.cell.notDateMdy');
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const iso = month ? isoOf(fullYear(m[3] ?? ''), month, Number(m[1])) : null;
    return iso ? ok(iso) : fail('errors:hourImport.cell.notDate');
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    const iso = month ? isoOf(Number(m[3]), month, Number(m[2])) : null;
    return iso ? ok(iso) : fail('errors:hourImport.cell.notDate');
  }
  if (SERIAL.test(text)) {
    const iso = serialToIso(Number(text), date1904);
    if (iso) return ok(iso);
  }
  return fail('errors:hourImport.cell.notDate');
}

// ---------- Hours and minutes ----------

const H_MM = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const H_AND_M = /^(\d+(?:[.,]\d+)?)\s*h(?:ours?|rs?)?\.?\s*(?:(\d{1,2})\s*(?:m(?:in(?:utes?|s)?)?\.?)?)?$/i;
const M_ONLY = /^(\d+(?:[.,]\d+)?)\s*m(?:in(?:utes?|s)?)?\.?$/i;
const DECIMAL = /^[+-]?(?:\d{1,3}(?:[,.\s']\d{3})+|\d+)(?:[.,]\d+)?$|^[+-]?[.,]\d+$/;

/**
 * A number written with either decimal separator: "1.5", "1,5", "1,234.5", "1.234,5", "1 234,5".
 * One separator is always the decimal one (hours above 999 in one log line are rare; 1,5 hours is not).
 */
export function parseDecimal(text: string): number | null {
  const t = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (!DECIMAL.test(t)) return null;
  const body = t.replace(/[\s']/g, '');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = body.split(group).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    const count = sep ? body.split(sep).length - 1 : 0;
    // Several of the same separator can only be grouping (1.234.567).
    normal = sep === null ? body : count > 1 ? body.split(sep).join('') : body.replace(sep, '.');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/**
 * A time span in minutes. Decimal numbers are in `unit`; "1:30", "1h30", "1 h 30 min" and "90 min" say their
 * own unit. A workbook time cell ([h]:mm) arrives as a date on Excel's day zero. Null for an empty cell.
 */
export function parseMinutes(cell: Cell, unit: 'hours' | 'minutes', date1904 = false): Parsed<number | null> {
  const negative: MessageKey = 'errors:hourImport.cell.negativeHours';
  const notNumber: MessageKey =
    unit === 'hours' ? 'errors:hourImport.cell.notHours' : 'errors:hourImport.cell.notMinutes';
  if (cell === null) return ok(null);
  if (cell instanceof Date) {
    const serial = 25569 + cell.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
    if (serial >= 0 && serial < 60) return ok(Math.round(serial * 1440));
    return fail(notNumber);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(notNumber);
    if (cell < 0) return fail(negative);
    return ok(Math.round(unit === 'hours' ? cell * 60 : cell));
  }
  const text = cell.trim();
  if (text === '' || PLACEHOLDER.test(text)) return ok(null);
  if (/^-\s*[\d.,]/.test(text)) return fail(negative);
  let m = H_MM.exec(text);
  if (m) return ok(Number(m[1]) * 60 + Number(m[2]) + Math.round(Number(m[3] ?? 0) / 60));
  m = H_AND_M.exec(text);
  if (m) {
    const hours = parseDecimal(m[1] ?? '') ?? 0;
    return ok(Math.round(hours * 60 + Number(m[2] ?? 0)));
  }
  m = M_ONLY.exec(text);
  if (m) return ok(Math.round(parseDecimal(m[1] ?? '') ?? 0));
  const value = parseDecimal(text);
  if (value === null) return fail(notNumber);
  if (value < 0) return fail(negative);
  return ok(Math.round(unit === 'hours' ? value * 60 : value));
}

// ---------- Individual or group, group size, payment ----------

const INDIVIDUAL = new Set([
  'individual',
  'indiv',
  'ind',
  'i',
  'one to one',
  'one on one',
  '1 1',
  '1 to 1',
  '1 on 1',
  'single',
  'private',
  'personal',
  'individual coaching',
]);
const GROUP = new Set([
  'group',
  'grp',
  'g',
  'team',
  'group coaching',
  'team coaching',
  'groups',
  'teams',
  // The words the Spanish messages suggest ("Usa Individual o Grupal").
  'grupal',
  'grupo',
  'equipo',
]);

export function parseMode(cell: Cell): Parsed<'individual' | 'group' | null> {
  const text = normaliseWords(cellText(cell));
  if (text === '') return ok(null);
  if (INDIVIDUAL.has(text)) return ok('individual');
  if (GROUP.has(text)) return ok('group');
  return fail('errors:hourImport.cell.mode');
}

export function parseGroupSize(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 ? ok(cell) : fail('errors:hourImport.cell.groupSize');
  }
  const text = cellText(cell);
  if (text === '' || PLACEHOLDER.test(text)) return ok(null);
  const m =
    /^(\d{1,7})(?:\s*(?:people|persons?|participants?|members?|pax|personas?|participantes?|miembros?))?$/i.exec(
      text,
    );
  if (!m) return fail('errors:hourImport.cell.groupSize');
  const value = Number(m[1]);
  return value >= 1 ? ok(value) : fail('errors:hourImport.cell.groupSize');
}

const PAID = new Set([
  'paid',
  'p',
  'yes',
  'y',
  'true',
  '1',
  'x',
  'paying',
  'fee',
  'billed',
  'invoiced',
  'barter',
  'remunerada',
  'remunerado',
  'pagada',
  'pagado',
  'si',
]);
const PRO_BONO = new Set([
  'pro bono',
  'probono',
  'pb',
  'no',
  'n',
  'false',
  '0',
  'unpaid',
  'free',
  'volunteer',
  'voluntary',
  'not paid',
  'gratuita',
  'gratuito',
  'gratis',
  'no remunerada',
  'no remunerado',
]);

export function parsePayment(cell: Cell): Parsed<'paid' | 'pro-bono' | null> {
  const text = normaliseWords(cellText(cell));
  if (text === '') return ok(null);
  if (PAID.has(text)) return ok('paid');
  if (PRO_BONO.has(text)) return ok('pro-bono');
  return fail('errors:hourImport.cell.payment');
}
