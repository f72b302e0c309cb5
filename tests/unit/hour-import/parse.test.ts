import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../../electron/core/hour-import/parse';
import { readLogBytes, zipUnpackedSize } from '../../../electron/core/hour-import/read-file';
import { messageText } from '../../../electron/core/i18n';
import type { DateOrder } from '../../../electron/shared/hour-import';
import { english } from '../../helpers/english';

const ICF_HEADER = [
  'Client Name',
  'Contact Info',
  'Individual or Group',
  '# in group',
  'Start Date',
  'End Date',
  'Paid Hours',
  'Pro Bono Hours',
];

function csv(rows: (string | number)[][], delimiter = ','): Buffer {
  return Buffer.from(
    Papa.unparse(
      rows.map((r) => r.map(String)),
      { delimiter },
    ),
    'utf8',
  );
}

async function parse(bytes: Buffer, order: DateOrder = 'dmy', name = 'log.csv') {
  return parseLog(await readLogBytes(bytes, name), order);
}

async function workbook(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Log'), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

// Row errors and notes are message references (electron/shared/messages.ts); these read them in English.
const errorsOf = (row: { errors: { column: string | null; message: string }[] } | undefined) =>
  (row?.errors ?? []).map((e) => `${e.column}: ${english(e.message)}`);
const notesOf = (log: { notes: string[] }) => log.notes.map(english);

/** The English words of the error a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: unknown }).code, message: english((error as Error).message) };
  }
  throw new Error('expected a refusal');
}

describe('the ICF client coaching log', () => {
  it('reads a semicolon CSV with a BOM, decimal commas, a title above the header and a totals row', async () => {
    const text =
      '\uFEFFClient Coaching Log;;;;;;;\nCoach: Ana Rivera;;;;;;;\n;;;;;;;\n' +
      `${ICF_HEADER.join(';')}\n` +
      'Nguyễn Thị Lan;lan@example.org;Individual;;01/02/2025;28/02/2025;4,5;0\n' +
      '李雷;+86 10 1234 5678;Group;6;15/03/2025;15/03/2025;0;1,5\n' +
      'محمد;;individual;1;2025-04-01;;1:30;\n' +
      ';;;;;;;\n' +
      'Total;;;;;;6;1,5\n';
    const log = await parse(Buffer.from(text, 'utf8'), 'mdy');
    expect(log.layout).toBe('icf-log');
    // A day above 12 proves day/month/year, whatever the coach's default.
    expect(log.dateOrder).toEqual({ used: 'dmy', detected: 'dmy', ambiguous: false });
    expect(log.rows.map((r) => r.line)).toEqual([5, 6, 7]);
    expect(log.rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(log.rows.map((r) => r.fields)).toEqual([
      {
        clientName: 'Nguyễn Thị Lan',
        clientContact: 'lan@example.org',
        mode: 'individual',
        groupSize: 1,
        startDate: '2025-02-01',
        endDate: '2025-02-28',
        paidMinutes: 270,
        proBonoMinutes: 0,
        mayBeListed: true,
      },
      {
        clientName: '李雷',
        clientContact: '+86 10 1234 5678',
        mode: 'group',
        groupSize: 6,
        startDate: '2025-03-15',
        endDate: '2025-03-15',
        paidMinutes: 0,
        proBonoMinutes: 90,
        mayBeListed: true,
      },
      {
        clientName: 'محمد',
        clientContact: '',
        mode: 'individual',
        groupSize: 1,
        startDate: '2025-04-01',
        endDate: '2025-04-01',
        paidMinutes: 90,
        proBonoMinutes: 0,
        mayBeListed: true,
      },
    ]);
    expect(notesOf(log)).toEqual(['Row 9 is a totals row: it was skipped.']);
    // What was read, in a fixed form the renderer words and formats in the coach's language.
    expect(log.rows[0]?.cells).toMatchObject({
      startDate: '2025-02-01',
      paidHours: '4.5',
      mode: 'individual',
    });
    expect(log.rows[1]?.cells).toMatchObject({ mode: 'group', groupSize: '6', proBonoHours: '1.5' });
  });

  it('says when the totals row does not match its rows', async () => {
    const log = await parse(
      csv([
        ICF_HEADER,
        ['Ana', '', 'Individual', '', '2025-01-01', '2025-01-31', '2', '0'],
        ['Bea', '', 'Individual', '', '2025-01-01', '2025-01-31', '3', '0'],
        ['TOTALS', '', '', '', '', '', '7', '0'],
      ]),
    );
    expect(log.rows).toHaveLength(2);
    expect(notesOf(log)).toEqual([
      'Row 4 is a totals row: it was skipped.',
      'The totals row (row 4) says 7 paid hours, but its rows add up to 5.',
    ]);
    // Notes are references with their numbers as parameters, so Spanish reads them its own way.
    expect(log.notes.map((note) => messageText(note, 'es'))).toEqual([
      'La fila 4 es una fila de totales: se omitió.',
      'La fila de totales (fila 4) indica 7 horas remuneradas, pero sus filas suman 5.',
    ]);
  });

  it('names both kinds of hours when neither total matches, with decimals in the reader’s format', async () => {
    const log = await parse(
      csv([
        ICF_HEADER,
        ['Ana', '', 'Individual', '', '2025-01-01', '2025-01-31', '2,5', '1'],
        ['Bea', '', 'Individual', '', '2025-01-01', '2025-01-31', '3', '0,25'],
        ['Total', '', '', '', '', '', '7', '2,5'],
      ]),
    );
    expect(notesOf(log)[1]).toBe(
      'The totals row (row 4) says 7 paid hours, but its rows add up to 5.5; and 2.5 pro bono hours, but its ' +
        'rows add up to 1.25.',
    );
    expect(messageText(log.notes[1] ?? '', 'es')).toBe(
      'La fila de totales (fila 4) indica 7 horas remuneradas, pero sus filas suman 5,5; y 2,5 horas pro bono, ' +
        'pero sus filas suman 1,25.',
    );
  });

  it('skips an unlabelled totals row (only hours) at the bottom', async () => {
    const log = await parse(
      csv([
        ICF_HEADER,
        ['Ana', '', 'Individual', '', '2025-01-01', '2025-01-31', '2', '0'],
        ['', '', '', '', '', '', '2', '0'],
      ]),
    );
    expect(log.rows).toHaveLength(1);
    expect(notesOf(log)[0]).toBe('Row 3 is a totals row: it was skipped.');
  });

  it("uses the coach's order for ambiguous dates, and reads them again in the other", async () => {
    const bytes = csv([ICF_HEADER, ['Ana', '', 'Individual', '', '03/04/2025', '05/06/2025', '2', '0']]);
    const dmy = await parse(bytes, 'dmy');
    expect(dmy.dateOrder).toEqual({ used: 'dmy', detected: null, ambiguous: true });
    expect(dmy.rows[0]?.fields).toMatchObject({ startDate: '2025-04-03', endDate: '2025-06-05' });
    const mdy = await parse(bytes, 'mdy');
    expect(mdy.dateOrder.used).toBe('mdy');
    expect(mdy.rows[0]?.fields).toMatchObject({ startDate: '2025-03-04', endDate: '2025-05-06' });
  });

  it('explains each bad row, in the column the problem is in', async () => {
    const log = await parse(
      csv([
        ICF_HEADER,
        ['Bad date', '', 'Individual', '', '31/02/2025', '', '1', '0'],
        ['Ends early', '', 'Individual', '', '2025-03-10', '2025-03-01', '1', '0'],
        ['Negative', '', 'Individual', '', '2025-03-10', '', '-1', '0'],
        ['Odd type', '', 'Couple', '2', '2025-03-10', '', '1', '0'],
        ['Group, no size', '', 'Group', '', '2025-03-10', '', '1', '0'],
        ['No hours', '', 'Individual', '', '2025-03-10', '', '', ''],
        ['', '', 'Individual', '', '2025-03-10', '', '1', '0'],
        ['No start', '', 'Individual', '', '', '2025-03-10', '1', '0'],
        ['Group of one', '', 'Group', '1', '2025-03-10', '', '1', '0'],
        ['Text hours', '', 'Individual', '', '2025-03-10', '', 'two', '0'],
      ]),
    );
    expect(log.rows.map(errorsOf)).toEqual([
      ['startDate: This date does not exist.'],
      ['endDate: The end date is before the start date.'],
      ['paidHours: Hours cannot be negative.'],
      ['mode: Use Individual or Group.'],
      ['groupSize: Enter how many people were in the group.'],
      ['paidHours: No hours: enter the paid or pro bono hours.'],
      ["clientName: Enter the client's name."],
      ['startDate: Enter the start date.'],
      ['groupSize: A group has at least 2 people.'],
      ['paidHours: This is not a number of hours. Use 1.5, 1,5 or 1:30.'],
    ]);
    expect(log.rows.every((r) => r.fields === null && r.importKey === null)).toBe(true);
    // An unreadable cell is shown as written.
    expect(log.rows[0]?.cells.startDate).toBe('31/02/2025');
  });

  it('keeps formula-looking cells as text and never evaluates them', async () => {
    const log = await parse(
      csv([
        ICF_HEADER,
        ['=HYPERLINK("http://example.com","x")', '@SUM(1+1)', 'Individual', '', '2025-01-01', '', '1', '0'],
        ['+Plus', '-minus', 'Individual', '', '2025-01-01', '', '=1+1', '0'],
      ]),
    );
    expect(log.rows[0]?.fields?.clientName).toBe('=HYPERLINK("http://example.com","x")');
    expect(log.rows[0]?.fields?.clientContact).toBe('@SUM(1+1)');
    expect(errorsOf(log.rows[1])).toEqual([
      'paidHours: This is not a number of hours. Use 1.5, 1,5 or 1:30.',
    ]);
    expect(log.rows[1]?.cells.paidHours).toBe('=1+1');
  });

  it('gives the same row the same import key, whatever its spacing or case, and repeats distinct keys', async () => {
    const a = await parse(
      csv([
        ICF_HEADER,
        ['Ana  Ruiz', 'ANA@example.org', 'Individual', '', '2025-01-01', '', '1.5', ''],
        ['Ana Ruiz', 'ana@example.org', 'Individual', '', '2025-01-01', '', '1.5', ''],
      ]),
    );
    const b = await parse(
      csv([
        ICF_HEADER,
        [' ana ruiz ', 'ana@example.org', 'individual', '1', '01/01/2025', '01/01/2025', '1:30', '0'],
      ]),
    );
    const [first, second] = a.rows;
    expect(first?.importKey).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.importKey).not.toBe(second?.importKey);
    expect(b.rows[0]?.importKey).toBe(first?.importKey);
  });
});

describe('a list of sessions', () => {
  it('makes one entry per session, start and end on its date', async () => {
    const log = await parse(
      csv([
        [
          'Date',
          'Client',
          'Email',
          'Individual/Group',
          'Number in group',
          'Duration (min)',
          'Paid / Pro bono',
        ],
        ['2025-01-06', 'Ana', 'ana@example.org', 'Individual', '', '60', 'Paid'],
        ['2025-01-07', 'Circle', '', 'Group', '5', '90', 'Pro bono'],
      ]),
    );
    expect(log.layout).toBe('per-session');
    expect(log.columns.find((c) => c.key === 'duration')?.unit).toBe('minutes');
    expect(log.rows.map((r) => r.fields)).toMatchObject([
      {
        clientName: 'Ana',
        startDate: '2025-01-06',
        endDate: '2025-01-06',
        paidMinutes: 60,
        proBonoMinutes: 0,
      },
      { mode: 'group', groupSize: 5, startDate: '2025-01-07', paidMinutes: 0, proBonoMinutes: 90 },
    ]);
    // Durations in the column's unit, payment as a value: the renderer words both.
    expect(log.rows.map((r) => r.cells)).toMatchObject([
      { duration: '60', payment: 'paid', mode: 'individual' },
      { duration: '90', payment: 'pro-bono', mode: 'group' },
    ]);
  });

  it('reads a bare "Duration" as hours or minutes from its values, and a lone "Paid" of yes/no as a flag', async () => {
    const hours = await parse(
      csv([
        ['Date', 'Client', 'Duration', 'Paid'],
        ['2025-01-06', 'Ana', '1.5', 'Yes'],
        ['2025-01-07', 'Bea', '1', 'No'],
      ]),
    );
    expect(hours.columns.map((c) => [c.key, c.unit])).toEqual([
      ['date', undefined],
      ['clientName', undefined],
      ['duration', 'hours'],
      ['payment', undefined],
    ]);
    expect(hours.rows.map((r) => [r.fields?.paidMinutes, r.fields?.proBonoMinutes])).toEqual([
      [90, 0],
      [0, 60],
    ]);
    expect(hours.rows.map((r) => r.cells.duration)).toEqual(['1.5', '1']);
    const minutes = await parse(
      csv([
        ['Date', 'Client', 'Duration', 'Payment'],
        ['2025-01-06', 'Ana', '45', 'paid'],
      ]),
    );
    expect(minutes.rows[0]?.fields?.paidMinutes).toBe(45);
  });

  it('explains a session without payment or length', async () => {
    const log = await parse(
      csv([
        ['Date', 'Client', 'Minutes', 'Payment'],
        ['2025-01-06', 'Ana', '', 'Paid'],
        ['2025-01-06', 'Ana', '60', ''],
        ['2025-01-06', 'Ana', '60', 'maybe'],
      ]),
    );
    expect(log.rows.map(errorsOf)).toEqual([
      ["duration: No hours: enter the session's length."],
      ['payment: Say whether the session was paid or pro bono.'],
      ['payment: Use Paid or Pro bono.'],
    ]);
  });

  it('refuses a list of sessions that never says paid or pro bono', async () => {
    const bytes = csv([
      ['Date', 'Client', 'Minutes'],
      ['2025-01-06', 'Ana', '60'],
    ]);
    expect(await refusal(parse(bytes))).toMatchObject({
      code: 'validation',
      message: expect.stringContaining('paid or pro bono'),
    });
  });
});

describe('workbooks', () => {
  it('reads dates, serial numbers, [h]:mm times, formulas and rich text from the first sheet', async () => {
    const bytes = await workbook((sheet, book) => {
      sheet.addRow(['Client coaching log']);
      sheet.addRow(ICF_HEADER);
      sheet.addRow([
        'Nguyễn Thị Lan',
        'lan@example.org',
        'Individual',
        1,
        new Date(Date.UTC(2025, 0, 6)),
        new Date(Date.UTC(2025, 1, 6)),
        4.5,
        0,
      ]);
      const second = sheet.addRow([
        { richText: [{ text: '李' }, { text: '雷', font: { bold: true } }] },
        { text: 'li@example.cn', hyperlink: 'mailto:li@example.cn' },
        'Group',
        4,
        45717,
        45717,
        null,
        { formula: '1+0.5', result: 1.5 },
      ]);
      second.getCell(5).numFmt = '0';
      // A time cell formatted [h]:mm: exceljs reads it back as a date on Excel's day zero.
      sheet.addRow(['محمد', '', 'Individual', 1, '2025-03-01', '2025-03-01', 0.0625, 0]).getCell(7).numFmt =
        '[h]:mm';
      sheet.addRow([
        'Total',
        '',
        '',
        '',
        '',
        '',
        { formula: 'SUM(G3:G5)', result: 6 },
        { formula: 'SUM(H3:H5)', result: 1.5 },
      ]);
      book.addWorksheet('Ignored').addRow(['not read']);
    });
    const log = await parse(bytes, 'dmy', 'log.xlsx');
    expect(log.rows.map(errorsOf)).toEqual([[], [], []]);
    expect(log.rows.map((r) => r.fields)).toMatchObject([
      { clientName: 'Nguyễn Thị Lan', startDate: '2025-01-06', endDate: '2025-02-06', paidMinutes: 270 },
      {
        clientName: '李雷',
        clientContact: 'li@example.cn',
        mode: 'group',
        groupSize: 4,
        startDate: '2025-03-01',
        proBonoMinutes: 90,
      },
      { clientName: 'محمد', startDate: '2025-03-01', paidMinutes: 90 },
    ]);
    expect(notesOf(log)).toEqual(['Row 6 is a totals row: it was skipped.']);
  });

  it('keeps a text cell that looks like a formula as text', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(ICF_HEADER);
      sheet.addRow(['=cmd|"/C calc"!A0', '', 'Individual', 1, '2025-01-01', '', 1, 0]);
    });
    const log = await parse(bytes, 'dmy', 'log.xlsx');
    expect(log.rows[0]?.fields?.clientName).toBe('=cmd|"/C calc"!A0');
  });

  it('measures a zip without unpacking it', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(ICF_HEADER);
    });
    expect(zipUnpackedSize(bytes)).toBeGreaterThan(bytes.length);
    expect(zipUnpackedSize(Buffer.from('PK\u0003\u0004 broken'))).toBeNull();
  });
});

describe('files that are not a coaching log', () => {
  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
    [
      'a PNG',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]),
    ],
    ['an empty file', Buffer.alloc(0)],
    [
      'a CSV of something else',
      csv([
        ['Name', 'Notes'],
        ['Ana', 'likes tea'],
      ]),
    ],
    ['a broken zip', Buffer.from('PK\u0003\u0004 this is not really a workbook')],
    [
      'an old .xls',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    ],
  ])('%s is a validation error', async (_what, bytes) => {
    await expect(parse(bytes)).rejects.toMatchObject({ name: 'AppError', code: 'validation' });
  });

  it('a workbook without log columns is a validation error naming what is needed', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['Shopping', 'Qty']);
    });
    expect(await refusal(parse(bytes, 'dmy', 'x.xlsx'))).toMatchObject({
      code: 'validation',
      message: expect.stringContaining('client name'),
    });
  });
});

describe('text encodings', () => {
  it('reads UTF-16 and Windows-1252 CSV files', async () => {
    const text = `${ICF_HEADER.join('\t')}\r\nJosé Núñez\t\tIndividual\t\t2025-01-01\t\t1\t0\r\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await parse(utf16)).rows[0]?.fields?.clientName).toBe('José Núñez');
    const latin1 = Buffer.from(text.replace(/\t/g, ';'), 'latin1');
    expect((await parse(latin1)).rows[0]?.fields?.clientName).toBe('José Núñez');
  });
});
