import type {
  HourImportLayout,
  ImportColumn,
  ImportRowPreview,
} from '../../../../electron/shared/hour-import';
import { i18n } from '../../../i18n';
import { formatDay, formatHours } from '../../../i18n/format';

/** Words and formats for the log import, in one place. */

export function layoutLabel(layout: HourImportLayout): string {
  return layout === 'icf-log' ? i18n.t('hours:import.layoutIcf') : i18n.t('hours:import.layoutSessions');
}

/** Minutes as hours for people: 90 → "1.5" ("1,5"), 80 → "1.33", 0 → "0". */
export function hours(minutes: number): string {
  return formatHours(minutes);
}

const DATE_COLUMNS: ReadonlySet<ImportColumn> = new Set(['startDate', 'endDate', 'date']);

/**
 * What to show in a cell: a date Coachbook read with its month in words ("3 Apr 2025"), whatever the
 * coach's date format, so the coach can see which way 03/04 was read; anything else as given.
 */
export function cellDisplay(row: ImportRowPreview, column: ImportColumn): string {
  const value = row.cells[column] ?? '';
  if (DATE_COLUMNS.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDay(value, 'medium', 'locale');
  return value;
}

export type RowStatus = 'ready' | 'duplicate' | 'error';

export function rowStatus(row: ImportRowPreview): RowStatus {
  if (row.errors.length > 0) return 'error';
  return row.duplicate ? 'duplicate' : 'ready';
}
