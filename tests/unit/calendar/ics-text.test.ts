import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../electron/core/calendar/ics-parse';
import {
  escapeText,
  foldLine,
  parseContentLine,
  serializeLines,
  unescapeText,
  unfoldLines,
} from '../../../electron/core/calendar/ics-text';
import { formatUtc, serializeCalendar } from '../../../electron/core/calendar/ics-write';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('folding long lines (RFC 5545 §3.1)', () => {
  it('folds at 75 octets without splitting a multi-byte character, and unfolds back', () => {
    const line = `SUMMARY:${'Coaching: Nguyễn Thị Lan, 李雷, محمد العلي, Zoë — '.repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const [index, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      // Every piece is valid UTF-8 on its own: no character was cut in half.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfoldLines(`${folded}\r\n`).map((l) => l.text)).toEqual([line]);
  });

  it('unfolds whatever it folds (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfoldLines(folded).map((l) => l.text)).toEqual([line]);
        expect(unescapeText(line.slice('DESCRIPTION:'.length))).toBe(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the writer drops these.
          text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '').replace(/\r\n|\r/g, '\n'),
        );
      }),
    );
  });

  it('leaves short lines alone and ends every line with CRLF', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(serializeLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('unfolds continuation lines that start with a tab, and accepts bare LF line ends', () => {
    const lines = unfoldLines('SUMMARY:Weekly\n\t check-in\nDESCRIPTION:a\r\n b\r\n');
    expect(lines).toEqual([
      { text: 'SUMMARY:Weekly check-in', line: 1 },
      { text: 'DESCRIPTION:ab', line: 3 },
    ]);
  });

  it('never splits a four-byte character (emoji) across a fold', () => {
    const line = `SUMMARY:${'🙂'.repeat(60)}`;
    for (const part of foldLine(line).split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(unfoldLines(foldLine(line))[0]?.text).toBe(line);
  });
});

describe('TEXT escaping (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('unescapes, including \\N and an escaped backslash before n', () => {
    expect(unescapeText('a\\\\b\\;c\\,d\\ne\\Nf')).toBe('a\\b;c,d\ne\nf');
    expect(unescapeText('C:\\\\new')).toBe('C:\\new');
  });

  it('drops control characters TEXT may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('content lines', () => {
  it('reads parameters, quoted values with colons and RFC 6868 caret escapes', () => {
    const line = parseContentLine({
      text: 'ATTENDEE;CN="Ruiz, Ana: coach";ROLE=REQ-PARTICIPANT;X-NOTE=say ^\'hi^\':mailto:ana@example.com',
      line: 7,
    });
    expect(line).toEqual({
      name: 'ATTENDEE',
      params: { CN: ['Ruiz, Ana: coach'], ROLE: ['REQ-PARTICIPANT'], 'X-NOTE': ['say "hi"'] },
      value: 'mailto:ana@example.com',
      line: 7,
    });
  });

  it('refuses lines that are not content lines', () => {
    expect(parseContentLine({ text: 'no colon here', line: 1 })).toBeNull();
    expect(parseContentLine({ text: 'BAD NAME:x', line: 1 })).toBeNull();
    expect(parseContentLine({ text: 'X;P="unterminated:x', line: 1 })).toBeNull();
  });
});

describe('writing a calendar', () => {
  const stamp = new Date('2025-03-14T09:26:53.000Z');

  it('writes UTC times, UID, DTSTAMP and an escaped SUMMARY with CRLF line ends', () => {
    const ics = serializeCalendar(
      [
        {
          uid: '6f1c1a7e-3a34-4c8e-9a1b-3f0c9d2b7e11@coachbook',
          start: '2025-03-20T09:00:00.000Z',
          minutes: 90,
          summary: 'Coaching: Fernández, Mateo; 李雷',
        },
      ],
      stamp,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines).toContain('UID:6f1c1a7e-3a34-4c8e-9a1b-3f0c9d2b7e11@coachbook');
    expect(lines).toContain('DTSTAMP:20250314T092653Z');
    expect(lines).toContain('DTSTART:20250320T090000Z');
    expect(lines).toContain('DTEND:20250320T103000Z');
    expect(lines).toContain('SUMMARY:Coaching: Fernández\\, Mateo\\; 李雷');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });

  it('formats instants in the UTC basic form', () => {
    expect(formatUtc(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });

  it('round-trips any summary through write and read (property)', () => {
    const normalise = (s: string) =>
      s
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the writer drops these.
        .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
        .replace(/\r\n|\r/g, '\n')
        .trim();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.string({
            unit: fc.constantFrom('\\', ';', ',', '\n', '\r', ' ', ':', '"', 'ễ', '李', '🙂', 'a'),
            maxLength: 200,
          }),
        ),
        (summary) => {
          const ics = serializeCalendar(
            [{ uid: 'x@coachbook', start: '2025-05-05T10:00:00.000Z', minutes: 60, summary }],
            new Date('2025-05-01T00:00:00.000Z'),
          );
          for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
          const parsed = parseIcs(ics, { localZone: 'UTC' });
          expect(parsed.problems).toEqual([]);
          expect(parsed.occurrences).toHaveLength(1);
          expect(parsed.occurrences[0]?.summary).toBe(normalise(summary));
          expect(parsed.occurrences[0]?.start).toBe('2025-05-05T10:00:00.000Z');
          expect(parsed.occurrences[0]?.minutes).toBe(60);
        },
      ),
      { numRuns: 300 },
    );
  });
});
