import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type {
  DateOrder,
  HourImportLayout,
  ImportColumn,
  ImportColumnInfo,
  ImportRowError,
  ImportRowPreview,
} from '../../shared/hour-import';
import { type ManualHoursFields, manualHoursFields } from '../../shared/hours';
import { fieldWords, msg } from '../../shared/messages';
import { durationUnit, findHeader, type HeaderColumn } from './headers';
import { MAX_ROWS, type RawRow, type RawTable } from './read-file';
import {
  type Cell,
  cellText,
  detectDateOrder,
  isBlank,
  normaliseWords,
  parseDate,
  parseDecimal,
  parseGroupSize,
  parseMinutes,
  parseMode,
  parsePayment,
} from './values';

/**
 * From rows of cells to manual hour entries: find the header, read each row, explain every problem beside the
 * column it is in. Pure: nothing here touches the database. Row errors and notes are message references
 * (electron/shared/messages.ts), put into the coach's words by the import preview.
 */

export interface ParsedRow extends Omit<ImportRowPreview, 'duplicate'> {
  /** sha256 of the row's normalised content (and its occurrence in the file); null when the row has errors. */
  importKey: string | null;
}

export interface ParsedLog {
  layout: HourImportLayout;
  columns: ImportColumnInfo[];
  dateOrder: { used: DateOrder; detected: DateOrder | null; ambiguous: boolean };
  rows: ParsedRow[];
  notes: string[];
}

const DATE_KEYS: ImportColumn[] = ['startDate', 'endDate', 'date'];
const TOTALS_LABEL = /^(?:grand )?(?:sub ?)?totals?(?: (?:hours|paid|pro bono|coaching|of hours))*$|^sum$/;

export function parseLog(table: RawTable, requestedOrder: DateOrder): ParsedLog {
  const header = findHeader(table.rows, (rowIndex, columnIndex) =>
    paidColumnKind(table.rows.slice(rowIndex + 1, rowIndex + 201), columnIndex),
  );
  if (!header) throw new AppError('validation', msg('errors:hourImport.file.noHeader'), 'file');
  const { layout } = header;
  let columns = header.columns;
  const has = (key: ImportColumn) => columns.some((c) => c.key === key);

  const hoursColumns = has('paidHours') || has('proBonoHours');
  if (layout === 'per-session') {
    if (hoursColumns) {
      // Paid and pro bono hours say it all; a duration or payment column beside them is not needed.
      columns = columns.filter((c) => c.key !== 'duration' && c.key !== 'payment');
    } else if (!has('payment')) {
      throw new AppError('validation', msg('errors:hourImport.file.noPaymentColumn'), 'file');
    }
  }

  const dataRows = table.rows.slice(header.rowIndex + 1).filter((row) => row.cells.some((c) => !isBlank(c)));
  if (dataRows.length > MAX_ROWS) {
    throw new AppError('validation', msg('errors:hourImport.file.tooManyRows', { max: MAX_ROWS }), 'file');
  }
  const column = (key: ImportColumn) => columns.find((c) => c.key === key);
  const cellOf = (row: RawRow, key: ImportColumn): Cell => {
    const c = column(key);
    return c ? (row.cells[c.index] ?? null) : null;
  };

  const unit = durationColumnUnit(column('duration'), dataRows);
  const info: ImportColumnInfo[] = columns.map((c) =>
    c.key === 'duration' ? { key: c.key, header: c.header, unit } : { key: c.key, header: c.header },
  );

  const dates = detectDateOrder(
    dataRows.flatMap((row) => DATE_KEYS.filter(has).map((key) => cellOf(row, key))),
  );
  const used = dates.detected ?? requestedOrder;
  const dateOrder = { used, detected: dates.detected, ambiguous: dates.numeric && dates.detected === null };

  const notes: string[] = [];
  const totalsRows: RawRow[] = [];
  const rows: ParsedRow[] = [];
  dataRows.forEach((row, i) => {
    if (isTotalsRow(row, i === dataRows.length - 1, columns, cellOf)) {
      totalsRows.push(row);
      notes.push(msg('errors:hourImport.note.totalsRow', { line: row.line }));
      return;
    }
    // Below the totals, a line with no dates and no hours is a footnote (our own exports write the
    // consent and initials notes there), not a log entry with everything missing.
    if (totalsRows.length > 0 && isFootnote(row, columns, cellOf)) {
      notes.push(msg('errors:hourImport.note.footnote', { line: row.line }));
      return;
    }
    rows.push(readRow(row, layout, has, cellOf, used, table.date1904, unit));
  });
  assignImportKeys(rows);
  const last = totalsRows[totalsRows.length - 1];
  if (last && rows.every((r) => r.errors.length === 0)) {
    const check = compareTotals(last, rows, cellOf, table.date1904);
    if (check) notes.push(check);
  }
  if (rows.length === 0) notes.push(msg('errors:hourImport.note.noRows'));
  return { layout, columns: info, dateOrder, rows, notes };
}

/** A lone "Paid" header: hours when its values are numbers, a paid/pro bono flag when they are words. */
function paidColumnKind(rows: readonly RawRow[], index: number): 'paidHours' | 'payment' {
  let numbers = 0;
  let words = 0;
  for (const row of rows) {
    const cell = row.cells[index] ?? null;
    if (isBlank(cell)) continue;
    const minutes = parseMinutes(cell, 'hours');
    const payment = parsePayment(cell);
    if (minutes.ok && !payment.ok) numbers++;
    if (payment.ok && !minutes.ok) words++;
  }
  return words > numbers ? 'payment' : 'paidHours';
}

/**
 * "Duration (min)" says its unit. A bare "Duration" is minutes when every value is a whole number of at least
 * 15 (no session lasts 15 hours), and hours otherwise.
 */
function durationColumnUnit(column: HeaderColumn | undefined, rows: readonly RawRow[]): 'hours' | 'minutes' {
  if (!column) return 'hours';
  const stated = durationUnit(column.header);
  if (stated) return stated;
  const values: number[] = [];
  for (const row of rows) {
    const cell = row.cells[column.index] ?? null;
    const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseDecimal(cell) : null;
    if (value !== null) values.push(value);
  }
  return values.length > 0 && values.every((v) => Number.isInteger(v)) && Math.max(...values) >= 15
    ? 'minutes'
    : 'hours';
}

type CellOf = (row: RawRow, key: ImportColumn) => Cell;

/**
 * A totals row: labelled "Total" (or "Totals", "Grand total", "Sum") with no dates, or, as the file's last row,
 * hours with no client and no dates.
 */
function isTotalsRow(row: RawRow, isLast: boolean, columns: HeaderColumn[], cellOf: CellOf): boolean {
  const datesBlank = DATE_KEYS.every((key) => isBlank(cellOf(row, key)));
  if (!datesBlank) return false;
  const labelled = row.cells.some((c) => typeof c === 'string' && TOTALS_LABEL.test(normaliseWords(c)));
  if (labelled) return true;
  const hours = columns.some(
    (c) =>
      (c.key === 'paidHours' || c.key === 'proBonoHours' || c.key === 'duration') &&
      !isBlank(cellOf(row, c.key)),
  );
  return isLast && hours && isBlank(cellOf(row, 'clientName')) && isBlank(cellOf(row, 'clientContact'));
}

function isFootnote(row: RawRow, columns: HeaderColumn[], cellOf: CellOf): boolean {
  return columns.every(
    (c) => c.key === 'clientName' || c.key === 'clientContact' || isBlank(cellOf(row, c.key)),
  );
}

/**
 * A note when the totals row's paid or pro bono hours differ from the sum of its rows. Hours are numbers, so
 * they show in the reader's format (7.5, 7,5).
 */
function compareTotals(row: RawRow, rows: ParsedRow[], cellOf: CellOf, date1904: boolean): string | null {
  const differs = (key: 'paidHours' | 'proBonoHours', field: 'paidMinutes' | 'proBonoMinutes') => {
    const stated = parseMinutes(cellOf(row, key), 'hours', date1904);
    if (!stated.ok || stated.value === null) return null;
    const sum = rows.reduce((total, r) => total + (r.fields?.[field] ?? 0), 0);
    // Logs often round each line: allow a minute per row.
    return Math.abs(stated.value - sum) > rows.length
      ? { stated: decimalHours(stated.value), sum: decimalHours(sum) }
      : null;
  };
  const paid = differs('paidHours', 'paidMinutes');
  const proBono = differs('proBonoHours', 'proBonoMinutes');
  const line = row.line;
  if (paid && proBono) {
    return msg('errors:hourImport.note.totalsBoth', {
      line,
      paid: paid.stated,
      paidSum: paid.sum,
      proBono: proBono.stated,
      proBonoSum: proBono.sum,
    });
  }
  if (paid) return msg('errors:hourImport.note.totalsPaid', { line, ...paid });
  if (proBono) return msg('errors:hourImport.note.totalsProBono', { line, ...proBono });
  return null;
}

/** Minutes as decimal hours, at most two decimals: 90 → 1.5, 80 → 1.33. */
export function decimalHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Minutes as decimal hours for a preview cell, at most two decimals: 90 → "1.5", 80 → "1.33". */
export function formatHours(minutes: number): string {
  return String(decimalHours(minutes));
}

function readRow(
  row: RawRow,
  layout: HourImportLayout,
  has: (key: ImportColumn) => boolean,
  cellOf: CellOf,
  order: DateOrder,
  date1904: boolean,
  unit: 'hours' | 'minutes',
): ParsedRow {
  const errors: ImportRowError[] = [];
  const cells: Partial<Record<ImportColumn, string>> = {};
  const raw = (key: ImportColumn) => cellText(cellOf(row, key));
  const error = (column: ImportColumn | null, message: string) => {
    if (!errors.some((e) => e.column === column)) errors.push({ column, message });
  };
  const read = <T>(
    key: ImportColumn,
    result: { ok: true; value: T } | { ok: false; message: string },
    show: (value: NonNullable<T>) => string,
  ): T | null => {
    if (!has(key)) return null;
    if (result.ok) {
      cells[key] = result.value === null ? '' : show(result.value as NonNullable<T>);
      return result.value;
    }
    cells[key] = raw(key);
    error(key, result.message);
    return null;
  };
  const text = (key: ImportColumn) => {
    if (has(key)) cells[key] = raw(key);
    return raw(key);
  };

  const clientName = text('clientName');
  if (clientName === '') error('clientName', msg('errors:text.required', { what: fieldWords('clientName') }));
  const clientContact = text('clientContact');
  const modeCell = read('mode', parseMode(cellOf(row, 'mode')), String);
  const size = read('groupSize', parseGroupSize(cellOf(row, 'groupSize')), String);

  const dateKey: ImportColumn = layout === 'icf-log' ? 'startDate' : 'date';
  const startDate = read(dateKey, parseDate(cellOf(row, dateKey), order, date1904), String);
  const endCell =
    layout === 'icf-log' ? read('endDate', parseDate(cellOf(row, 'endDate'), order, date1904), String) : null;
  if (startDate === null && !errors.some((e) => e.column === dateKey)) {
    error(
      dateKey,
      msg(layout === 'icf-log' ? 'errors:hourImport.row.startDate' : 'errors:hourImport.row.sessionDate'),
    );
  }
  const endDate = endCell ?? startDate;
  if (startDate && endDate && endDate < startDate) error('endDate', msg('errors:date.endBeforeStart'));

  let paidMinutes: number | null = null;
  let proBonoMinutes: number | null = null;
  let hoursKey: ImportColumn = 'paidHours';
  if (has('paidHours') || has('proBonoHours')) {
    paidMinutes = read('paidHours', parseMinutes(cellOf(row, 'paidHours'), 'hours', date1904), formatHours);
    proBonoMinutes = read(
      'proBonoHours',
      parseMinutes(cellOf(row, 'proBonoHours'), 'hours', date1904),
      formatHours,
    );
    hoursKey = has('paidHours') ? 'paidHours' : 'proBonoHours';
    const unreadable = errors.some((e) => e.column === 'paidHours' || e.column === 'proBonoHours');
    if (!unreadable && (paidMinutes ?? 0) + (proBonoMinutes ?? 0) === 0) {
      error(hoursKey, msg('errors:hourImport.row.noHours'));
    }
  } else {
    hoursKey = 'duration';
    // In the column's unit (ImportColumnInfo.unit): whole minutes, or decimal hours.
    const minutes = read('duration', parseMinutes(cellOf(row, 'duration'), unit, date1904), (v) =>
      unit === 'minutes' ? String(v) : formatHours(v),
    );
    const payment = read('payment', parsePayment(cellOf(row, 'payment')), String);
    if (minutes === null || minutes === 0) {
      if (!errors.some((e) => e.column === 'duration'))
        error('duration', msg('errors:hourImport.row.noLength'));
    }
    if (payment === null && !errors.some((e) => e.column === 'payment')) {
      error('payment', msg('errors:hourImport.row.payment'));
    }
    paidMinutes = payment === 'paid' ? minutes : 0;
    proBonoMinutes = payment === 'pro-bono' ? minutes : 0;
  }

  // Individual or group: say so, or let the group size say it.
  let mode = modeCell;
  if (mode === null && !errors.some((e) => e.column === 'mode'))
    mode = size !== null && size > 1 ? 'group' : 'individual';
  if (mode === 'group' && size === null && !errors.some((e) => e.column === 'groupSize')) {
    error(has('groupSize') ? 'groupSize' : 'mode', msg('errors:hourImport.row.groupSizeMissing'));
  } else if (mode === 'group' && size === 1) {
    error('groupSize', msg('errors:hourImport.row.groupTooSmall'));
  } else if (mode === 'individual' && size !== null && size > 1) {
    error(has('groupSize') ? 'groupSize' : 'mode', msg('errors:hourImport.row.individualSeveral'));
  }

  let fields: ManualHoursFields | null = null;
  if (errors.length === 0) {
    const parsed = manualHoursFields.safeParse({
      clientName,
      clientContact,
      mode,
      groupSize: mode === 'group' ? size : 1,
      startDate,
      endDate,
      paidMinutes: paidMinutes ?? 0,
      proBonoMinutes: proBonoMinutes ?? 0,
    });
    if (parsed.success) fields = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        error(columnOfField(String(issue.path[0] ?? ''), layout, has, hoursKey), issue.message);
      }
    }
  }
  return { line: row.line, cells, fields, errors, importKey: null };
}

/** Where a problem the entry schema found belongs in the file. */
function columnOfField(
  field: string,
  layout: HourImportLayout,
  has: (key: ImportColumn) => boolean,
  hoursKey: ImportColumn,
): ImportColumn | null {
  const byField: Record<string, ImportColumn> = {
    clientName: 'clientName',
    clientContact: 'clientContact',
    mode: 'mode',
    groupSize: 'groupSize',
    startDate: layout === 'icf-log' ? 'startDate' : 'date',
    endDate: layout === 'icf-log' ? 'endDate' : 'date',
    paidMinutes: hoursKey === 'duration' ? 'duration' : 'paidHours',
    proBonoMinutes: hoursKey === 'duration' ? 'duration' : 'proBonoHours',
  };
  const key = byField[field];
  return key && has(key) ? key : null;
}

/** The content that makes two rows the same entry, whatever its spelling in the file. */
export function normalisedContent(fields: ManualHoursFields): string {
  const text = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return JSON.stringify([
    text(fields.clientName),
    text(fields.clientContact),
    fields.mode,
    fields.groupSize,
    fields.startDate,
    fields.endDate,
    fields.paidMinutes,
    fields.proBonoMinutes,
  ]);
}

/**
 * import_key = sha256 of the normalised row and how many identical rows came before it in the file, so two
 * genuinely identical lines both import, and importing the same file again matches every row.
 */
function assignImportKeys(rows: ParsedRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.fields) continue;
    const content = normalisedContent(row.fields);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    row.importKey = createHash('sha256')
      .update(`coachbook.hour-import.v1\n${content}\n${occurrence}`)
      .digest('hex');
  }
}
