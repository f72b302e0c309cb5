import { i18n } from '../../i18n';
import {
  formatDay as formatCalendarDay,
  formatDateTime as formatInstant,
  formatNumber,
  formatRelativeDays,
} from '../../i18n/format';

/** Dates and sizes for the Settings page, through the one formatter (language and date format). */

/** An instant as a local date and time, e.g. "Mar 12, 2026, 2:05 PM". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatInstant(date);
}

/** A calendar day (YYYY-MM-DD) as the coach sees dates, never shifted by the local zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  return formatCalendarDay(day.slice(0, 10));
}

/** "840 kB", "1.2 MB" ("1,2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) {
    const value = bytes / 1_000_000;
    return i18n.t('settings:sizes.megabytes', { value: formatNumber(value, value < 10 ? 1 : 0) });
  }
  const value = Math.max(bytes / 1000, 1);
  return i18n.t('settings:sizes.kilobytes', { value: formatNumber(value, value < 10 ? 1 : 0) });
}

/** The last part of a path, on any platform. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "today", "yesterday", "3 days ago": how long ago an instant was, by local calendar day. */
export function formatRelativeDay(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const startOf = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((startOf(date) - startOf(now)) / 86_400_000);
  return formatRelativeDays(days);
}
