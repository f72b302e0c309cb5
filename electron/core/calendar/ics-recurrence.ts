import { msg } from '../../shared/messages';
import { clip, EventProblem, prop, props, type RawEvent } from './ics-components';
import type { ContentLine } from './ics-text';
import {
  type CalendarTime,
  checkedLocal,
  DATE,
  DATE_TIME,
  instantOf,
  readDateValue,
  type ZoneContext,
} from './ics-values';
import {
  addDays,
  type LocalDateTime,
  localAsUtcMs,
  localToUtc,
  sameDate,
  utcToLocal,
  weekday,
} from './zoned-time';

/**
 * Repeating events (RRULE, RDATE, EXDATE): only the bounded daily and weekly rules a coach's
 * sessions use are expanded, and never past MAX_OCCURRENCES_PER_EVENT.
 */

export const MAX_OCCURRENCES_PER_EVENT = 52;
const MAX_RULE_STEPS = 5000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SUPPORTED_RULE_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST']);

/**
 * The start instants of every occurrence: DTSTART, then (for a bounded daily or weekly
 * RRULE) the rest, in wall-clock time of the event's zone so 10:00 stays 10:00 across a
 * DST change; plus RDATEs, minus EXDATEs. Rules Coachbook does not expand yield only the
 * first occurrence, with a note.
 */
export function occurrenceStarts(
  event: RawEvent,
  start: CalendarTime,
  context: ZoneContext,
  note: (m: string) => void,
): number[] {
  const first = instantOf(start);
  const starts = new Set<number>([first]);
  const rrule = prop(event, 'RRULE');
  if (rrule) {
    for (const at of expandRule(rrule.value, start, context, note)) starts.add(at);
  }
  for (const rdate of props(event, 'RDATE')) {
    for (const value of listValues(rdate)) {
      const parsed = readDateValue(rdate, context, value);
      if (parsed.kind === 'date-time') starts.add(instantOf(parsed.time));
    }
  }
  const excludedInstants = new Set<number>();
  const excludedDates: LocalDateTime[] = [];
  for (const exdate of props(event, 'EXDATE')) {
    for (const value of listValues(exdate)) {
      const parsed = readDateValue(exdate, context, value);
      if (parsed.kind === 'date') excludedDates.push(parsed.local);
      else excludedInstants.add(instantOf(parsed.time));
    }
  }
  return [...starts]
    .filter((at) => !excludedInstants.has(at))
    .filter((at) => !excludedDates.some((date) => sameDate(utcToLocal(at, start.zone), date)))
    .sort((a, b) => a - b);
}

function listValues(content: ContentLine): string[] {
  return content.value
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

function expandRule(
  rule: string,
  start: CalendarTime,
  context: ZoneContext,
  note: (m: string) => void,
): number[] {
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  const unsupported = [...parts.keys()].filter((key) => !SUPPORTED_RULE_PARTS.has(key));
  if ((freq !== 'DAILY' && freq !== 'WEEKLY') || unsupported.length > 0) {
    note(msg('errors:calendar.problem.repeatUnsupported'));
    return [];
  }
  const countText = parts.get('COUNT');
  const untilText = parts.get('UNTIL');
  if (countText === undefined && untilText === undefined) {
    note(msg('errors:calendar.problem.repeatNoEnd'));
    return [];
  }
  const interval = positiveInt(parts.get('INTERVAL') ?? '1', 'INTERVAL');
  const count = countText === undefined ? Number.POSITIVE_INFINITY : positiveInt(countText, 'COUNT');
  const until = untilText === undefined ? null : readUntil(untilText, start, context);
  const byDay = parts.has('BYDAY') ? parseByDay(parts.get('BYDAY') ?? '') : null;
  const weekStart = WEEKDAYS.indexOf(parts.get('WKST') ?? 'MO');
  if (weekStart < 0) throw new EventProblem(msg('errors:calendar.problem.repeatWeekStart'));

  const startDay = weekday(start.local);
  const candidates = (function* (): Generator<LocalDateTime> {
    // Bounded, so a rule whose days never come round (daily every 7th day on another weekday) ends.
    if (freq === 'DAILY') {
      for (let n = 1; n <= MAX_RULE_STEPS; n++) {
        const local = addDays(start.local, n * interval);
        if (!byDay || byDay.includes(weekday(local))) yield local;
      }
      return;
    }
    // Weekly: each interval-th week (counted from WKST), on BYDAY or DTSTART's weekday.
    const days = (byDay ?? [startDay]).map((day) => (day - weekStart + 7) % 7).sort((a, b) => a - b);
    const firstWeek = addDays(start.local, -((startDay - weekStart + 7) % 7));
    for (let week = 0; week <= MAX_RULE_STEPS; week++) {
      for (const offset of days) {
        const local = addDays(firstWeek, week * 7 * interval + offset);
        if (localAsUtcMs(local) > localAsUtcMs(start.local)) yield local;
      }
    }
  })();

  const starts: number[] = [];
  // DTSTART is the first of COUNT.
  let generated = 1;
  for (const local of candidates) {
    if (generated >= count) break;
    const at = start.form === 'utc' ? localAsUtcMs(local) : localToUtc(local, start.zone);
    if (until && !until(at, local)) break;
    generated++;
    if (starts.length + 1 >= MAX_OCCURRENCES_PER_EVENT) {
      note(msg('errors:calendar.problem.repeatTooMany', { max: MAX_OCCURRENCES_PER_EVENT }));
      break;
    }
    starts.push(at);
  }
  return starts;
}

/** UNTIL is inclusive: a DATE covers its whole day, a DATE-TIME is an instant. */
function readUntil(value: string, start: CalendarTime, context: ZoneContext) {
  const date = DATE.exec(value);
  if (date) {
    const limit = checkedLocal(date, false);
    return (_at: number, local: LocalDateTime) =>
      localAsUtcMs({ ...local, hour: 0, minute: 0, second: 0 }) <= localAsUtcMs(limit);
  }
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) throw new EventProblem(msg('errors:calendar.problem.repeatUntil', { value: clip(value) }));
  const local = checkedLocal(dateTime, true);
  const limit = dateTime[7]
    ? localAsUtcMs(local)
    : localToUtc(local, start.form === 'utc' ? context.localZone : start.zone);
  return (at: number) => at <= limit;
}

function positiveInt(value: string, name: string): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    throw new EventProblem(msg('errors:calendar.problem.repeatNumber', { part: name, value: clip(value) }));
  }
  return Number(value);
}

function parseByDay(value: string): number[] {
  const days = value.split(',').map((day) => WEEKDAYS.indexOf(day.trim()));
  if (days.length === 0 || days.some((day) => day < 0)) {
    throw new EventProblem(msg('errors:calendar.problem.repeatDays', { value: clip(value) }));
  }
  return days;
}
