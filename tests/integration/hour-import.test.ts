import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection';
import { insertManualHours, listManualHours } from '../../electron/core/hours/service';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { hourLogCsv } from '../../electron/core/reports/hour-log-csv';
import { buildHourLogReport, hourLogTable } from '../../electron/core/reports/hour-log-report';
import { hourLogXlsx } from '../../electron/core/reports/hour-log-xlsx';
import { createHandlers } from '../../electron/main/handlers';
import { createRouter, type Dispatch } from '../../electron/main/router';
import type { Envelope } from '../../electron/shared/errors';
import type { HourImportPreview, HourImportResult } from '../../electron/shared/hour-import';
import { english } from '../helpers/english';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

const FONTS_DIR = join(__dirname, '../../resources/fonts');
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
/** The same three clients as CSV and as XLSX. */
const LOG: (string | number)[][] = [
  ['Nguyễn Thị Lan', 'lan@example.org', 'Individual', 1, '2024-09-02', '2025-02-24', 12.5, 0],
  ['李雷', 'li.lei@example.cn', 'Group', 6, '2025-01-14', '2025-03-11', 6, 1.5],
  ['محمد', '+971 4 123 4567', 'Individual', 1, '2025-03-01', '2025-03-01', 0, 1],
];

let temp: TempPractice;
let practices: PracticeManager;
let db: Db;
let dispatch: Dispatch;
let unexpected: unknown[];
let files: string;

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  db = practices.requireDb();
  unexpected = [];
  dispatch = createRouter({
    handlers: createHandlers({ practices, clock: temp.clock, dialogs: temp.dialogs, fontsDir: FONTS_DIR }),
    isTrustedSender: () => true,
    logUnexpected: (_channel, error) => unexpected.push(error),
  });
  files = temp.subDir('files');
});
afterEach(() => temp.cleanup());

async function call<T>(channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await dispatch(channel, input, 'app://coachbook/index.html')) as Envelope<T>;
}
async function must<T>(channel: string, input?: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function writeCsv(name: string, rows: (string | number)[][], delimiter = ','): string {
  const path = join(files, name);
  writeFileSync(
    path,
    `\uFEFF${Papa.unparse(
      rows.map((r) => r.map(String)),
      { delimiter },
    )}`,
  );
  return path;
}
async function writeXlsx(name: string, rows: (string | number | Date | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Client coaching log');
  for (const row of rows) sheet.addRow(row);
  const path = join(files, name);
  await book.xlsx.writeFile(path);
  return path;
}
async function preview(path: string, dateOrder?: 'dmy' | 'mdy'): Promise<HourImportPreview> {
  temp.dialogs.nextFileToOpen = path;
  const value = await must<HourImportPreview | null>('hourImport.preview', dateOrder ? { dateOrder } : {});
  if (!value) throw new Error('cancelled');
  return value;
}
const minutes = () =>
  db
    .prepare(
      'SELECT count(*) AS n, coalesce(sum(paid_minutes), 0) AS paid, coalesce(sum(pro_bono_minutes), 0) AS proBono FROM manual_hours',
    )
    .get() as { n: number; paid: number; proBono: number };

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else
        out[p] =
          `${statSync(p).size}:${readFileSync(p).toString('base64').length}:${readFileSync(p).subarray(-4096).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

describe('importing the ICF client coaching log', () => {
  it('previews a CSV without writing anything, imports it, and a second import adds nothing', async () => {
    const path = writeCsv('log.csv', [ICF_HEADER, ...LOG, ['Total', '', '', '', '', '', 18.5, 2.5]]);
    const before = snapshot(temp.dataDir);
    const first = await preview(path);
    expect(snapshot(temp.dataDir)).toEqual(before);
    expect(temp.dialogs.log.at(-1)).toEqual({
      method: 'chooseFileToOpen',
      options: {
        title: expect.any(String),
        filters: [{ name: expect.any(String), extensions: ['xlsx', 'csv'] }],
      },
    });
    expect(first).toMatchObject({
      fileName: 'log.csv',
      layout: 'icf-log',
      counts: { rows: 3, ready: 3, duplicates: 0, errors: 0 },
      totals: { paidMinutes: 1110, proBonoMinutes: 150 },
    });
    // Notes and row errors travel as message references; the renderer words them (src/i18n messageText).
    expect(first.notes.map(english)).toEqual(['Row 5 is a totals row: it was skipped.']);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.rows.map((r) => [r.line, r.duplicate, r.errors.length])).toEqual([
      [2, false, 0],
      [3, false, 0],
      [4, false, 0],
    ]);

    expect(await must<HourImportResult>('hourImport.commit', { token: first.token })).toEqual({
      created: 3,
      skipped: 0,
    });
    expect(minutes()).toEqual({ n: 3, paid: 1110, proBono: 150 });
    const entries = listManualHours(db);
    expect(entries.map((e) => e.clientName).sort()).toEqual(['Nguyễn Thị Lan', 'محمد', '李雷'].sort());
    expect(entries.find((e) => e.clientName === '李雷')).toMatchObject({
      clientContact: 'li.lei@example.cn',
      mode: 'group',
      groupSize: 6,
      startDate: '2025-01-14',
      endDate: '2025-03-11',
      paidMinutes: 360,
      proBonoMinutes: 90,
    });
    const keys = db.prepare('SELECT import_key FROM manual_hours').pluck().all() as string[];
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);

    // A used preview is gone.
    expect(await call('hourImport.commit', { token: first.token })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const again = await preview(path);
    expect(again.counts).toEqual({ rows: 3, ready: 0, duplicates: 3, errors: 0 });
    expect(again.rows.every((r) => r.duplicate)).toBe(true);
    expect(await must('hourImport.commit', { token: again.token })).toEqual({ created: 0, skipped: 3 });
    expect(minutes().n).toBe(3);
  });

  it('reads the same log saved as XLSX (with real dates) as the same entries', async () => {
    const csv = writeCsv('log.csv', [ICF_HEADER, ...LOG]);
    await must('hourImport.commit', { token: (await preview(csv)).token });
    const asDate = (iso: unknown) => new Date(`${String(iso)}T00:00:00Z`);
    const xlsx = await writeXlsx('log.xlsx', [
      ['Client coaching log — Ana Rivera'],
      [],
      ICF_HEADER,
      ...LOG.map((r) => [...r.slice(0, 4), asDate(r[4]), asDate(r[5]), ...r.slice(6)]),
    ]);
    const fromXlsx = await preview(xlsx);
    expect(fromXlsx.counts).toEqual({ rows: 3, ready: 0, duplicates: 3, errors: 0 });
    expect(fromXlsx.rows.map((r) => r.line)).toEqual([4, 5, 6]);
  });

  it('shows every bad row, and commits nothing while one remains', async () => {
    const path = writeCsv('bad.csv', [
      ICF_HEADER,
      ...LOG,
      ['Zoë Fairweather', 'zoe@example.org', 'Individual', 1, '2025-04-10', '2025-04-01', 2, 0],
    ]);
    const result = await preview(path);
    expect(result.counts).toEqual({ rows: 4, ready: 3, duplicates: 0, errors: 1 });
    expect(result.rows[3]).toMatchObject({ line: 5, fields: null, duplicate: false });
    expect(result.rows[3]?.errors.map((e) => [e.column, english(e.message)])).toEqual([
      ['endDate', 'The end date is before the start date.'],
    ]);
    expect(await call('hourImport.commit', { token: result.token })).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: '1 row has errors. Fix it in the file and choose it again: nothing was imported.',
        field: 'token',
      },
    });
    expect(minutes().n).toBe(0);
  });

  it('writes all rows in one transaction: a failure on the last row leaves nothing behind', async () => {
    db.exec(`CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON manual_hours WHEN NEW.client_name = 'محمد'
             BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const result = await preview(writeCsv('log.csv', [ICF_HEADER, ...LOG]));
    expect(await call('hourImport.commit', { token: result.token })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(unexpected).toHaveLength(1);
    expect(minutes().n).toBe(0);
  });

  it('reads ambiguous dates in the order the coach chooses, and again in the other', async () => {
    const path = writeCsv(
      'ambiguous.csv',
      [ICF_HEADER, ['Ana', '', 'Individual', '', '03/04/2025', '05/06/2025', '1', '0']],
      ';',
    );
    const dmy = await preview(path);
    expect(dmy.dateOrder).toEqual({ used: 'dmy', detected: null, ambiguous: true });
    expect(dmy.rows[0]?.fields).toMatchObject({ startDate: '2025-04-03', endDate: '2025-06-05' });
    const mdy = await must<HourImportPreview>('hourImport.reread', { token: dmy.token, dateOrder: 'mdy' });
    expect(mdy.token).toBe(dmy.token);
    expect(mdy.dateOrder.used).toBe('mdy');
    expect(mdy.rows[0]?.fields).toMatchObject({ startDate: '2025-03-04', endDate: '2025-05-06' });
    expect(await must('hourImport.commit', { token: dmy.token })).toEqual({ created: 1, skipped: 0 });
    expect(listManualHours(db)[0]?.startDate).toBe('2025-03-04');
  });

  it('imports a list of sessions, one entry per session', async () => {
    const path = await writeXlsx('sessions.xlsx', [
      ['Date', 'Client', 'Contact', 'Individual/Group', 'Number in group', 'Minutes', 'Paid or pro bono'],
      [new Date(Date.UTC(2025, 0, 6)), 'Nguyễn Thị Lan', 'lan@example.org', 'Individual', 1, 60, 'Paid'],
      [new Date(Date.UTC(2025, 0, 13)), 'Nguyễn Thị Lan', 'lan@example.org', 'Individual', 1, 45, 'Paid'],
      [new Date(Date.UTC(2025, 0, 14)), '李雷', '', 'Group', 5, 90, 'Pro bono'],
    ]);
    const result = await preview(path);
    expect(result.layout).toBe('per-session');
    expect(await must('hourImport.commit', { token: result.token })).toEqual({ created: 3, skipped: 0 });
    expect(minutes()).toEqual({ n: 3, paid: 105, proBono: 90 });
    expect(listManualHours(db).every((e) => e.startDate === e.endDate)).toBe(true);
  });
});

describe("reading back Coachbook's own exported log", () => {
  it('skips the totals and the notes below them, in CSV and XLSX, in English and Spanish', async () => {
    for (const [name, listed] of [
      ['Listed Lan', true],
      ['Unlisted Li', false],
      ['Listed Mo', true],
    ] as const) {
      insertManualHours(db, temp.clock, {
        clientName: name,
        clientContact: '',
        mode: 'individual',
        groupSize: 1,
        startDate: '2025-02-03',
        endDate: '2025-03-03',
        paidMinutes: 90,
        proBonoMinutes: 30,
        mayBeListed: listed,
      });
    }
    // Full names, unlisted clients left out: a note counts them, under the totals.
    const report = buildHourLogReport(db, { names: 'full', omitUnlisted: true });
    const exported: string[] = [];
    for (const language of ['en', 'es'] as const) {
      const table = hourLogTable(report, language);
      expect(table.notes.length).toBeGreaterThan(0);
      const csvPath = join(files, `own-${language}.csv`);
      writeFileSync(csvPath, hourLogCsv(table));
      const xlsxPath = join(files, `own-${language}.xlsx`);
      writeFileSync(xlsxPath, await hourLogXlsx(report, temp.clock.now(), language));
      exported.push(csvPath, xlsxPath);
    }
    db.exec('DELETE FROM manual_hours');

    for (const path of exported) {
      const read = await preview(path);
      expect(read.counts, path).toEqual({ rows: 2, ready: 2, duplicates: 0, errors: 0 });
      const notes = read.notes.map(english);
      expect(notes[0], path).toBe('Row 4 is a totals row: it was skipped.');
      // The CSV writes its notes under the totals; the workbook on its own sheet, which is not read.
      if (path.endsWith('.csv'))
        expect(notes, path).toContain('Row 5, below the totals, is a note: it was skipped.');
      // The totals include the unlisted client's hours, which the file leaves out: said, not hidden.
      expect(notes.at(-1), path).toMatch(
        /^The totals row \(row 4\) says 4\.5 paid hours, but its rows add up to 3;/,
      );
      await must('hourImport.discard', { token: read.token });
    }
  });
});

describe('files and previews the import refuses', () => {
  it('returns null when the coach cancels the file dialog', async () => {
    temp.dialogs.nextFileToOpen = null;
    expect(await call('hourImport.preview', {})).toEqual({ ok: true, value: null });
  });

  it('refuses a file over 10 MB and a file that is not a log, as validation errors', async () => {
    const big = join(files, 'big.csv');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    temp.dialogs.nextFileToOpen = big;
    expect(await call('hourImport.preview', {})).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('10 MB') },
    });
    const garbage = join(files, 'photo.xlsx');
    writeFileSync(garbage, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]));
    temp.dialogs.nextFileToOpen = garbage;
    expect(await call('hourImport.preview', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    temp.dialogs.nextFileToOpen = join(files, 'missing.csv');
    expect(await call('hourImport.preview', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('forgets a preview after 15 minutes, when discarded, after three newer ones, and on lock', async () => {
    const path = writeCsv('log.csv', [ICF_HEADER, ...LOG]);
    const old = await preview(path);
    temp.clock.advance(15 * 60 * 1000 + 1);
    expect(await call('hourImport.commit', { token: old.token })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const discarded = await preview(path);
    expect(await call('hourImport.discard', { token: discarded.token })).toEqual({ ok: true, value: null });
    expect(await call('hourImport.reread', { token: discarded.token, dateOrder: 'mdy' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const tokens = [];
    for (let i = 0; i < 4; i++) tokens.push((await preview(path)).token);
    expect(await call('hourImport.reread', { token: tokens[0], dateOrder: 'dmy' })).toMatchObject({
      ok: false,
    });
    expect(await call('hourImport.reread', { token: tokens[3], dateOrder: 'dmy' })).toMatchObject({
      ok: true,
    });

    practices.lock();
    practices.unlock({ passphrase: 'a long test passphrase' });
    db = practices.requireDb();
    expect(await call('hourImport.commit', { token: tokens[3] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(minutes().n).toBe(0);
  });

  it('asks for no file while the practice is locked', async () => {
    practices.lock();
    const before = temp.dialogs.log.length;
    expect(await call('hourImport.preview', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(temp.dialogs.log.length).toBe(before);
  });

  it.each([
    ['no input', undefined],
    ['a string', 'token'],
    ['an empty object', {}],
    ['a number token', { token: 42 }],
    ['a short token', { token: 'abc' }],
    ['a token with bad characters', { token: `${'a'.repeat(31)}/` }],
    ['an extra key', { token: 'a'.repeat(32), extra: true }],
    ['an array', ['a'.repeat(32)]],
  ])('hourImport.commit refuses %s as a validation error', async (_what, input) => {
    const result = await call('hourImport.commit', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it.each([
    ['hourImport.preview', { dateOrder: 'ymd' }],
    ['hourImport.preview', undefined],
    ['hourImport.reread', { token: 'a'.repeat(32) }],
    ['hourImport.reread', { token: 'a'.repeat(32), dateOrder: 'dmy', path: '/etc/passwd' }],
    ['hourImport.discard', { token: null }],
  ])('%s refuses %j as a validation error', async (channel, input) => {
    const before = temp.dialogs.log.length;
    expect(await call(channel, input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(temp.dialogs.log.length).toBe(before);
  });
});

describe('property: an imported log adds exactly the hours in the file', () => {
  const names = fc.oneof(
    fc.constantFrom(
      'Nguyễn Thị Lan',
      '李雷',
      'محمد',
      'Zoë Fairweather',
      "Tomás O'Brien, Jr.",
      '=SUM(A1)',
      'Total',
    ),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  );
  const day = fc.integer({ min: 0, max: 3650 });
  const row = fc.record({
    name: names,
    contact: fc.constantFrom('', 'client@example.org', '+44 20 7946 0000'),
    groupSize: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 15 })),
    start: day,
    length: fc.integer({ min: 0, max: 200 }),
    paidQuarters: fc.integer({ min: 0, max: 200 }),
    proBonoQuarters: fc.integer({ min: 0, max: 40 }),
  });
  const log = fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 25 }),
    format: fc.constantFrom('csv-comma', 'csv-semicolon', 'xlsx'),
    dates: fc.constantFrom('iso', 'dmy', 'mdy'),
    hours: fc.constantFrom('decimal', 'h:mm'),
  });

  it('sums to the file totals, and importing it again adds nothing', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(log, async ({ rows, format, dates, hours }) => {
        db.exec('DELETE FROM manual_hours');
        const valid = rows.map((r) => ({
          ...r,
          paidQuarters: r.paidQuarters + r.proBonoQuarters === 0 ? 1 : r.paidQuarters,
        }));
        const iso = (offset: number) =>
          new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const date = (offset: number) => {
          const [y, m, d] = iso(offset).split('-');
          return dates === 'iso' ? `${y}-${m}-${d}` : dates === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
        };
        const decimal = format === 'csv-semicolon' ? ',' : '.';
        const amount = (quarters: number) =>
          hours === 'h:mm'
            ? `${Math.floor(quarters / 4)}:${String((quarters % 4) * 15).padStart(2, '0')}`
            : String(quarters / 4).replace('.', decimal);
        const body = valid.map((r) => [
          r.name,
          r.contact,
          r.groupSize > 1 ? 'Group' : 'Individual',
          String(r.groupSize),
          date(r.start),
          date(r.start + r.length),
          amount(r.paidQuarters),
          amount(r.proBonoQuarters),
        ]);
        const paid = valid.reduce((s, r) => s + r.paidQuarters * 15, 0);
        const proBono = valid.reduce((s, r) => s + r.proBonoQuarters * 15, 0);
        const table = [
          ICF_HEADER,
          ...body,
          ['Total', '', '', '', '', '', amount(paid / 15), amount(proBono / 15)],
        ];
        n++;
        const path =
          format === 'xlsx'
            ? await writeXlsx(`p${n}.xlsx`, table)
            : writeCsv(`p${n}.csv`, table, format === 'csv-semicolon' ? ';' : ',');

        const first = await preview(path, dates === 'mdy' ? 'mdy' : 'dmy');
        expect(first.counts).toEqual({ rows: valid.length, ready: valid.length, duplicates: 0, errors: 0 });
        expect(first.totals).toEqual({ paidMinutes: paid, proBonoMinutes: proBono });
        expect(await must('hourImport.commit', { token: first.token })).toEqual({
          created: valid.length,
          skipped: 0,
        });
        expect(minutes()).toEqual({ n: valid.length, paid, proBono });

        const second = await preview(path, dates === 'mdy' ? 'mdy' : 'dmy');
        expect(second.counts.ready).toBe(0);
        expect(await must('hourImport.commit', { token: second.token })).toEqual({
          created: 0,
          skipped: valid.length,
        });
        expect(minutes()).toEqual({ n: valid.length, paid, proBono });
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
