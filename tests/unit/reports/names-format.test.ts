import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../electron/core/reports/hour-log-csv';
import { periodLabel } from '../../../electron/core/reports/hour-log-pdf';
import { clientCodes, displayName, initialsOf } from '../../../electron/core/reports/names';
import { safeFileName } from '../../../electron/core/reports/save';
import { contract } from '../../../electron/shared/contract';
import type { HourEntry } from '../../../electron/shared/hours';
import { english } from '../../helpers/english';

function entry(date: string, clientKeys: string[]): HourEntry {
  return {
    source: 'session',
    id: `${date}-${clientKeys.join()}`,
    engagementId: 'e',
    date,
    endDate: date,
    clientKeys,
    clientLabel: '',
    clientContact: '',
    mayBeListed: true,
    mode: clientKeys.length > 1 ? 'group' : 'individual',
    groupSize: clientKeys.length,
    paidMinutes: 60,
    proBonoMinutes: 0,
    peerMinutes: 0,
    sponsor: '',
  };
}

describe('initials', () => {
  it('takes the first letter of each name part, in any script', () => {
    expect(initialsOf('Nguyễn Thị Lan')).toBe('N. T. L.');
    expect(initialsOf('Zoë Brontë')).toBe('Z. B.');
    expect(initialsOf('  élodie   martin ')).toBe('É. M.');
    expect(initialsOf('Jean-Luc Picard')).toBe('J.-L. P.');
    expect(initialsOf('李雷')).toBe('李.');
    expect(initialsOf('محمد')).toBe('م.');
    expect(initialsOf('(Bob) Smith')).toBe('B. S.');
    expect(initialsOf('   ')).toBe('?');
  });

  it('keeps combining marks with their letter (decomposed input)', () => {
    expect(initialsOf('E\u0301milie Zola')).toBe('É. Z.');
  });
});

describe('client codes', () => {
  it('numbers clients by first appearance in the log, group members in order', () => {
    const codes = clientCodes([
      entry('2024-01-01', ['b']),
      entry('2024-01-02', ['a', 'b', 'c']),
      entry('2024-02-01', ['d']),
    ]);
    expect(Object.fromEntries(codes)).toEqual({ b: 'C-001', a: 'C-002', c: 'C-003', d: 'C-004' });
    expect(displayName('codes', 'Ana', 'c', codes)).toBe('C-003');
    expect(displayName('initials', 'Ana Pérez', 'c', codes)).toBe('A. P.');
    expect(displayName('full', 'Ana Pérez', 'c', codes)).toBe('Ana Pérez');
  });
});

describe('formula neutralising', () => {
  it('prefixes cells a spreadsheet would evaluate, and only those', () => {
    for (const v of ['=1+1', '+44 20 7946 0958', '-2', '@SUM(A1)', '\tx', '\rx', '=a\nb'])
      expect(neutraliseFormula(v)).toBe(`'${v}`);
    for (const v of ['Ana', '2024-01-01', 'a=b', ' =1', '']) expect(neutraliseFormula(v)).toBe(v);
  });
});

describe('file names and periods', () => {
  it('suggests file names every file system accepts', () => {
    expect(safeFileName('Internal coaching letter - A/B: "Co" <x>|?*.pdf')).toBe(
      'Internal coaching letter - A-B- -Co- -x----.pdf',
    );
    expect(safeFileName('a\u0000\nb.pdf')).toBe('a b.pdf');
  });

  it('labels the period from the request, falling back to the first and last day of coaching', () => {
    expect(periodLabel({ from: '2024-01-01', to: '2024-12-31', firstDate: null, lastDate: null })).toBe(
      '1 January 2024 to 31 December 2024',
    );
    expect(periodLabel({ from: null, to: null, firstDate: '2023-08-01', lastDate: '2024-09-02' })).toBe(
      '1 August 2023 to 2 September 2024',
    );
    expect(periodLabel({ from: null, to: null, firstDate: null, lastDate: null })).toBe(
      'No coaching recorded',
    );
  });
});

describe('report payloads', () => {
  const r = contract.reports;

  it('accepts the documented shapes', () => {
    expect(r.hourLogPdf.input.safeParse({ names: 'full', omitUnlisted: true }).success).toBe(true);
    expect(
      r.hourLogCsv.input.safeParse({
        from: '2024-01-01',
        to: '2024-12-31',
        names: 'codes',
        omitUnlisted: false,
      }).success,
    ).toBe(true);
    expect(r.sessionLogPdf.input.parse({})).toEqual({ names: 'full', omitUnlisted: false });
    expect(r.mentorCcePdf.input.safeParse(undefined).success).toBe(true);
    const letter = r.employerLetterPdf.input.parse({
      organisation: ' Acme ',
      contactName: 'Priya',
      contactRole: 'Head of People',
      contactDetails: 'priya@acme.example',
      policy: 'Confidential.',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(letter).toMatchObject({ organisation: 'Acme', coachRole: '' });
  });

  it('rejects unknown keys, bad dates, unknown name styles, reversed periods and oversized text', () => {
    const bad: unknown[] = [
      { names: 'full', omitUnlisted: true, extra: 1 },
      { names: 'nicknames', omitUnlisted: true },
      { names: 'full' },
      { names: 'full', omitUnlisted: 'yes' },
      { names: 'full', omitUnlisted: true, from: '2024-02-30' },
      { names: 'full', omitUnlisted: true, from: '2024/01/01' },
      { names: 'full', omitUnlisted: true, from: '2024-06-01', to: '2024-01-01' },
      null,
    ];
    for (const input of bad) {
      expect(r.hourLogPdf.input.safeParse(input).success, JSON.stringify(input)).toBe(false);
      expect(r.hourLogXlsx.input.safeParse(input).success).toBe(false);
    }
    expect(r.mentorCcePdf.input.safeParse({}).success).toBe(false);
    const letter = {
      organisation: 'Acme',
      contactName: 'Priya',
      contactRole: 'Head of People',
      contactDetails: 'priya@acme.example',
      policy: 'Confidential.',
      from: '2024-01-01',
      to: '2024-12-31',
    };
    expect(r.employerLetterPdf.input.safeParse(letter).success).toBe(true);
    for (const over of [
      { organisation: '   ' },
      { policy: 'x'.repeat(5001) },
      { contactName: 'x'.repeat(201) },
      { from: undefined },
      { to: '2023-12-31' },
      { sneaky: true },
    ]) {
      expect(r.employerLetterPdf.input.safeParse({ ...letter, ...over }).success, JSON.stringify(over)).toBe(
        false,
      );
    }
    const tooLong = r.employerLetterPdf.input.safeParse({ ...letter, to: '2023-12-31' });
    expect(english(tooLong.error?.issues[0]?.message ?? '')).toBe(
      'The end of the period is before its start.',
    );
  });
});
