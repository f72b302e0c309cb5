/**
 * Wall-clock time in an IANA zone to a UTC instant, for laying sessions out at local office hours.
 * Offsets are looked up once per zone and day at noon (sessions are never at the small-hours DST switch).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC on that day. */
export function zoneOffsetMinutes(zone: string, day: string): number {
  const key = `${zone}|${day}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const noon = Date.parse(`${day}T12:00:00Z`);
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(noon)) parts[p.type] = Number(p.value);
  const local = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = Math.round((local - noon) / 60_000);
  offsets.set(key, offset);
  return offset;
}

/** The UTC instant of `day` at hh:mm where the zone's clocks say so. */
export function zonedInstant(day: string, hour: number, minute: number, zone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  return new Date(wall - zoneOffsetMinutes(zone, day) * 60_000);
}

export const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant, in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
