import { msg } from '../../shared/messages';
import { clip, EventProblem } from './ics-components';
import { type ContentLine, param } from './ics-text';
import { type LocalDateTime, localAsUtcMs, localToUtc, resolveTzid } from './zoned-time';

/**
 * iCalendar DATE, DATE-TIME and DURATION values (RFC 5545 §3.3), read in the zone they were
 * written in: UTC (Z), a TZID (an IANA name, or one a VTIMEZONE's X-LIC-LOCATION maps to an
 * IANA name) or floating (the coach's zone).
 */

/** How zones are read: floating times in the coach's zone, TZIDs through the file's VTIMEZONEs. */
export interface ZoneContext {
  localZone: string;
  timeZoneLocations: Map<string, string>;
}

/** A date-time value as written: wall-clock fields plus the zone they are in ('UTC' for Z). */
export interface CalendarTime {
  local: LocalDateTime;
  zone: string;
  /** 'utc' (Z), 'zoned' (TZID) or 'floating' (neither). */
  form: 'utc' | 'zoned' | 'floating';
}

type DateValue = { kind: 'date'; local: LocalDateTime } | { kind: 'date-time'; time: CalendarTime };

export const DATE = /^(\d{4})(\d{2})(\d{2})$/;
export const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

/** A DATE or DATE-TIME value (DTSTART, DTEND, EXDATE …) with its TZID, in the event's terms. */
export function readDateValue(
  content: ContentLine,
  context: ZoneContext,
  raw = content.value.trim(),
): DateValue {
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

function zoneFor(tzid: string, context: ZoneContext): string {
  const zone =
    resolveTzid(tzid) ?? resolveTzid(context.timeZoneLocations.get(tzid.trim()) ?? '') ?? undefined;
  if (!zone) throw new EventProblem(msg('errors:calendar.problem.unknownZone', { zone: clip(tzid) }));
  return zone;
}

export function checkedLocal(match: RegExpExecArray, withTime: boolean): LocalDateTime {
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

export function instantOf(time: CalendarTime): number {
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
