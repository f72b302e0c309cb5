import type {
  HourImportLayout,
  ImportColumn,
  ImportColumnInfo,
  ImportRowPreview,
} from '../../../../electron/shared/hour-import';
import { i18n } from '../../../i18n';
import { formatDay, formatHours, formatNumber } from '../../../i18n/format';

/** Words and formats for the log import, in one place. */

export function layoutLabel(layout: HourImportLayout): string {
  return layout === 'icf-log' ? i18n.t('hours:import.layoutIcf') : i18n.t('hours:import.layoutSessions');
}

/** Minutes as hours for people: 90 → "1.5" ("1,5"), 80 → "1.33", 0 → "0". */
export function hours(minutes: number): string {
  return formatHours(minutes);
}

const DATE_COLUMNS: ReadonlySet<ImportColumn> = new Set(['startDate', 'endDate', 'date']);
const NUMBER_COLUMNS: ReadonlySet<ImportColumn> = new Set([
  'paidHours',
  'proBonoHours',
  'duration',
  'groupSize',
]);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * What to show in a cell. The main process sends what it read in a fixed form (an ISO date, a decimal number,
 * 'individual' | 'group', 'paid' | 'pro-bono'), or the file's own text where it could not read the cell, which
 * is never in that form. A date shows its month in words ("3 Apr 2025"), whatever the coach's date format, so
 * the coach can see which way 03/04 was read; numbers and words follow the coach's language; the file's own
 * text shows as given.
 */
export function cellDisplay(row: ImportRowPreview, column: ImportColumnInfo): string {
  const value = row.cells[column.key] ?? '';
  if (DATE_COLUMNS.has(column.key) && ISO_DAY.test(value)) return formatDay(value, 'medium', 'locale');
  if (column.key === 'mode') {
    if (value === 'individual') return i18n.t('hours:import.cellIndividual');
    if (value === 'group') return i18n.t('hours:import.cellGroup');
  }
  if (column.key === 'payment') {
    if (value === 'paid') return i18n.t('hours:import.cellPaid');
    if (value === 'pro-bono') return i18n.t('hours:import.cellProBono');
  }
  if (NUMBER_COLUMNS.has(column.key) && DECIMAL.test(value)) {
    const number = formatNumber(Number(value));
    if (column.key !== 'duration') return number;
    return column.unit === 'minutes'
      ? i18n.t('hours:import.cellMinutes', { value: number })
      : i18n.t('hours:import.cellHours', { value: number });
  }
  return value;
}

export type RowStatus = 'ready' | 'duplicate' | 'error';

export function rowStatus(row: ImportRowPreview): RowStatus {
  if (row.errors.length > 0) return 'error';
  return row.duplicate ? 'duplicate' : 'ready';
}
