import { i18n } from '../../i18n';
import { formatDate, formatDay, formatDayMonth } from '../../i18n/format';

/**
 * Day wording for goals, the Wheel of Life and follow-ups. Calendar days (YYYY-MM-DD)
 * are shown as the coach wrote them, never shifted by the local zone; instants are shown
 * as the local day they fell on. The formatting itself is src/i18n/format.ts's.
 */

const DAY_MS = 86_400_000;

/** "12 Mar" this year, "12 Mar 2024" otherwise. */
export function formatDayShort(day: string, today: string = todayLocal()): string {
  if (!dayToDate(day)) return day;
  return day.slice(0, 4) === today.slice(0, 4) ? formatDayMonth(day) : formatDay(day);
}

/** An instant (UTC ISO string) as the local day it fell on, "12 Mar 2026". */
export function formatInstantDay(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDate(iso);
}

/** Today in the coach's zone, YYYY-MM-DD. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayToDate(from);
  const b = dayToDate(to);
  if (!a || !b) return 0;
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** "3 days overdue", "Due today", "Due tomorrow", "In 5 days". */
export function describeDue(dueDate: string, today: string = todayLocal()): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return i18n.t('followups:due.overdue', { count: -days });
  if (days === 0) return i18n.t('followups:due.today');
  if (days === 1) return i18n.t('followups:due.tomorrow');
  return i18n.t('followups:due.inDays', { count: days });
}

function dayToDate(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
