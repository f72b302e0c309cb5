import {
  attendances,
  payments,
  type Session,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  sessionFormats,
} from '../../../electron/shared/sessions';
import { i18n } from '../../i18n';
import {
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatTime,
  formatWeekday,
  formatZoneName,
} from '../../i18n/format';

/** Words, times and zones for sessions, in one place. */

export type SessionFormat = (typeof sessionFormats)[number];

/**
 * A label map whose values are looked up each time they are read, so a label always
 * follows the current language (never fixed at module load).
 */
function translated<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Readonly<Record<K, string>> {
  const map = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(map, key, { enumerable: true, get: () => label(key) });
  return map;
}

export const formatLabels = translated(sessionFormats, (f) => i18n.t(`sessions:labels.format.${f}`));

export const attendanceLabels = translated(attendances, (a) => i18n.t(`sessions:labels.attendance.${a}`));

export const paymentLabels = translated(payments, (p) => i18n.t(`sessions:labels.payment.${p}`));

export const paymentHints = translated(payments, (p) => i18n.t(`sessions:labels.paymentHint.${p}`));

export type NoteStatus = 'none' | 'draft' | 'finalised';

export function noteStatus(session: Pick<Session, 'hasNote' | 'finalised'>): NoteStatus {
  if (session.finalised) return 'finalised';
  return session.hasNote ? 'draft' : 'none';
}

export const noteStatusLabels = translated(['none', 'draft', 'finalised'] as const, (s) =>
  i18n.t(`sessions:labels.noteStatus.${s}`),
);

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return i18n.t('common:units.minutesShort', { count: m });
  return m === 0
    ? i18n.t('common:units.hoursShort', { value: h })
    : i18n.t('sessions:duration.hoursMinutes', { hours: h, minutes: m });
}

/** The coach's own zone (the computer's). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The calendar day an instant falls on in the session's zone (UTC when the zone is unknown). */
function sessionDay(iso: string, timeZone: string): string {
  return wallClock(new Date(iso), safeZone(timeZone)).date;
}

/** "Tue, 3 Mar 2026" in the zone the session was held in. */
export function formatSessionDay(iso: string, timeZone: string): string {
  const day = sessionDay(iso, timeZone);
  return i18n.t('sessions:when.day', { weekday: formatWeekday(day), date: formatDay(day) });
}

/** "Tue, 3 Mar" (with the year only when it is not this year), in the session's zone. */
export function formatListDay(iso: string, timeZone: string, now = new Date()): string {
  const day = sessionDay(iso, timeZone);
  const sameYear = day.slice(0, 4) === String(now.getFullYear());
  return i18n.t('sessions:when.day', {
    weekday: formatWeekday(day),
    date: sameYear ? formatDayMonth(day) : formatDay(day),
  });
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/** "14:00" (or "2:00 PM") in the session's zone. */
export function formatSessionTime(iso: string, timeZone: string): string {
  return formatTime(iso, timeZone);
}

/** A short zone name ("CET", "GMT-6") for a session held elsewhere; '' when it is the coach's own zone. */
export function zoneBadge(iso: string, timeZone: string): string {
  if (timeZone === localZone()) return '';
  return formatZoneName(iso, timeZone);
}

/** "Tue, 3 Mar 2026, 14:00" in the session's zone, with the zone when it is not the coach's. */
export function formatSessionWhen(iso: string, timeZone: string): string {
  const zone = zoneBadge(iso, timeZone);
  const date = formatSessionDay(iso, timeZone);
  const time = formatSessionTime(iso, timeZone);
  return zone
    ? i18n.t('sessions:when.dateTimeZone', { date, time, zone })
    : i18n.t('sessions:when.dateTime', { date, time });
}

/** An instant (written at) as a local date and time, e.g. "3 Mar 2026, 15:02". */
export function formatStamp(iso: string): string {
  return formatDateTime(iso);
}

/** A calendar day (YYYY-MM-DD) as words, never shifted by a zone. */
export function formatDueDay(day: string): string {
  return formatDay(day);
}

/** Today as YYYY-MM-DD in the coach's zone. */
export function todayLocal(): string {
  return wallClock(new Date(), localZone()).date;
}

// ---------- Wall-clock time in a zone ----------

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm (24-hour) */
  time: string;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function fieldsIn(date: Date, timeZone: string) {
  const parts = partsFormatter(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date and time an instant shows on a clock in `timeZone`. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const f = fieldsIn(date, timeZone);
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Madrid in summer: +7,200,000). */
export function zoneOffset(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const f = fieldsIn(new Date(whole), timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - whole;
}

export type ZonedResult =
  | { ok: true; instant: Date; note: 'exact' | 'gap' | 'overlap' }
  /** `field`: whether the date or the time is at fault (where the form shows the message). */
  | { ok: false; message: string; field: 'date' | 'time' };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * The instant a wall-clock date and time in `timeZone` means. Across a DST change it
 * behaves like Temporal's "compatible": a time skipped by a spring-forward moves later
 * by the gap (02:30 becomes 03:30), and a repeated time in the autumn is the first one.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): ZonedResult {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d) return { ok: false, message: i18n.t('sessions:zoned.enterDate'), field: 'date' };
  if (!t) return { ok: false, message: i18n.t('sessions:zoned.enterTime'), field: 'time' };
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  const guess = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) {
    return { ok: false, message: i18n.t('sessions:zoned.noSuchDate'), field: 'date' };
  }
  if (h > 23 || mi > 59) return { ok: false, message: i18n.t('sessions:zoned.noSuchTime'), field: 'time' };
  try {
    partsFormatter(timeZone);
  } catch {
    return { ok: false, message: i18n.t('sessions:zoned.chooseZone'), field: 'time' };
  }
  const day = 86_400_000;
  const before = zoneOffset(guess - day, timeZone);
  const after = zoneOffset(guess + day, timeZone);
  const wanted = `${date}T${pad(h)}:${pad(mi)}`;
  const matches = (ms: number) => {
    const w = wallClock(new Date(ms), timeZone);
    return `${w.date}T${w.time}` === wanted;
  };
  const candidates = [...new Set([guess - before, guess - after])].filter(matches).sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return { ok: true, instant: new Date(first), note: candidates.length > 1 ? 'overlap' : 'exact' };
  }
  // Also try the offset right at the guess (zones that changed offset for other reasons).
  const here = guess - zoneOffset(guess, timeZone);
  if (matches(here)) return { ok: true, instant: new Date(here), note: 'exact' };
  // Skipped by a spring-forward: keep the offset from before the change, which lands later.
  return { ok: true, instant: new Date(guess - before), note: 'gap' };
}

/** Now, rounded down to the quarter hour. */
export function nowQuarterHour(now = Date.now()): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.floor(now / quarter) * quarter);
}

/** Every zone the runtime knows, with `extra` (e.g. "UTC" or a stored zone) added when missing. */
export function timeZoneChoices(...extra: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  for (const zone of ['UTC', ...extra]) if (zone) all.add(zone);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** "Europe/Madrid" → "Europe / Madrid" (readable in a list). */
export function zoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}

// ---------- Search snippets ----------

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * A search snippet as plain text parts: the text between U+0002 and U+0003 is a match.
 * Never HTML: the caller renders each part as text, matches inside <mark>.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(SNIPPET_OPEN);
    if (open === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const afterOpen = rest.slice(open + SNIPPET_OPEN.length);
    const close = afterOpen.indexOf(SNIPPET_CLOSE);
    if (close === -1) {
      parts.push({ text: afterOpen, match: true });
      break;
    }
    parts.push({ text: afterOpen.slice(0, close), match: true });
    rest = afterOpen.slice(close + SNIPPET_CLOSE.length);
  }
  // Stray markers never reach the screen.
  const strip = (text: string) => text.replaceAll(SNIPPET_OPEN, '').replaceAll(SNIPPET_CLOSE, '');
  return parts.map((p) => ({ ...p, text: strip(p.text) })).filter((p) => p.text.length > 0);
}

/** Names joined for display: "Zoë Núñez", "Lan, Lei and 3 others". */
export function joinNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return '';
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} +${names.length - max}`;
}

/** Field path from the main process, without the `fields.` wrapper of update calls. */
export function fieldKey(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/^fields\./, '').split('.')[0];
}
