import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  MAX_OCCURRENCES_PER_EVENT,
  parseDuration,
  parseIcs,
} from '../../../electron/core/calendar/ics-parse';
import { localToUtc, resolveTzid, utcToLocal } from '../../../electron/core/calendar/zoned-time';
import { messageText } from '../../../electron/core/i18n';
import { AppError } from '../../../electron/shared/errors';
import { english } from '../../helpers/english';

/** A calendar around some VEVENT bodies (each a list of property lines), CRLF-joined. */
function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN'];
  for (const props of events) lines.push('BEGIN:VEVENT', ...props, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const parse = (text: string, localZone = 'Europe/Madrid') => parseIcs(text, { localZone });
const starts = (text: string, localZone?: string) => parse(text, localZone).occurrences.map((o) => o.start);

describe('reading event times', () => {
  it('reads UTC times and DTEND as a length in minutes', () => {
    const result = parse(
      calendar([
        'UID:a@example.com',
        'DTSTAMP:20250301T000000Z',
        'DTSTART:20250320T090000Z',
        'DTEND:20250320T100000Z',
        'SUMMARY:Coaching with Lan',
      ]),
    );
    expect(result.occurrences).toEqual([
      {
        uid: 'a@example.com',
        start: '2025-03-20T09:00:00.000Z',
        minutes: 60,
        timeZone: null,
        summary: 'Coaching with Lan',
        description: '',
        attendees: [],
        line: 4,
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads TZID times in Europe/Madrid on both sides of the spring DST change', () => {
    const result = parse(
      calendar(
        ['UID:before', 'DTSTART;TZID=Europe/Madrid:20250328T100000', 'DURATION:PT1H'],
        ['UID:after', 'DTSTART;TZID=Europe/Madrid:20250331T100000', 'DURATION:PT1H'],
      ),
    );
    expect(result.occurrences.map((o) => [o.uid, o.start, o.timeZone])).toEqual([
      ['before', '2025-03-28T09:00:00.000Z', 'Europe/Madrid'],
      ['after', '2025-03-31T08:00:00.000Z', 'Europe/Madrid'],
    ]);
  });

  it('reads TZID times in America/New_York on both sides of the autumn DST change', () => {
    expect(
      starts(
        calendar(
          [
            'UID:1',
            'DTSTART;TZID=America/New_York:20251031T170000',
            'DTEND;TZID=America/New_York:20251031T180000',
          ],
          [
            'UID:2',
            'DTSTART;TZID=America/New_York:20251103T170000',
            'DTEND;TZID=America/New_York:20251103T180000',
          ],
        ),
      ),
    ).toEqual(['2025-10-31T21:00:00.000Z', '2025-11-03T22:00:00.000Z']);
  });

  it('measures an event spanning a DST change by the real time elapsed', () => {
    // 00:30 to 04:30 local on the spring-forward night in Madrid is 3 hours, not 4.
    const [event] = parse(
      calendar([
        'UID:night',
        'DTSTART;TZID=Europe/Madrid:20250330T003000',
        'DTEND;TZID=Europe/Madrid:20250330T043000',
      ]),
    ).occurrences;
    expect(event?.minutes).toBe(180);
  });

  it('reads a time skipped by spring-forward with the offset before the gap, and a repeated one as the first', () => {
    // RFC 5545 §3.3.5: 02:30 does not exist in Madrid on 2025-03-30; 02:30 happens twice on 2025-10-26.
    expect(
      localToUtc({ year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 }, 'Europe/Madrid'),
    ).toBe(Date.parse('2025-03-30T01:30:00Z'));
    expect(
      localToUtc({ year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 }, 'Europe/Madrid'),
    ).toBe(Date.parse('2025-10-26T00:30:00Z'));
    expect(
      localToUtc({ year: 2025, month: 3, day: 9, hour: 2, minute: 30, second: 0 }, 'America/New_York'),
    ).toBe(Date.parse('2025-03-09T07:30:00Z'));
    expect(
      localToUtc({ year: 2025, month: 11, day: 2, hour: 1, minute: 30, second: 0 }, 'America/New_York'),
    ).toBe(Date.parse('2025-11-02T05:30:00Z'));
    expect(utcToLocal(Date.parse('2025-11-02T06:30:00Z'), 'America/New_York')).toMatchObject({
      hour: 1,
      minute: 30,
    });
  });

  it('turns any wall-clock time back into the first instant that shows it (property)', () => {
    const zones = [
      'Europe/Madrid',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const at = Math.floor(ms / 1000) * 1000;
          const local = utcToLocal(at, zone);
          const back = localToUtc(local, zone);
          expect(utcToLocal(back, zone)).toEqual(local);
          // In an autumn overlap the earlier of the two instants is chosen.
          expect(back).toBeLessThanOrEqual(at);
          expect(at - back).toBeLessThanOrEqual(2 * 3_600_000);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads floating times in the coach’s own zone', () => {
    const [event] = parse(
      calendar(['UID:f', 'DTSTART:20250707T093000', 'DURATION:PT45M']),
      'Asia/Tokyo',
    ).occurrences;
    expect(event).toMatchObject({ start: '2025-07-07T00:30:00.000Z', minutes: 45, timeZone: 'Asia/Tokyo' });
  });

  it('understands Windows zone names (Outlook) and vendor-prefixed TZIDs', () => {
    expect(resolveTzid('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveTzid('/mozilla.org/20070129_1/Europe/Madrid')).toBe('Europe/Madrid');
    // Intl may answer with the older canonical spelling (America/Buenos_Aires); either is the same zone.
    expect(resolveTzid('/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires')).toMatch(
      /^America\/(Argentina\/)?Buenos_Aires$/,
    );
    expect(resolveTzid('Nowhere Standard Time')).toBeNull();
    expect(
      starts(calendar(['UID:o', 'DTSTART;TZID="Eastern Standard Time":20250115T090000', 'DURATION:PT1H'])),
    ).toEqual(['2025-01-15T14:00:00.000Z']);
  });

  it('uses the X-LIC-LOCATION of a VTIMEZONE when its TZID is a custom name', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:My Office',
      'X-LIC-LOCATION:America/Mexico_City',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0600',
      'TZOFFSETTO:-0600',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:m',
      'DTSTART;TZID=My Office:20250602T100000',
      'DURATION:PT1H',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(starts(text)).toEqual(['2025-06-02T16:00:00.000Z']);
  });

  it('reads DURATION in weeks, days, hours, minutes and seconds', () => {
    expect(parseDuration('PT1H30M')).toBe(5400);
    expect(parseDuration('PT90M')).toBe(5400);
    expect(parseDuration('P1DT2H')).toBe(93_600);
    expect(parseDuration('P1W')).toBe(604_800);
    expect(parseDuration('-PT15M')).toBe(-900);
    for (const bad of ['P', 'PT', '1H', 'P1H', 'PT1H2', 'P1W2D']) {
      expect(() => parseDuration(bad), bad).toThrow();
    }
  });

  it('gives a null length to an event with no end, so the engagement’s usual length is used', () => {
    const [event] = parse(calendar(['UID:n', 'DTSTART:20250320T090000Z'])).occurrences;
    expect(event?.minutes).toBeNull();
  });

  it('unescapes text and reads attendees’ names and addresses', () => {
    const [event] = parse(
      calendar([
        'UID:t',
        'DTSTART:20250320T090000Z',
        'DURATION:PT1H',
        'SUMMARY:Check-in\\, part 2\\; Nguyễn',
        'DESCRIPTION:Line one\\nLine two',
        'ATTENDEE;CN="Lan, Nguyễn Thị";PARTSTAT=ACCEPTED:mailto:LAN@Example.com',
        'ATTENDEE:mailto:coach@example.com',
      ]),
    ).occurrences;
    expect(event?.summary).toBe('Check-in, part 2; Nguyễn');
    expect(event?.description).toBe('Line one\nLine two');
    expect(event?.attendees).toEqual([
      { name: 'Lan, Nguyễn Thị', email: 'lan@example.com' },
      { name: '', email: 'coach@example.com' },
    ]);
  });
});

describe('events that are not sessions', () => {
  it('skips all-day events and cancelled events, and counts them', () => {
    const result = parse(
      calendar(
        ['UID:day', 'DTSTART;VALUE=DATE:20250320', 'DTEND;VALUE=DATE:20250321', 'SUMMARY:Conference'],
        ['UID:day2', 'DTSTART:20250322', 'SUMMARY:Holiday'],
        ['UID:gone', 'DTSTART:20250320T090000Z', 'DURATION:PT1H', 'STATUS:CANCELLED'],
        ['UID:kept', 'DTSTART:20250320T110000Z', 'DURATION:PT1H', 'STATUS:CONFIRMED'],
      ),
    );
    expect(result.occurrences.map((o) => o.uid)).toEqual(['kept']);
    expect(result.skipped).toEqual({ allDay: 2, cancelled: 1 });
    expect(result.problems).toEqual([]);
  });

  it('ignores properties of alarms inside an event and components other than events', () => {
    const text = calendar([
      'UID:a',
      'DTSTART:20250320T090000Z',
      'DURATION:PT1H',
      'SUMMARY:Session',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reminder',
      'TRIGGER:-PT15M',
      'END:VALARM',
    ]).replace(
      'END:VCALENDAR',
      'BEGIN:VTODO\r\nUID:todo\r\nDTSTART:20250320T090000Z\r\nEND:VTODO\r\nEND:VCALENDAR',
    );
    const result = parse(text);
    expect(result.occurrences.map((o) => [o.uid, o.description])).toEqual([['a', '']]);
  });
});

describe('repeating events', () => {
  it('expands a weekly rule with COUNT in local time across the DST change, minus EXDATEs', () => {
    const result = parse(
      calendar([
        'UID:weekly@example.com',
        'DTSTART;TZID=Europe/Madrid:20250317T100000',
        'DTEND;TZID=Europe/Madrid:20250317T110000',
        'RRULE:FREQ=WEEKLY;COUNT=5',
        'EXDATE;TZID=Europe/Madrid:20250331T100000',
        'SUMMARY:Weekly coaching',
      ]),
    );
    expect(result.occurrences.map((o) => o.start)).toEqual([
      '2025-03-17T09:00:00.000Z',
      '2025-03-24T09:00:00.000Z',
      // 2025-03-31 excluded; from here on Madrid is on summer time, still 10:00 local.
      '2025-04-07T08:00:00.000Z',
      '2025-04-14T08:00:00.000Z',
    ]);
    expect(result.occurrences.every((o) => o.uid === 'weekly@example.com' && o.minutes === 60)).toBe(true);
  });

  it('expands a weekly rule on several days with UNTIL and INTERVAL in New York', () => {
    expect(
      starts(
        calendar([
          'UID:w',
          'DTSTART;TZID=America/New_York:20250303T090000',
          'DURATION:PT30M',
          'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20250320T235959Z',
        ]),
      ),
    ).toEqual([
      '2025-03-03T14:00:00.000Z',
      '2025-03-06T14:00:00.000Z',
      // Two weeks on, after the 9 March DST change: 09:00 EDT.
      '2025-03-17T13:00:00.000Z',
      '2025-03-20T13:00:00.000Z',
    ]);
  });

  it('expands a daily rule on weekdays, with EXDATE lists and a DATE EXDATE', () => {
    expect(
      starts(
        calendar([
          'UID:d',
          'DTSTART:20250303T080000Z',
          'DURATION:PT15M',
          'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=7',
          'EXDATE:20250304T080000Z,20250305T080000Z',
          'EXDATE;VALUE=DATE:20250310',
        ]),
      ),
    ).toEqual([
      '2025-03-03T08:00:00.000Z',
      '2025-03-06T08:00:00.000Z',
      '2025-03-07T08:00:00.000Z',
      '2025-03-11T08:00:00.000Z',
    ]);
  });

  it('treats UNTIL as a date inclusive of its whole day', () => {
    expect(
      starts(
        calendar(['UID:u', 'DTSTART:20250301T180000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;UNTIL=20250303']),
      ),
    ).toHaveLength(3);
  });

  it(`stops at ${MAX_OCCURRENCES_PER_EVENT} occurrences and says so`, () => {
    const result = parse(
      calendar(['UID:long', 'DTSTART:20250301T180000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=400']),
    );
    expect(result.occurrences).toHaveLength(MAX_OCCURRENCES_PER_EVENT);
    expect(result.problems).toHaveLength(1);
    expect(english(result.problems[0]?.message ?? '')).toContain(`first ${MAX_OCCURRENCES_PER_EVENT}`);
    // Exactly 52 is not "more than 52".
    expect(
      parse(calendar(['UID:52', 'DTSTART:20250301T180000Z', 'RRULE:FREQ=WEEKLY;COUNT=52'])).problems,
    ).toEqual([]);
  });

  it('reads only the first time of rules it does not expand, with a note', () => {
    const result = parse(
      calendar(
        ['UID:m', 'DTSTART:20250301T180000Z', 'RRULE:FREQ=MONTHLY;COUNT=6', 'SUMMARY:Monthly'],
        ['UID:open', 'DTSTART:20250301T180000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Forever'],
        ['UID:pos', 'DTSTART:20250301T180000Z', 'RRULE:FREQ=WEEKLY;COUNT=3;BYSETPOS=1', 'SUMMARY:Odd'],
      ),
    );
    expect(result.occurrences.map((o) => o.uid).sort()).toEqual(['m', 'open', 'pos']);
    expect(result.problems.map((p) => p.summary).sort()).toEqual(['Forever', 'Monthly', 'Odd']);
    expect(english(result.problems.find((p) => p.summary === 'Forever')?.message ?? '')).toContain(
      'no end date',
    );
  });

  it('applies moved and cancelled single occurrences (RECURRENCE-ID)', () => {
    const result = parse(
      calendar(
        ['UID:s', 'DTSTART:20250303T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:Series'],
        [
          'UID:s',
          'RECURRENCE-ID:20250310T090000Z',
          'DTSTART:20250311T150000Z',
          'DURATION:PT1H',
          'SUMMARY:Moved',
        ],
        ['UID:s', 'RECURRENCE-ID:20250317T090000Z', 'DTSTART:20250317T090000Z', 'STATUS:CANCELLED'],
      ),
    );
    expect(result.occurrences.map((o) => [o.start, o.summary])).toEqual([
      ['2025-03-03T09:00:00.000Z', 'Series'],
      ['2025-03-11T15:00:00.000Z', 'Moved'],
      ['2025-03-24T09:00:00.000Z', 'Series'],
    ]);
    expect(result.skipped.cancelled).toBe(1);
  });
});

describe('problems', () => {
  it('rejects a file that is not iCalendar', () => {
    for (const garbage of [
      '',
      'hello world',
      '{"events": []}',
      'BEGIN:VCARD\r\nEND:VCARD',
      '\u0000\u0001\u0002binary',
    ]) {
      expect(() => parse(garbage), JSON.stringify(garbage)).toThrow(AppError);
      try {
        parse(garbage);
      } catch (error) {
        expect((error as AppError).code).toBe('validation');
        expect(english((error as AppError).message)).toBe('That file is not an iCalendar (.ics) file.');
      }
    }
  });

  it('accepts a byte-order mark and lower-case component names', () => {
    expect(
      starts(
        `\uFEFFbegin:vcalendar\r\nbegin:vevent\r\nuid:x\r\ndtstart:20250320T090000Z\r\nend:vevent\r\nend:vcalendar\r\n`,
      ),
    ).toEqual(['2025-03-20T09:00:00.000Z']);
  });

  it('reports each unreadable event with its line and reason, and keeps the rest', () => {
    const result = parse(
      calendar(
        ['UID:ok', 'DTSTART:20250320T090000Z', 'DURATION:PT1H', 'SUMMARY:Fine'],
        ['UID:zone', 'DTSTART;TZID=Mars/Olympus:20250320T090000', 'SUMMARY:Bad zone'],
        ['UID:nostart', 'SUMMARY:No start'],
        ['UID:back', 'DTSTART:20250320T090000Z', 'DTEND:20250320T080000Z', 'SUMMARY:Backwards'],
        ['UID:date', 'DTSTART:20250231T090000Z', 'SUMMARY:Thirty-first of February'],
        ['UID:long', 'DTSTART:20250320T090000Z', 'DURATION:P2D', 'SUMMARY:Retreat'],
        ['UID:dur', 'DTSTART:20250320T090000Z', 'DURATION:an hour', 'SUMMARY:Vague'],
      ),
    );
    expect(result.occurrences.map((o) => o.uid)).toEqual(['ok']);
    // Messages are references (electron/shared/messages.ts), with what the file said as a parameter.
    const bySummary = Object.fromEntries(result.problems.map((p) => [p.summary, english(p.message)]));
    expect(bySummary).toEqual({
      'Bad zone': 'The time zone "Mars/Olympus" is not one Coachbook recognises.',
      'No start': 'The event has no start time.',
      Backwards: 'The event ends before it starts.',
      'Thirty-first of February': '"20250231T090000Z" is not a real date and time.',
      Retreat: 'The event lasts more than a day, so it is not a session.',
      Vague: 'The length "an hour" is not an iCalendar duration.',
    });
    expect(result.problems.find((p) => p.summary === 'Backwards')).toMatchObject({
      start: '2025-03-20T09:00:00.000Z',
      line: 19,
    });
    const zone = result.problems.find((p) => p.summary === 'Bad zone')?.message ?? '';
    expect(messageText(zone, 'es')).toBe('Coachbook no reconoce la zona horaria «Mars/Olympus».');
  });

  it('reports an event cut off by the end of the file', () => {
    const result = parse(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Cut\r\nDTSTART:20250320T090000Z\r\n',
    );
    expect(result.occurrences).toEqual([]);
    expect(result.problems.map((p) => ({ ...p, message: english(p.message) }))).toEqual([
      { line: 2, summary: 'Cut', start: null, message: 'The file ends in the middle of this event.' },
    ]);
  });

  it(`stops reading after ${MAX_OCCURRENCES} events and says so once`, () => {
    const events = Array.from({ length: MAX_OCCURRENCES + 5 }, (_, i) => [
      `UID:e${i}`,
      `DTSTART:${new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
    ]);
    const result = parse(calendar(...events));
    expect(result.occurrences).toHaveLength(MAX_OCCURRENCES);
    expect(result.problems.map((p) => ({ ...p, message: english(p.message) }))).toEqual([
      {
        line: null,
        summary: '',
        start: null,
        message:
          'The file holds more than 10,000 events; only the first 10,000 were read. Export a shorter period from your calendar.',
      },
    ]);
    expect(messageText(result.problems[0]?.message ?? '', 'es')).toBe(
      'El archivo contiene más de 10.000 eventos; solo se leyeron los primeros 10.000. Exporta un periodo más ' +
        'corto desde tu calendario.',
    );
  });

  it('gives an event without a UID a stable one, so importing twice still finds it', () => {
    const text = calendar(['DTSTART:20250320T090000Z', 'SUMMARY:No uid']);
    const first = parse(text).occurrences[0]?.uid;
    expect(first).toMatch(/@no-uid\.coachbook$/);
    expect(parse(text).occurrences[0]?.uid).toBe(first);
  });
});
