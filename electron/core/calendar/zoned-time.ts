/**
 * Wall-clock time in IANA zones, with nothing but Intl: which UTC instant a local time in
 * Europe/Madrid is, and back. Used to read calendar times written with TZID or floating.
 */

/** A wall-clock date and time, as written in a calendar: no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, format);
  }
  return format;
}

export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `zone` at a UTC instant (milliseconds). */
export function utcToLocal(utcMs: number, zone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(new Date(utcMs))) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The local time's fields read as if they were UTC: handy for arithmetic on wall-clock values. */
export function localAsUtcMs(local: LocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, 0);
  return date.getTime();
}

/** How far `zone` is ahead of UTC at an instant, in milliseconds (whole seconds). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const floored = Math.floor(utcMs / 1000) * 1000;
  return localAsUtcMs(utcToLocal(floored, zone)) - floored;
}

/**
 * The UTC instant of a wall-clock time in `zone`. RFC 5545 §3.3.5 settles the two awkward
 * cases: a time skipped by a spring-forward gap is read with the offset before the gap
 * (02:30 becomes 03:30 summer time), and a time that happens twice in an autumn overlap
 * means the first of the two.
 */
export function localToUtc(local: LocalDateTime, zone: string): number {
  const asUtc = localAsUtcMs(local);
  // Zone transitions are never less than a day apart, so the offsets a day either side
  // are the only two candidates.
  const before = zoneOffsetMs(zone, asUtc - DAY_MS);
  const after = zoneOffsetMs(zone, asUtc + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((candidate) => localAsUtcMs(utcToLocal(candidate, zone)) === asUtc);
  if (valid.length === 0) return asUtc - before;
  return Math.min(...valid);
}

/** Adds days to a wall-clock time (calendar days: the clock time stays). */
export function addDays(local: LocalDateTime, days: number): LocalDateTime {
  const date = new Date(localAsUtcMs(local) + days * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: local.hour,
    minute: local.minute,
    second: local.second,
  };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(local: LocalDateTime): number {
  return new Date(localAsUtcMs({ ...local, hour: 0, minute: 0, second: 0 })).getUTCDay();
}

export function sameDate(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Windows zone names, as Outlook and Exchange write them in TZID, to IANA zones (the
 * "001" territory of CLDR's windowsZones.xml). Only the common ones: others are reported.
 */
const WINDOWS_ZONES: Record<string, string> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Helsinki',
  'GTB Standard Time': 'Europe/Bucharest',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Egypt Standard Time': 'Africa/Cairo',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'SA Pacific Standard Time': 'America/Bogota',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'Pacific SA Standard Time': 'America/Santiago',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
};

/**
 * The IANA zone a TZID names: an IANA name itself, a Windows name, or a vendor-prefixed
 * path such as "/mozilla.org/20070129_1/Europe/Madrid". Null when it names none of these.
 */
export function resolveTzid(tzid: string): string | null {
  const name = tzid.trim();
  if (name === '') return null;
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows;
  if (/^[A-Za-z]/.test(name) && isValidZone(name)) return canonicalZone(name);
  const parts = name.split('/').filter(Boolean);
  for (let take = Math.min(3, parts.length); take >= 2; take--) {
    const candidate = parts.slice(-take).join('/');
    if (isValidZone(candidate)) return canonicalZone(candidate);
  }
  return null;
}

/** Intl accepts zone names in any case; store them as Intl spells them. */
function canonicalZone(zone: string): string {
  return formatter(zone).resolvedOptions().timeZone;
}
