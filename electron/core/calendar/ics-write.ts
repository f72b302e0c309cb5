import { escapeText, serializeLines } from './ics-text';

/** Writes a VCALENDAR (RFC 5545): CRLF line ends, lines folded at 75 octets, times in UTC. */

export interface IcsEventOut {
  uid: string;
  /** UTC ISO instant. */
  start: string;
  minutes: number;
  summary: string;
}

/** 2025-03-14T09:26:53.000Z → 20250314T092653Z (RFC 5545 DATE-TIME, UTC form). */
export function formatUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export function serializeCalendar(events: readonly IcsEventOut[], stamp: Date): string {
  const dtstamp = formatUtc(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coachbook//Coachbook sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    const start = new Date(event.start);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${formatUtc(start)}`,
      `DTEND:${formatUtc(new Date(start.getTime() + event.minutes * 60_000))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}
