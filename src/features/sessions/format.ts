import type { Attendance, Payment, Session, sessionFormats } from '../../../electron/shared/sessions';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../electron/shared/sessions';

/** Words, times and zones for sessions, in one place. */

export type SessionFormat = (typeof sessionFormats)[number];

export const formatLabels: Record<SessionFormat, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
};

export const attendanceLabels: Record<Attendance, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  'late-cancel': 'Late cancellation',
  'no-show': 'No-show',
  'coach-cancelled': 'Cancelled by coach',
};

export const paymentLabels: Record<Payment, string> = {
  paid: 'Paid',
  'pro-bono': 'Pro bono',
  barter: 'Barter',
  internal: 'Internal',
  'third-party': 'Third-party paid',
  'peer-as-coach': 'Peer, as coach',
  'peer-as-client': 'Peer, as client',
};

export const paymentHints: Record<Payment, string> = {
  paid: 'The client paid.',
  'pro-bono': 'No payment of any kind.',
  barter: 'Paid in goods or services.',
  internal: 'Part of your job (not your direct reports).',
  'third-party': 'An employer, partner or grant paid.',
  'peer-as-coach': 'Reciprocal peer coaching, you coached.',
  'peer-as-client': 'Reciprocal peer coaching, you were coached.',
};

export type NoteStatus = 'none' | 'draft' | 'finalised';

export function noteStatus(session: Pick<Session, 'hasNote' | 'finalised'>): NoteStatus {
  if (session.finalised) return 'finalised';
  return session.hasNote ? 'draft' : 'none';
}

export const noteStatusLabels: Record<NoteStatus, string> = {
  none: 'No note',
  draft: 'Draft note',
  finalised: 'Finalised',
};

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The coach's own zone (the computer's). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function safeFormat(options: Intl.DateTimeFormatOptions, date: Date): string {
  try {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  } catch {
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(undefined, rest).format(date);
  }
}

/** "Tue, 3 Mar 2026" in the zone the session was held in. */
export function formatSessionDay(iso: string, timeZone: string): string {
  return safeFormat(
    { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone },
    new Date(iso),
  );
}

/** "Tue, 3 Mar" (with the year only when it is not this year), in the session's zone. */
export function formatListDay(iso: string, timeZone: string, now = new Date()): string {
  const date = new Date(iso);
  const sameYear = wallClock(date, safeZone(timeZone)).date.slice(0, 4) === String(now.getFullYear());
  return safeFormat(
    sameYear
      ? { weekday: 'short', day: 'numeric', month: 'short', timeZone }
      : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone },
    date,
  );
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
  return safeFormat({ hour: 'numeric', minute: '2-digit', timeZone }, new Date(iso));
}

/** A short zone name ("CET", "GMT-6") for a session held elsewhere; '' when it is the coach's own zone. */
export function zoneBadge(iso: string, timeZone: string): string {
  if (timeZone === localZone()) return '';
  try {
    const parts = new Intl.DateTimeFormat(undefined, { timeZone, timeZoneName: 'short' }).formatToParts(
      new Date(iso),
    );
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** "Tue, 3 Mar 2026, 14:00" in the session's zone, with the zone when it is not the coach's. */
export function formatSessionWhen(iso: string, timeZone: string): string {
  const zone = zoneBadge(iso, timeZone);
  return `${formatSessionDay(iso, timeZone)}, ${formatSessionTime(iso, timeZone)}${zone ? ` ${zone}` : ''}`;
}

/** An instant (written at) as a local date and time, e.g. "3 Mar 2026, 15:02". */
export function formatStamp(iso: string): string {
  return safeFormat(
    { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    new Date(iso),
  );
}

/** A calendar day (YYYY-MM-DD) as words, never shifted by a zone. */
export function formatDueDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return safeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, date);
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
  | { ok: false; message: string };

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
  if (!d) return { ok: false, message: 'Enter the date.' };
  if (!t) return { ok: false, message: 'Enter the time.' };
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  const guess = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) {
    return { ok: false, message: 'That date does not exist.' };
  }
  if (h > 23 || mi > 59) return { ok: false, message: 'That time does not exist.' };
  try {
    partsFormatter(timeZone);
  } catch {
    return { ok: false, message: 'Choose a valid time zone.' };
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
