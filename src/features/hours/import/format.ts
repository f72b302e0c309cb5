import type {
  HourImportLayout,
  ImportColumn,
  ImportRowPreview,
} from '../../../../electron/shared/hour-import';

/** Words and formats for the log import, in one place. */

export const layoutLabels: Record<HourImportLayout, string> = {
  'icf-log': 'ICF client coaching log',
  'per-session': 'List of sessions',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Minutes as hours for people: 90 → "1.5", 80 → "1.33", 0 → "0". */
export function hours(minutes: number): string {
  return (Math.round((minutes / 60) * 100) / 100).toLocaleString('en', { maximumFractionDigits: 2 });
}

const DATE_COLUMNS: ReadonlySet<ImportColumn> = new Set(['startDate', 'endDate', 'date']);
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** What to show in a cell: a date Coachbook read as "3 Apr 2025" (never ambiguous), anything else as given. */
export function cellDisplay(row: ImportRowPreview, column: ImportColumn): string {
  const value = row.cells[column] ?? '';
  if (DATE_COLUMNS.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return dayFormat.format(new Date(`${value}T00:00:00Z`));
  }
  return value;
}

export type RowStatus = 'ready' | 'duplicate' | 'error';

export function rowStatus(row: ImportRowPreview): RowStatus {
  if (row.errors.length > 0) return 'error';
  return row.duplicate ? 'duplicate' : 'ready';
}
