/** Time comes in as a parameter so tests are deterministic. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The machine's IANA time zone (the coach's, on their own computer). */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today's calendar day where the coach is, YYYY-MM-DD: "due today" means the coach's today, not UTC's. */
export function localToday(clock: Clock, zone: string = systemZone()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(clock.now());
  return parts;
}
