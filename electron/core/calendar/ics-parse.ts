import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import {
  EventProblem,
  type IcsParseProblem,
  problem,
  prop,
  props,
  type RawEvent,
  splitComponents,
  text,
} from './ics-components';
import { MAX_OCCURRENCES_PER_EVENT, occurrenceStarts } from './ics-recurrence';
import { param, parseContentLine, unfoldLines } from './ics-text';
import { type CalendarTime, instantOf, parseDuration, readDateValue, type ZoneContext } from './ics-values';

/**
 * Reads the VEVENTs of an iCalendar file into timed occurrences: one per session-to-be.
 * All-day and cancelled events are counted and left out; a repeating event is expanded
 * when it repeats daily or weekly a bounded number of times. Problems are reported per
 * event, so one odd event does not cost the coach the rest of the file.
 */

export type { IcsParseProblem };
export { MAX_OCCURRENCES_PER_EVENT, parseDuration };

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

export interface ParsedCalendar {
  occurrences: IcsOccurrence[];
  problems: IcsParseProblem[];
  skipped: { allDay: number; cancelled: number };
}

export interface ParseOptions {
  /** The coach's zone: floating times (no Z, no TZID) are read in it. */
  localZone: string;
}

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

function readEvent(
  event: RawEvent,
  overrides: RawEvent[],
  context: ZoneContext,
  result: ParsedCalendar,
): void {
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
    const starts = occurrenceStarts(event, first.startTime, context, (message) =>
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

function readTiming(event: RawEvent, context: ZoneContext) {
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

function tryStart(event: RawEvent, context: ZoneContext): string | null {
  const dtstart = prop(event, 'DTSTART');
  if (!dtstart) return null;
  try {
    const value = readDateValue(dtstart, context);
    return value.kind === 'date-time' ? new Date(instantOf(value.time)).toISOString() : null;
  } catch {
    return null;
  }
}
