/**
 * The local calendar day of a UTC instant in an IANA zone. Formatting 200,000
 * instants with Intl is slow, so the zone's offset is looked up once per zone and
 * UTC day (offsets only change at DST switches, in the small hours) and applied.
 */
const offsets = new Map<string, number>();
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(zone: string, utcDay: string): number {
  const key = `${zone}|${utcDay}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, format);
  }
  // Noon UTC: safely away from the DST switch hours of every zone.
  const noon = new Date(`${utcDay}T12:00:00Z`);
  const parts = Object.fromEntries(format.formatToParts(noon).map((p) => [p.type, Number(p.value)]));
  const part = (type: string) => parts[type] ?? 0;
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  const offset = Math.round((local - noon.getTime()) / 60_000);
  offsets.set(key, offset);
  return offset;
}

export function localDate(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  let offset = 0;
  try {
    offset = offsetMinutes(zone, instant.slice(0, 10));
  } catch {
    offset = 0; // an unknown zone: fall back to UTC rather than fail a report
  }
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}
