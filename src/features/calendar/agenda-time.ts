import type { Session } from '../../../electron/shared/sessions';
import { formatTime, formatTimeRange as formatTimeSpan, weekStartDay } from '../../i18n/format';
import { wallClock } from '../sessions/format';

/**
 * Days, weeks and the layout of the agenda grid. A session sits at the hour it was (or will
 * be) held in its own time zone: a 10:00 Madrid session shows at 10:00 on its Madrid date.
 */

/** A calendar day, YYYY-MM-DD, no zone. */
export type Day = string;
export type AgendaMode = 'day' | 'week';

const DAY_MS = 86_400_000;

function dayMs(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: Day, days: number): Day {
  return new Date(dayMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: Day): number {
  return new Date(dayMs(day)).getUTCDay();
}

/** The first day of the week containing `day`; `firstDay` 0 = Sunday, 1 = Monday. */
export function weekStart(day: Day, firstDay: number): Day {
  return addDays(day, -((dayOfWeek(day) - firstDay + 7) % 7));
}

/** The days on screen; a week starts on the coach's first day of the week (Settings → Language and region). */
export function visibleDays(mode: AgendaMode, anchor: Day, firstDay = weekStartDay()): Day[] {
  if (mode === 'day') return [anchor];
  const start = weekStart(anchor, firstDay);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** Moves the anchor one period back or forward. */
export function stepAnchor(mode: AgendaMode, anchor: Day, direction: -1 | 1): Day {
  return addDays(anchor, direction * (mode === 'day' ? 1 : 7));
}

/**
 * The instants to ask for: every zone's version of the visible days lies within
 * UTC midnight −14 h … +14 h (the widest offsets there are), so nothing is missed.
 */
export function fetchRange(days: readonly Day[]): { from: string; to: string } {
  const first = days[0] ?? '1970-01-01';
  const last = days[days.length - 1] ?? first;
  return {
    from: new Date(dayMs(first) - 14 * 3_600_000).toISOString(),
    to: new Date(dayMs(last) + DAY_MS + 14 * 3_600_000).toISOString(),
  };
}

export interface PlacedSession {
  session: Session;
  day: Day;
  /** Minutes after midnight on `day`, in the session's zone. */
  startMinute: number;
  endMinute: number;
  /** Side-by-side position among sessions that overlap it. */
  lane: number;
  lanes: number;
}

/** Sessions grouped by the day they fall on (in their own zones), laid out in lanes where they overlap. */
export function placeSessions(sessions: readonly Session[], days: readonly Day[]): Map<Day, PlacedSession[]> {
  const byDay = new Map<Day, PlacedSession[]>(days.map((day) => [day, []]));
  for (const session of sessions) {
    const clock = wallClock(new Date(session.startsAt), session.timeZone);
    const list = byDay.get(clock.date);
    if (!list) continue;
    const [hours, minutes] = clock.time.split(':').map(Number) as [number, number];
    const startMinute = hours * 60 + minutes;
    list.push({
      session,
      day: clock.date,
      startMinute,
      // A session running past midnight is drawn to the end of its first day.
      endMinute: Math.min(24 * 60, startMinute + session.durationMinutes),
      lane: 0,
      lanes: 1,
    });
  }
  for (const list of byDay.values()) assignLanes(list);
  return byDay;
}

/** Greedy interval colouring, per cluster of overlapping sessions. */
function assignLanes(list: PlacedSession[]): void {
  list.sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  let cluster: PlacedSession[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const placed of cluster) placed.lanes = lanes;
    cluster = [];
  };
  for (const placed of list) {
    if (placed.startMinute >= clusterEnd) {
      close();
      clusterEnd = -1;
    }
    const laneEnds: number[] = [];
    for (const other of cluster) laneEnds[other.lane] = Math.max(laneEnds[other.lane] ?? 0, other.endMinute);
    let lane = 0;
    while ((laneEnds[lane] ?? -1) > placed.startMinute) lane++;
    placed.lane = lane;
    cluster.push(placed);
    clusterEnd = Math.max(clusterEnd, placed.endMinute);
  }
  close();
}

/** The hours to draw: a working day, widened to show every session. */
export function hourSpan(
  placed: Iterable<PlacedSession[]>,
  defaults: [number, number] = [8, 19],
): [number, number] {
  let [first, last] = defaults;
  for (const list of placed) {
    for (const p of list) {
      first = Math.min(first, Math.floor(p.startMinute / 60));
      last = Math.max(last, Math.ceil(p.endMinute / 60));
    }
  }
  return [Math.max(0, first), Math.min(24, last)];
}

/** Local midnight of a day, as an instant (for the export range). */
export function localMidnight(day: Day): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).toISOString();
}

/**
 * "9:00 – 10:00 AM" or "09:00–10:00", as the coach's language writes a range, in `timeZone`
 * (the session's or event's own). Just the start when the length is unknown.
 */
export function formatTimeRange(startIso: string, minutes: number | null, timeZone: string): string {
  if (!minutes) return formatTime(startIso, timeZone);
  const start = new Date(startIso);
  return formatTimeSpan(start, new Date(start.getTime() + minutes * 60_000), timeZone);
}
