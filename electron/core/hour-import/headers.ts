import type { HourImportLayout, ImportColumn } from '../../shared/hour-import';
import { type Cell, cellText, normaliseWords } from './values';

/**
 * Recognising a coaching log's header row: the ICF client coaching log's columns and the usual ways coaches
 * name them, in any case, with or without accents, "#", punctuation or a note in brackets.
 */

/** A header as compared: accents, case and punctuation gone, "#" and "No." read as "number". */
export function normaliseHeader(text: string): string {
  return normaliseWords(
    text
      .replace(/#/g, ' number ')
      .replace(/\bno\.(?=\s)/gi, ' number ')
      .replace(/\bnbr\b|\bnum\b/gi, ' number ')
      .replace(/&/g, ' and '),
  ).replace(/\s+/g, ' ');
}

/** A header that is only "Paid": hours in an ICF log, a paid/pro bono flag in a session list. */
type Candidate = ImportColumn | 'paidOrPayment';

const SYNONYMS: Record<Candidate, string[]> = {
  clientName: [
    'client name',
    'client',
    'clients',
    'name',
    'client s name',
    'clients name',
    'client full name',
    'full name',
    'name of client',
    'coachee',
    'coachee name',
    'client or group member name',
    'client group member name',
    'client or group name',
    'participant name',
    'client name group',
    'client name or group',
    // Spanish: Coachbook's own export in Spanish, and the usual ways coaches name the columns.
    'nombre del cliente',
    'nombre de cliente',
    'nombre',
    'cliente',
    'clientes',
    'cliente s',
    'nombre completo',
    'coachee',
  ],
  clientContact: [
    'contact information',
    'contact info',
    'contact',
    'contact details',
    'client contact',
    'client contact information',
    'client contact info',
    'email',
    'e mail',
    'email address',
    'client email',
    'contact email',
    'phone',
    'phone number',
    'email or phone',
    'contact email or phone',
    'datos de contacto',
    'contacto',
    'informacion de contacto',
    'correo',
    'correo electronico',
    'email o telefono',
    'telefono',
  ],
  mode: [
    'individual group',
    'individual or group',
    'group individual',
    'group or individual',
    'individual team',
    'individual or team',
    'individual group team',
    'individual or group or team',
    'ind group',
    'indiv group',
    'individual group coaching',
    'session type',
    'coaching type',
    'type of coaching',
    'type',
    'individual grupal',
    'individual o grupal',
    'individual grupo',
    'individual o grupo',
    'grupal individual',
    'tipo de coaching',
    'tipo de sesion',
    'tipo',
  ],
  groupSize: [
    'number in group',
    'number in the group',
    'number of people in group',
    'number of people in the group',
    'number of people',
    'people in group',
    'group size',
    'size of group',
    'number of participants',
    'participants',
    'number of clients',
    'in group',
    'headcount',
    'personas en el grupo',
    'numero de personas',
    'numero de personas en el grupo',
    'numero de participantes',
    'participantes',
    'tamano del grupo',
    'tamano de grupo',
  ],
  startDate: [
    'start date',
    'start',
    'started',
    'date started',
    'start of coaching',
    'coaching start date',
    'start date of coaching',
    'begin date',
    'beginning date',
    'from',
    'from date',
    'date from',
    'first session',
    'first session date',
    'date of first session',
    'fecha de inicio',
    'inicio',
    'fecha inicio',
    'desde',
    'primera sesion',
  ],
  endDate: [
    'end date',
    'end',
    'ended',
    'date ended',
    'end of coaching',
    'coaching end date',
    'end date of coaching',
    'finish date',
    'to',
    'to date',
    'date to',
    'last session',
    'last session date',
    'date of last session',
    'fecha de fin',
    'fecha de finalizacion',
    'fecha fin',
    'fin',
    'hasta',
    'ultima sesion',
  ],
  date: [
    'date',
    'session date',
    'date of session',
    'coaching date',
    'day',
    'session day',
    'fecha',
    'fecha de la sesion',
    'fecha de sesion',
  ],
  duration: [
    'duration',
    'length',
    'session length',
    'minutes',
    'mins',
    'min',
    'duration minutes',
    'duration min',
    'duration mins',
    'length minutes',
    'length min',
    'session minutes',
    'minutes coached',
    'hours',
    'hrs',
    'duration hours',
    'duration hrs',
    'length hours',
    'session hours',
    'coaching hours',
    'hours coached',
    'duracion',
    'duracion minutos',
    'duracion horas',
    'minutos',
    'horas',
  ],
  payment: [
    'paid pro bono',
    'paid or pro bono',
    'paid probono',
    'paid or probono',
    'pro bono paid',
    'paid unpaid',
    'paid or unpaid',
    'payment',
    'payment type',
    'type of payment',
    'fee type',
    'paid or not',
    'remunerada pro bono',
    'remunerado pro bono',
    'pago',
    'tipo de pago',
  ],
  paidOrPayment: ['paid'],
  paidHours: [
    'paid hours',
    'hours paid',
    'paid hrs',
    'paid h',
    'paid coaching hours',
    'number of paid hours',
    'paid coaching',
    'paid time',
    'horas remuneradas',
    'horas pagadas',
    'remuneradas',
  ],
  proBonoHours: [
    'pro bono hours',
    'pro bono',
    'probono',
    'probono hours',
    'pro bono hrs',
    'pro bono h',
    'pro bono coaching hours',
    'pro bono coaching',
    'number of pro bono hours',
    'unpaid hours',
    'volunteer hours',
    'horas pro bono',
  ],
};

const LOOKUP = new Map<string, Candidate>(
  Object.entries(SYNONYMS).flatMap(([key, names]) => names.map((n) => [n, key as Candidate] as const)),
);

/** What a header cell names, if anything. A note in brackets ("Contact (email or phone)") is ignored. */
export function matchHeader(text: string): Candidate | null {
  const whole = normaliseHeader(text);
  if (whole === '') return null;
  const found = LOOKUP.get(whole) ?? LOOKUP.get(normaliseHeader(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')));
  if (found) return found;
  // "Paid hours (decimal)", "Date of the session": try without trailing words in brackets or after a colon.
  const head = normaliseHeader(text.split(/[(:[*]/)[0] ?? '');
  return head !== whole ? (LOOKUP.get(head) ?? null) : null;
}

/** Whether a duration column's numbers are minutes or hours, from its header; null when the header does not say. */
export function durationUnit(header: string): 'hours' | 'minutes' | null {
  const words = normaliseHeader(header).split(' ');
  if (words.some((w) => w === 'min' || w === 'mins' || w === 'minutes' || w === 'minute' || w === 'minutos'))
    return 'minutes';
  if (
    words.some(
      (w) => w === 'hours' || w === 'hrs' || w === 'hour' || w === 'hr' || w === 'h' || w === 'horas',
    )
  )
    return 'hours';
  return null;
}

export interface HeaderColumn {
  /** Index of the column in the row. */
  index: number;
  key: ImportColumn;
  header: string;
}

export interface HeaderMatch {
  /** Index of the header row in the table. */
  rowIndex: number;
  layout: HourImportLayout;
  columns: HeaderColumn[];
}

/** How far down the file the header row may be (a title, the coach's name and a blank line often come first). */
const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row: the first row among the top ones that names the most known columns, with at least a
 * client name, a date and some hours. `resolvePaid` decides what a lone "Paid" header is, from its values.
 */
export function findHeader(
  rows: readonly { cells: readonly Cell[] }[],
  resolvePaid: (rowIndex: number, columnIndex: number) => 'paidHours' | 'payment',
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const cells = rows[r]?.cells ?? [];
    const columns: HeaderColumn[] = [];
    const seen = new Set<ImportColumn>();
    cells.forEach((cell, index) => {
      if (typeof cell !== 'string') return;
      const candidate = matchHeader(cell);
      if (!candidate) return;
      const key = candidate === 'paidOrPayment' ? resolvePaid(r, index) : candidate;
      if (seen.has(key)) return;
      seen.add(key);
      columns.push({ index, key, header: cellText(cell) });
    });
    const layout = layoutOf(seen);
    if (!layout) continue;
    if (columns.length > bestScore) {
      best = { rowIndex: r, layout, columns: pruneForLayout(columns, layout) };
      bestScore = columns.length;
    }
  }
  return best;
}

function layoutOf(keys: ReadonlySet<ImportColumn>): HourImportLayout | null {
  if (!keys.has('clientName')) return null;
  const hours = keys.has('paidHours') || keys.has('proBonoHours');
  if (keys.has('startDate') && hours) return 'icf-log';
  if (keys.has('date') && (hours || keys.has('duration'))) return 'per-session';
  return null;
}

/** Columns the layout does not use are left out (an ICF log's stray "Date" column, say). */
function pruneForLayout(columns: HeaderColumn[], layout: HourImportLayout): HeaderColumn[] {
  const unused: ImportColumn[] =
    layout === 'icf-log' ? ['date', 'duration', 'payment'] : ['startDate', 'endDate'];
  return columns.filter((c) => !unused.includes(c.key));
}
