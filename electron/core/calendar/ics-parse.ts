import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { type ContentLine, param, parseContentLine, unescapeText, unfoldLines } from './ics-text';
import {
  addDays,
  type LocalDateTime,
  localAsUtcMs,
  localToUtc,
  resolveTzid,
  sameDate,
  utcToLocal,
  weekday,
} from './zoned-time';

/**
 * Reads the VEVENTs of an iCalendar file into timed occurrences: one per session-to-be.
 * All-day and cancelled events are counted and left out; a repeating event is expanded
 * when it repeats daily or weekly a bounded number of times. Problems are reported per
 * event, so one odd event does not cost the coach the rest of the file.
 */

export const MAX_OCCURRENCES_PER_EVENT = 52;
/** Enough for years of a busy practice; past it, reading stops (a 5 MB file could hold far more). */
export const MAX_OCCURRENCES = 10_000;
/** A session lasts at most a day (MAX_SESSION_MINUTES); longer events are not sessions. */
const MAX_EVENT_MINUTES = 1440;

export interface IcsAttendee {
  name: string;
  email: string;
}

export interface IcsOccurrence {
  uid: string;
  /** UTC ISO instant. */
  start: string;
  /** Length in minutes, or null when the event gives no end (the engagement's usual length is used). */
  minutes: number | null;
  /** The IANA zone the event was written in (TZID, or the coach's zone for floating times); null for UTC. */
  timeZone: string | null;
  summary: string;
  description: string;
  attendees: IcsAttendee[];
  /** Line of the event's BEGIN:VEVENT, for messages. */
  line: number;
}

export interface IcsParseProblem {
  /** Where the event starts in the file; null for a problem with the file as a whole. */
  line: number | null;
  summary: string;
  /** When the event starts, if that much could be read. */
  start: string | null;
  message: string;
}

export interface ParsedCalendar {
  occurrences: IcsOccurrence[];
  problems: IcsParseProblem[];
  skipped: { allDay: number; cancelled: number };
}

export interface ParseOptions {
  /** The coach's zone: floating times (no Z, no TZID) are read in it. */
  localZone: string;
}

interface RawEvent {
  line: number;
  props: ContentLine[];
}

/** A date-time value as written: wall-clock fields plus the zone they are in ('UTC' for Z). */
interface CalendarTime {
  local: LocalDateTime;
  zone: string;
  /** 'utc' (Z), 'zoned' (TZID) or 'floating' (neither). */
  form: 'utc' | 'zoned' | 'floating';
}

type DateValue = { kind: 'date'; local: LocalDateTime } | { kind: 'date-time'; time: CalendarTime };

/**
 * A problem with one event. Its message is a reference (electron/shared/messages.ts) that the import preview puts
 * into the coach's words.
 */
class EventProblem extends Error {}

export function parseIcs(text: string, options: ParseOptions): ParsedCalendar {
  const lines = unfoldLines(text);
  const first = lines[0] ? parseContentLine(lines[0]) : null;
  if (first?.name !== 'BEGIN' || first.value.trim().toUpperCase() !== 'VCALENDAR') {
    throw new AppError('validation', msg('errors:calendar.notIcs'));
  }
  const { events, timeZoneLocations, problems } = splitComponents(lines);
  const result: ParsedCalendar = { occurrences: [], problems, skipped: { allDay: 0, cancelled: 0 } };
  const context = { ...options, timeZoneLocations };

  // Overrides of single occurrences (RECURRENCE-ID) are applied to their series by UID.
  const overrides = new Map<string, RawEvent[]>();
  const masters: RawEvent[] = [];
  for (const event of events) {
    const recurrenceId = prop(event, 'RECURRENCE-ID');
    const uid = prop(event, 'UID')?.value.trim();
    if (recurrenceId && uid) overrides.set(uid, [...(overrides.get(uid) ?? []), event]);
    else masters.push(event);
  }
  const masterUids = new Set(masters.map((event) => prop(event, 'UID')?.value.trim()));

  let unread = 0;
  const read = (event: RawEvent, its: RawEvent[]) => {
    if (result.occurrences.length >= MAX_OCCURRENCES) unread++;
    else readEvent(event, its, context, result);
  };
  for (const event of masters) {
    const uid = prop(event, 'UID')?.value.trim();
    read(event, uid ? (overrides.get(uid) ?? []) : []);
  }
  // An override whose series is not in the file stands alone.
  for (const [uid, list] of overrides) {
    if (masterUids.has(uid)) continue;
    for (const event of list) read(event, []);
  }
  if (unread > 0 || result.occurrences.length > MAX_OCCURRENCES) {
    result.occurrences.length = Math.min(result.occurrences.length, MAX_OCCURRENCES);
    result.problems.push({
      line: null,
      summary: '',
      start: null,
      message: msg('errors:calendar.problem.tooManyEvents', { max: MAX_OCCURRENCES }),
    });
  }
  result.occurrences.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  return result;
}

function splitComponents(lines: ReturnType<typeof unfoldLines>) {
  const events: RawEvent[] = [];
  const problems: IcsParseProblem[] = [];
  const timeZoneLocations = new Map<string, string>();
  const stack: string[] = [];
  let event: RawEvent | null = null;
  let timeZone: { tzid?: string; location?: string } | null = null;
  for (const raw of lines) {
    const content = parseContentLine(raw);
    // Lines that are not content lines (stray text from a broken exporter) are ignored.
    if (!content) continue;
    if (content.name === 'BEGIN') {
      const component = content.value.trim().toUpperCase();
      if (component === 'VEVENT' && stack.length === 1 && stack[0] === 'VCALENDAR') {
        event = { line: content.line, props: [] };
      }
      if (component === 'VTIMEZONE' && stack.length === 1) timeZone = {};
      stack.push(component);
      continue;
    }
    if (content.name === 'END') {
      const component = content.value.trim().toUpperCase();
      const at = stack.lastIndexOf(component);
      if (at < 0) continue;
      if (at !== stack.length - 1 && event) {
        problems.push(problem(event, null, msg('errors:calendar.problem.notClosed')));
        event = null;
      }
      stack.length = at;
      if (component === 'VEVENT' && event && stack.length === 1) {
        events.push(event);
        event = null;
      }
      if (component === 'VTIMEZONE' && timeZone) {
        if (timeZone.tzid && timeZone.location) timeZoneLocations.set(timeZone.tzid, timeZone.location);
        timeZone = null;
      }
      continue;
    }
    if (event && stack.length === 2 && stack[1] === 'VEVENT') event.props.push(content);
    if (timeZone && stack.length === 2 && stack[1] === 'VTIMEZONE') {
      if (content.name === 'TZID') timeZone.tzid = content.value.trim();
      if (content.name === 'X-LIC-LOCATION') timeZone.location = content.value.trim();
    }
  }
  if (event) problems.push(problem(event, null, msg('errors:calendar.problem.unfinished')));
  return { events, timeZoneLocations, problems };
}

interface Context extends ParseOptions {
  timeZoneLocations: Map<string, string>;
}

function readEvent(event: RawEvent, overrides: RawEvent[], context: Context, result: ParsedCalendar): void {
  try {
    if (isCancelled(event)) {
      result.skipped.cancelled++;
      return;
    }
    const first = readTiming(event, context);
    if (first === 'all-day') {
      result.skipped.allDay++;
      return;
    }
    const base = eventDetails(event, first.startTime);
    const starts = expand(event, first.startTime, context, (message) =>
      result.problems.push(problem(event, instantOf(first.startTime), message)),
    );
    // Occurrences moved or cancelled by an override are replaced by it.
    const replaced = new Set<number>();
    const moved: RawEvent[] = [];
    for (const override of overrides) {
      const recurrenceId = prop(override, 'RECURRENCE-ID');
      if (!recurrenceId) continue;
      const value = readDateValue(recurrenceId, context);
      if (value.kind === 'date-time') replaced.add(instantOf(value.time));
      moved.push(override);
    }
    for (const start of starts) {
      if (replaced.has(start)) continue;
      result.occurrences.push({ ...base, start: new Date(start).toISOString(), minutes: first.minutes });
    }
    for (const override of moved) readEvent(override, [], context, result);
  } catch (error) {
    if (!(error instanceof EventProblem)) throw error;
    const start = tryStart(event, context);
    result.problems.push(problem(event, start, error.message));
  }
}

function isCancelled(event: RawEvent): boolean {
  return prop(event, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED';
}

function eventDetails(event: RawEvent, start: CalendarTime) {
  const summary = text(event, 'SUMMARY');
  const attendees = props(event, 'ATTENDEE').map((attendee) => ({
    name: (param(attendee, 'CN') ?? '').trim(),
    email: attendee.value
      .trim()
      .replace(/^mailto:/i, '')
      .toLowerCase(),
  }));
  return {
    uid: prop(event, 'UID')?.value.trim() || syntheticUid(event),
    timeZone: start.form === 'utc' ? null : start.zone,
    summary,
    description: text(event, 'DESCRIPTION'),
    attendees,
    line: event.line,
  };
}

/** RFC 5545 requires a UID; for the rare file without one, a stable stand-in keeps re-imports idempotent. */
function syntheticUid(event: RawEvent): string {
  const hash = createHash('sha256')
    .update(`${prop(event, 'DTSTART')?.value ?? ''}\n${text(event, 'SUMMARY')}`)
    .digest('hex')
    .slice(0, 32);
  return `${hash}@no-uid.coachbook`;
}

function readTiming(event: RawEvent, context: Context) {
  const dtstart = prop(event, 'DTSTART');
  if (!dtstart) throw new EventProblem(msg('errors:calendar.problem.noStart'));
  const start = readDateValue(dtstart, context);
  if (start.kind === 'date') return 'all-day' as const;
  const startMs = instantOf(start.time);
  let minutes: number | null = null;
  const dtend = prop(event, 'DTEND');
  const duration = prop(event, 'DURATION');
  if (dtend) {
    const end = readDateValue(dtend, context);
    if (end.kind === 'date') throw new EventProblem(msg('errors:calendar.problem.endsOnDate'));
    minutes = Math.round((instantOf(end.time) - startMs) / 60_000);
  } else if (duration) {
    minutes = Math.round(parseDuration(duration.value) / 60);
  }
  if (minutes !== null && minutes < 0) throw new EventProblem(msg('errors:calendar.problem.endsBeforeStart'));
  if (minutes !== null && minutes > MAX_EVENT_MINUTES) {
    throw new EventProblem(msg('errors:calendar.problem.longerThanDay'));
  }
  return { startTime: start.time, minutes: minutes === 0 ? null : minutes };
}

function tryStart(event: RawEvent, context: Context): string | null {
  const dtstart = prop(event, 'DTSTART');
  if (!dtstart) return null;
  try {
    const value = readDateValue(dtstart, context);
    return value.kind === 'date-time' ? new Date(instantOf(value.time)).toISOString() : null;
  } catch {
    return null;
  }
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

/** A DATE or DATE-TIME value (DTSTART, DTEND, EXDATE …) with its TZID, in the event's terms. */
function readDateValue(content: ContentLine, context: Context, raw = content.value.trim()): DateValue {
  const valueType = param(content, 'VALUE')?.toUpperCase();
  const date = DATE.exec(raw);
  if (date) {
    const local = checkedLocal(date, false);
    return { kind: 'date', local };
  }
  const dateTime = DATE_TIME.exec(raw);
  if (!dateTime || valueType === 'DATE') {
    throw new EventProblem(
      msg('errors:calendar.problem.notDateTime', { property: content.name, value: clip(raw) }),
    );
  }
  const local = checkedLocal(dateTime, true);
  if (dateTime[7]) return { kind: 'date-time', time: { local, zone: 'UTC', form: 'utc' } };
  const tzid = param(content, 'TZID');
  if (tzid !== undefined)
    return { kind: 'date-time', time: { local, zone: zoneFor(tzid, context), form: 'zoned' } };
  return { kind: 'date-time', time: { local, zone: context.localZone, form: 'floating' } };
}

function zoneFor(tzid: string, context: Context): string {
  const zone =
    resolveTzid(tzid) ?? resolveTzid(context.timeZoneLocations.get(tzid.trim()) ?? '') ?? undefined;
  if (!zone) throw new EventProblem(msg('errors:calendar.problem.unknownZone', { zone: clip(tzid) }));
  return zone;
}

function checkedLocal(match: RegExpExecArray, withTime: boolean): LocalDateTime {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0)) as number[];
  const local: LocalDateTime = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: withTime ? (hour ?? 0) : 0,
    minute: withTime ? (minute ?? 0) : 0,
    // A leap second (60) is read as the last second of the minute.
    second: withTime ? Math.min(second ?? 0, 59) : 0,
  };
  const roundTrip = new Date(localAsUtcMs(local));
  if (
    local.month < 1 ||
    local.hour > 23 ||
    local.minute > 59 ||
    roundTrip.getUTCMonth() + 1 !== local.month ||
    roundTrip.getUTCDate() !== local.day
  ) {
    throw new EventProblem(msg('errors:calendar.problem.notRealDate', { value: clip(match[0]) }));
  }
  return local;
}

function instantOf(time: CalendarTime): number {
  return time.form === 'utc' ? localAsUtcMs(time.local) : localToUtc(time.local, time.zone);
}

/** RFC 5545 §3.3.6 DURATION, e.g. PT1H30M, P1W, P1DT2H. Returns seconds. */
export function parseDuration(value: string): number {
  const match = /^([+-])?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/i.exec(value.trim());
  if (!match || value.trim().toUpperCase().endsWith('T') || /^[+-]?P$/i.test(value.trim())) {
    throw new EventProblem(msg('errors:calendar.problem.notDuration', { value: clip(value) }));
  }
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  const total =
    Number(weeks ?? 0) * 604_800 +
    Number(days ?? 0) * 86_400 +
    Number(hours ?? 0) * 3600 +
    Number(minutes ?? 0) * 60 +
    Number(seconds ?? 0);
  return sign === '-' ? -total : total;
}

const MAX_RULE_STEPS = 5000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SUPPORTED_RULE_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST']);

/**
 * The start instants of every occurrence: DTSTART, then (for a bounded daily or weekly
 * RRULE) the rest, in wall-clock time of the event's zone so 10:00 stays 10:00 across a
 * DST change; plus RDATEs, minus EXDATEs. Rules Coachbook does not expand yield only the
 * first occurrence, with a note.
 */
function expand(event: RawEvent, start: CalendarTime, context: Context, note: (m: string) => void): number[] {
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
  context: Context,
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
function readUntil(value: string, start: CalendarTime, context: Context) {
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

function prop(event: RawEvent, name: string): ContentLine | undefined {
  return event.props.find((p) => p.name === name);
}

function props(event: RawEvent, name: string): ContentLine[] {
  return event.props.filter((p) => p.name === name);
}

function text(event: RawEvent, name: string): string {
  const content = prop(event, name);
  return content ? unescapeText(content.value).trim() : '';
}

function problem(event: RawEvent, start: string | number | null, message: string): IcsParseProblem {
  return {
    line: event.line,
    summary: text(event, 'SUMMARY'),
    start: typeof start === 'number' ? new Date(start).toISOString() : start,
    message,
  };
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
