import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHourLog } from '../../electron/core/hours/log';
import { createManualHours } from '../../electron/core/hours/service';
import { reportHandlers } from '../../electron/core/reports/handlers';
import { hourLogCsv } from '../../electron/core/reports/hour-log-csv';
import { renderHourLogPdf } from '../../electron/core/reports/hour-log-pdf';
import {
  buildHourLogReport,
  HOUR_LOG_HEADERS,
  hourLogTable,
} from '../../electron/core/reports/hour-log-report';
import type { HourEntry } from '../../electron/shared/hours';
import { manualHoursFields } from '../../electron/shared/hours';
import type { HourLogReportInput } from '../../electron/shared/reports';
import {
  addClient,
  addEngagement,
  addSession,
  COACH,
  day,
  decimals,
  FONTS_DIR,
  openPractice,
  PREVIEW_DIR,
  type Practice,
  previewFirstPage,
  type ReadPdf,
  readPdf,
  seedPractice,
  writeAndRead,
} from '../unit/reports/fixture';

// Needs poppler-utils (pdftotext, pdfinfo, pdftoppm).

const h2 = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The expected log rows, worked out here from the hour log's entries (not from the report code). */
interface Expected {
  names: string[];
  engagementId: string | null;
  start: string;
  end: string;
  paid: number;
  proBono: number;
  listed: boolean;
  mode: 'individual' | 'group';
  people: Set<string>;
}
function expectedRows(entries: HourEntry[], from?: string, to?: string): Expected[] {
  const rows: Expected[] = [];
  for (const e of entries.filter((x) => (!from || x.date >= from) && (!to || x.date <= to))) {
    const same = e.engagementId && rows.find((r) => r.engagementId === e.engagementId);
    if (same) {
      if (e.date < same.start) same.start = e.date;
      if (e.endDate > same.end) same.end = e.endDate;
      same.paid += e.paidMinutes;
      same.proBono += e.proBonoMinutes;
      same.listed &&= e.mayBeListed;
      same.names.push(e.clientLabel);
      for (const k of e.clientKeys) same.people.add(k);
    } else {
      rows.push({
        names: [e.clientLabel],
        engagementId: e.engagementId,
        start: e.date,
        end: e.endDate,
        paid: e.paidMinutes,
        proBono: e.proBonoMinutes,
        listed: e.mayBeListed,
        mode: e.mode,
        people: new Set(e.clientKeys),
      });
    }
  }
  return rows;
}
function sums(entries: HourEntry[]) {
  const paid = entries.reduce((s, e) => s + e.paidMinutes, 0);
  const proBono = entries.reduce((s, e) => s + e.proBonoMinutes, 0);
  return {
    paid,
    proBono,
    total: paid + proBono,
    clients: new Set(entries.flatMap((e) => e.clientKeys)).size,
  };
}

function tableLines(page: string): string[] {
  return page.split('\n');
}
/** The line of the table row that starts with the client's name and has the start date. */
function rowLine(read: ReadPdf, name: string, start: string): string {
  const lines = read.pages
    .flatMap(tableLines)
    .filter((l) => l.includes(start) && l.trimStart().startsWith(name));
  expect(lines, `${name} ${start}`).toHaveLength(1);
  return lines[0] as string;
}
function totalsLine(read: ReadPdf): string {
  const lines = read.pages.flatMap(tableLines).filter((l) => /^\s*Total\s{2,}/.test(l));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

let p: Practice;
let out: string;
let entries: HourEntry[];

async function exportTo(name: string, run: () => unknown): Promise<string> {
  const path = join(out, name);
  p.temp.dialogs.nextSavePath = path;
  await expect(Promise.resolve(run())).resolves.toBe(path);
  return path;
}

beforeAll(() => {
  p = openPractice();
  seedPractice(p);
  out = p.temp.subDir('exports');
  entries = buildHourLog(p.db, { names: true }).entries;
});
afterAll(() => p.temp.cleanup());

describe('the client coaching log PDF', () => {
  let full: ReadPdf;
  beforeAll(async () => {
    const h = reportHandlers(p.ctx).reports;
    full = readPdf(await exportTo('log-full.pdf', () => h.hourLogPdf({ names: 'full', omitUnlisted: true })));
    previewFirstPage(full.path, 'hour-log');
  }, 60_000);

  it('asks where to save, as a PDF, and writes there', () => {
    const ask = p.temp.dialogs.log.filter((c) => c.method === 'chooseSavePath').at(0)?.options as {
      defaultName: string;
      filters: { extensions: string[] }[];
    };
    expect(ask.defaultName).toBe('Client coaching log.pdf');
    expect(ask.filters[0]?.extensions).toEqual(['pdf']);
    expect(readFileSync(full.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is A4 landscape with the metadata a reader expects', () => {
    expect(full.info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)/m);
    expect(full.info).toMatch(/^Title:\s+Client Coaching Log$/m);
    expect(full.info).toMatch(new RegExp(`^Author:\\s+${COACH}$`, 'm'));
    expect(full.info).toMatch(/^Creator:\s+Coachbook$/m);
    expect(full.info).toMatch(/^Producer:\s+Coachbook$/m);
  });

  it('numbers every page "Page N of M" and dates every page', () => {
    const n = full.pageCount;
    expect(full.pages).toHaveLength(n);
    full.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${n}`);
      expect(page).toContain('Generated 14 March 2025');
    });
    expect(full.text).not.toContain(`Page ${n + 1} of`);
  });

  it('shows the title, coach, credentials, period and generation date', () => {
    const first = full.pages[0] as string;
    expect(first).toContain('Client Coaching Log');
    expect(first).toContain(COACH);
    expect(first).toContain('ICF Associate Certified Coach (ACC);');
    expect(first).toMatch(/ICF Professional Certified Coach\s/);
    expect(first).toContain('1 August 2023 to 2 September 2024');
    expect(first).toMatch(/GENERATED[\s\S]*14 March 2025/);
    for (const header of ['Client name', 'Contact information', 'Start date', 'End date', 'Paid hours'])
      expect(first).toContain(header);
  });

  it('prints every listed relationship with the hour log’s dates and hours, in every script', () => {
    const rows = expectedRows(entries).filter((r) => r.listed);
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) {
      // A group shows one member's name: whichever the log names first for its first session.
      const name = row.names[0] as string;
      const line = rowLine(full, name.slice(0, 12), row.start);
      expect(line).toContain(row.end);
      expect(line).toMatch(row.mode === 'group' ? /\sGroup\s/ : /\sIndividual\s/);
      expect(decimals(line).slice(-3)).toEqual([h2(row.paid), h2(row.proBono), h2(row.paid + row.proBono)]);
      if (row.mode === 'group') expect(line).toMatch(new RegExp(`Group\\s+${row.people.size}\\s`));
    }
    for (const name of ['Nguyễn Thị Lan', '李雷', 'محمد', 'Chloé Dubois', 'lan.nguyen@example.vn'])
      expect(full.text).toContain(name);
  });

  it('totals paid, pro bono and all hours and distinct clients over the whole log', () => {
    const s = sums(entries);
    const line = totalsLine(full);
    expect(decimals(line)).toEqual([h2(s.paid), h2(s.proBono), h2(s.total)]);
    expect(line).toContain(`${s.clients} distinct clients`);
    expect(full.pages[0]).toMatch(new RegExp(`DISTINCT CLIENTS[\\s\\S]*\\b${s.clients}\\b`));
    expect(full.text).toContain(
      `Totals: ${h2(s.paid).toFixed(2)} paid hours, ${h2(s.proBono).toFixed(2)} pro bono hours, ${h2(s.total).toFixed(2)} hours in all, with ${s.clients} distinct clients in ${expectedRows(entries).length} client relationships.`,
    );
  });

  it('leaves off clients without listing consent, saying how many and how many hours', () => {
    const left = expectedRows(entries).filter((r) => !r.listed);
    expect(left).toHaveLength(2);
    expect(full.text).not.toContain('Hannah Schmidt');
    expect(full.text).not.toContain('Private Person');
    const paid = left.reduce((s, r) => s + r.paid, 0);
    const proBono = left.reduce((s, r) => s + r.proBono, 0);
    const flat = full.text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `2 client relationships (${h2(paid + proBono).toFixed(2)} hours: ${h2(paid).toFixed(2)} paid, ${h2(proBono).toFixed(2)} pro bono) are not listed because the client has not consented to be listed. Their hours are included in the totals.`,
    );
  });

  it('ends with a signed attestation block', () => {
    const last = full.pages.at(-1) as string;
    expect(last).toContain('Attestation');
    expect(last.replace(/\s+/g, ' ')).toContain('I attest that this log is accurate');
    expect(last).toMatch(/Signature\s+Name\s+Date/);
    expect(last).toContain(COACH);
  });

  it('lists unlisted clients too when asked, without the footnote', async () => {
    const h = reportHandlers(p.ctx).reports;
    const all = readPdf(
      await exportTo('log-all.pdf', () => h.hourLogPdf({ names: 'full', omitUnlisted: false })),
    );
    expect(all.text).toContain('Hannah Schmidt');
    expect(all.text).toContain('Private Person');
    expect(all.text).not.toContain('not consented');
    expect(decimals(totalsLine(all))).toEqual(decimals(totalsLine(full)));
  }, 30_000);

  it('shows codes by first appearance, or initials, and then withholds contact details', async () => {
    const h = reportHandlers(p.ctx).reports;
    const coded = readPdf(
      await exportTo('log-codes.pdf', () => h.hourLogPdf({ names: 'codes', omitUnlisted: false })),
    );
    previewFirstPage(coded.path, 'hour-log-codes');
    for (const name of ['Nguyễn', 'Zoë', 'Olivia', 'HYPERLINK', '@example'])
      expect(coded.text).not.toContain(name);
    // The earliest entry is the manual one of 2023-08-01; Olivia Brown's (2023-09-01) is next.
    expect(rowLine(coded, 'C-001', '2023-08-01')).toBeTruthy();
    expect(rowLine(coded, 'C-002', '2023-09-01')).toBeTruthy();
    expect(coded.text).toContain('Clients are shown by confidential codes');
    expect(rowLine(coded, 'C-002', '2023-09-01')).toMatch(/C-002\s+On request\s+Individual/);

    const initials = readPdf(
      await exportTo('log-initials.pdf', () => h.hourLogPdf({ names: 'initials', omitUnlisted: true })),
    );
    expect(rowLine(initials, 'N. T. L.', '2024-02-05')).toBeTruthy();
    // An Arabic initial is set right to left, so pdftotext puts its full stop first: ".م".
    expect(rowLine(initials, '.م', '2024-09-02')).toBeTruthy();
    expect(initials.text).not.toContain('Nguyễn');
  }, 30_000);

  it('covers only the period asked for', async () => {
    const h = reportHandlers(p.ctx).reports;
    const from = '2024-01-01';
    const to = '2024-06-30';
    const read = readPdf(
      await exportTo('log-h1.pdf', () => h.hourLogPdf({ from, to, names: 'full', omitUnlisted: true })),
    );
    expect(read.pages[0]).toContain('1 January 2024 to 30 June 2024');
    const s = sums(entries.filter((e) => e.date >= from && e.date <= to));
    expect(decimals(totalsLine(read))).toEqual([h2(s.paid), h2(s.proBono), h2(s.total)]);
    expect(read.text).not.toContain('Olivia Brown');
    expect(read.text).not.toContain('Grace Liu');
  }, 30_000);

  it('writes nothing when the coach cancels', async () => {
    const before = readdirSync(out).length;
    p.temp.dialogs.nextSavePath = null;
    const h = reportHandlers(p.ctx).reports;
    await expect(h.hourLogPdf({ names: 'full', omitUnlisted: true })).resolves.toBeNull();
    await expect(h.hourLogCsv({ names: 'full', omitUnlisted: true })).resolves.toBeNull();
    await expect(h.mentorCcePdf(undefined)).resolves.toBeNull();
    expect(readdirSync(out)).toHaveLength(before);
  });
});

describe('a log long enough for several pages', () => {
  let long: Practice;
  let read: ReadPdf;
  let rowPages: number[];
  let headerPages: number[];
  const N = 70;
  const nameOf = (i: number) => `Client ${String(i).padStart(3, '0')} Example`;

  beforeAll(async () => {
    long = openPractice();
    for (let i = 0; i < N; i++) {
      const id = addClient(long, nameOf(i), {
        // Too long for one line of the contact column: each row takes two or three lines.
        email: `person.number.${i}@organisation-name.example.org`,
        phone: `+44-20-7946-${1000 + i}`,
      });
      const e = addEngagement(long, [id]);
      addSession(long, e, {
        startsAt: day(`2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`),
        durationMinutes: 30 + i,
      });
    }
    const report = buildHourLogReport(long.db, { names: 'full', omitUnlisted: true });
    const rendered = await renderHourLogPdf(report, { fontsDir: FONTS_DIR, now: long.temp.clock.now() });
    rowPages = rendered.table.rowPages;
    headerPages = rendered.table.headerPages;
    read = writeAndRead(rendered.pdf, long.temp.subDir('exports'), 'long');
    previewFirstPage(read.path, 'hour-log-long');
  }, 60_000);
  afterAll(() => long.temp.cleanup());

  it('runs to 3+ pages, each numbered, with the header row on every page that has rows', () => {
    expect(read.pageCount).toBeGreaterThanOrEqual(3);
    const withRows = [...new Set(rowPages)];
    expect(headerPages).toEqual(withRows);
    for (const i of withRows) {
      const page = read.pages[i] as string;
      expect(page, `page ${i + 1}`).toMatch(
        /Client name\s+Contact information\s+Individual \/\s+Number in\s+Start date\s+End date\s+Paid hours\s+Pro bono\s+Total hours/,
      );
      expect(page).toContain(`Page ${i + 1} of ${read.pageCount}`);
    }
    for (const i of withRows.slice(1)) expect(read.pages[i]).toContain('Client Coaching Log (continued)');
  });

  it('never splits a row: name, both lines of contact, and hours on one page', () => {
    for (let i = 0; i < N; i++) {
      const holding = read.pages.filter((page) => page.includes(nameOf(i)));
      expect(holding, nameOf(i)).toHaveLength(1);
      const page = holding[0] as string;
      expect(page).toContain(`person.number.${i}@`);
      expect(page).toContain(`+44-20-7946-${1000 + i}`);
      const line = page.split('\n').find((l) => l.includes(nameOf(i))) as string;
      expect(decimals(line).slice(-1)).toEqual([h2(30 + i)]);
    }
  });

  it('totals every row', () => {
    const total = Array.from({ length: N }, (_, i) => 30 + i).reduce((a, b) => a + b, 0);
    expect(decimals(totalsLine(read))).toEqual([h2(total), 0, h2(total)]);
    expect(totalsLine(read)).toContain(`${N} distinct clients`);
  });
});

describe('the CSV and spreadsheet exports', () => {
  const input: HourLogReportInput = { names: 'full', omitUnlisted: true };

  it('CSV: UTF-8 with BOM, the same rows and totals as the log, formula cells neutralised', async () => {
    const h = reportHandlers(p.ctx).reports;
    const path = await exportTo('log.csv', () => h.hourLogCsv(input));
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rest] = parsed.data;
    expect(header).toEqual([...HOUR_LOG_HEADERS]);

    const table = hourLogTable(buildHourLogReport(p.db, input));
    const body = rest.slice(0, table.body.length);
    const asText = (cells: (string | number)[]) =>
      cells.map((c, i) =>
        typeof c === 'number' ? (i >= 6 ? c.toFixed(2) : String(c)) : c.replace(/^([=+\-@])/, "'$1"),
      );
    expect(body).toEqual(table.body.map(asText));
    expect(rest[table.body.length]).toEqual(asText(table.totals));

    // The rows are the hour log's: every listed relationship, its hours to 2 decimals.
    const rows = expectedRows(entries).filter((r) => r.listed);
    expect(body).toHaveLength(rows.length);
    for (const row of rows) {
      const line = body.find(
        (b) => b[4] === row.start && row.names.some((n) => b[0]?.replace(/^'/, '') === n),
      );
      expect(line, row.names[0]).toBeDefined();
      expect(line?.slice(5)).toEqual([
        row.end,
        h2(row.paid).toFixed(2),
        h2(row.proBono).toFixed(2),
        h2(row.paid + row.proBono).toFixed(2),
      ]);
    }
    const s = sums(entries);
    expect(rest[body.length]?.slice(6)).toEqual(
      [h2(s.paid), h2(s.proBono), h2(s.total)].map((n) => n.toFixed(2)),
    );
    expect(rest[body.length]?.[1]).toBe(`${s.clients} distinct clients`);

    // Formula injection: the name and the phone number are quoted with a leading apostrophe.
    const evil = body.find((b) => b[0]?.includes('HYPERLINK'));
    expect(evil?.[0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(evil?.[1]).toBe("'+44 20 7946 0958");
    for (const cells of parsed.data) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
    // Names in every script survive.
    for (const name of ['Nguyễn Thị Lan', '李雷', 'محمد']) expect(text).toContain(name);
    // The note on what was left off follows the totals.
    expect(rest.at(-1)?.[0]).toContain('2 client relationships');
  });

  it('XLSX: the same rows, styled header frozen, hours as 2-decimal numbers, a totals row', async () => {
    const h = reportHandlers(p.ctx).reports;
    const path = await exportTo('log.xlsx', () => h.hourLogXlsx(input));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Client Coaching Log');
    if (!sheet) throw new Error('no log sheet');
    expect(book.creator).toBe('Coachbook');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const values = (r: number) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    expect(values(1)).toEqual([...HOUR_LOG_HEADERS]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });

    const table = hourLogTable(buildHourLogReport(p.db, input));
    const plain = (v: ExcelJS.CellValue | undefined) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? '' : v;
    const width = HOUR_LOG_HEADERS.length;
    const rowValues = (r: number) => Array.from({ length: width }, (_, i) => plain(values(r)[i]));
    table.body.forEach((cells, i) => {
      expect(rowValues(i + 2)).toEqual(cells);
    });
    const totalRow = table.body.length + 2;
    expect(rowValues(totalRow)).toEqual(table.totals);
    expect(sheet.getRow(totalRow).getCell(7).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(totalRow);

    const s = sums(entries);
    expect(rowValues(totalRow).slice(6)).toEqual([h2(s.paid), h2(s.proBono), h2(s.total)]);
    for (const col of [7, 8, 9]) expect(sheet.getRow(2).getCell(col).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    // Text is stored as text, never as a formula.
    const evil = table.body.findIndex((c) => String(c[0]).includes('HYPERLINK'));
    expect(sheet.getRow(evil + 2).getCell(1).type).toBe(ExcelJS.ValueType.String);

    const about = book.getWorksheet('About');
    const aboutText = JSON.stringify(about?.getSheetValues());
    expect(aboutText).toContain(COACH);
    expect(aboutText).toContain('2 client relationships');
  });
});

describe('the session log PDF', () => {
  let read: ReadPdf;
  beforeAll(async () => {
    const h = reportHandlers(p.ctx).reports;
    read = readPdf(
      await exportTo('sessions.pdf', () => h.sessionLogPdf({ names: 'full', omitUnlisted: true })),
    );
    previewFirstPage(read.path, 'session-log');
  }, 60_000);

  it('lists every session and entry with its minutes and hours, and the hour log’s totals', () => {
    const lines = read.pages.flatMap(tableLines);
    for (const e of entries) {
      const match = lines.filter((l) => l.trimStart().startsWith(e.date));
      expect(match.length, e.date).toBeGreaterThanOrEqual(1);
      const want = [h2(e.paidMinutes), h2(e.proBonoMinutes)];
      expect(
        match.some((l) => {
          const d = decimals(l);
          return d[0] === want[0] && d[1] === want[1] && l.includes(` ${e.paidMinutes + e.proBonoMinutes} `);
        }),
        e.date,
      ).toBe(true);
    }
    const s = sums(entries);
    const total = totalsLine(read);
    expect(decimals(total)).toEqual([h2(s.paid), h2(s.proBono), h2(s.total)]);
    expect(total).toContain(`${entries.length} lines, ${s.clients} distinct clients`);
    expect(total).toContain(s.total.toLocaleString('en-GB'));
  });

  it('names every group member, in every script, and hides names without consent', () => {
    for (const name of ['Nguyễn Thị Lan', 'Zoë Brontë', '李雷', 'محمد', 'Ana Pérez'])
      expect(read.text).toContain(name);
    expect(read.text).not.toContain('Hannah Schmidt');
    expect(read.text).toContain('Not listed (no consent)');
  });

  it('is numbered and carries metadata', () => {
    for (const [i, page] of read.pages.entries())
      expect(page).toContain(`Page ${i + 1} of ${read.pageCount}`);
    expect(read.info).toMatch(/^Title:\s+Coaching Session Log$/m);
    expect(read.info).toMatch(new RegExp(`^Author:\\s+${COACH}$`, 'm'));
  });
});

describe('the mentor coaching and CCE log PDF', () => {
  let read: ReadPdf;
  beforeAll(async () => {
    const h = reportHandlers(p.ctx).reports;
    read = readPdf(await exportTo('mentor.pdf', () => h.mentorCcePdf(undefined)));
    previewFirstPage(read.path, 'mentor-cce');
  }, 60_000);

  it('lists what was received with mentor, credential, mode, group size, date and hours', () => {
    const lines = read.pages.flatMap(tableLines);
    const amara = lines.filter((l) => l.includes('Dr. Amara Okafor'));
    expect(amara).toHaveLength(3);
    for (const l of amara) expect(l).toMatch(/MCC\s+Individual\s+1\s+1\.00$/);
    const group = lines.filter((l) => l.includes('Jürgen Weiß'));
    expect(group).toHaveLength(4);
    for (const l of group) expect(l).toMatch(/PCC\s+Group\s+6\s+1\.50$/);
    expect(read.text).toMatch(/2024-09-12\s+Supervision\s+Élodie Martin\s+ESIA/);
    const totals = lines.filter((l) => /^\s*Total\s/.test(l));
    expect(decimals(totals[0] as string)).toEqual([10]);
    expect(read.text).toContain(
      'Mentor coaching: 9.00 hours (3.00 one-to-one, 6.00 in groups). Supervision: 1.00 hours.',
    );
  });

  it('shows the mentor coaching requirement for the first ICF target', () => {
    expect(read.text).toContain('Mentor coaching requirement: ICF Associate Certified Coach (ACC)');
    expect(read.text).toMatch(/Mentor coaching hours\s+10\.00 h\s+9\.00 h\s+Not yet met/);
    expect(read.text).toMatch(/One-to-one mentor coaching\s+3\.00 h\s+3\.00 h\s+Met/);
    expect(read.text).toMatch(/Months of mentor coaching\s+3 months\s+3 months\s+Met/);
  });

  it('lists CCE with its total and the renewal status', () => {
    expect(read.text).toMatch(
      /2024-02-10\s+ICF\s+Code of Ethics in practice\s+Core Competencies\s+Yes\s+3\.5/,
    );
    const lines = read.pages.flatMap(tableLines).filter((l) => /^\s*Total\s/.test(l));
    expect(lines.at(-1)).toMatch(/31\.0$/);
    expect(read.text).toContain('Renewal status: ICF credential renewal (every 3 years)');
    // 12 + 3.5 + 9 core, plus 10 h of mentor coaching/supervision (capped); 6.5 resource development.
    expect(read.text).toMatch(/CCE units\s+40\.0\s+41\.0\s+Met/);
    expect(read.text).toMatch(/Core Competencies units\s+24\.0\s+34\.5\s+Met/);
    expect(read.text).toMatch(/Ethics units\s+3\.0\s+3\.5\s+Met/);
    expect(read.info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
    for (const [i, page] of read.pages.entries())
      expect(page).toContain(`Page ${i + 1} of ${read.pageCount}`);
  });
});

describe('the employer confidentiality letter', () => {
  let read: ReadPdf;
  const letter = {
    organisation: 'Acme Ltd',
    contactName: 'Priya Shah',
    contactRole: 'Head of People Development',
    contactDetails: 'priya.shah@acme.example, +44 20 7946 0000',
    policy:
      'All coaching conversations at Acme are confidential. The names of employees who receive coaching are not disclosed outside the People Development team.',
    from: '2024-01-01',
    to: '2024-12-31',
    coachRole: 'Internal coach, People Development',
  };
  beforeAll(async () => {
    const h = reportHandlers(p.ctx).reports;
    read = readPdf(await exportTo('letter.pdf', () => h.employerLetterPdf(letter)));
    previewFirstPage(read.path, 'employer-letter');
  }, 60_000);

  it('states the internal hours, clients and sessions from the hour log, and the period', () => {
    const internal = entries.filter((e) => e.sponsor === 'Acme Ltd' || e.clientLabel === 'Hiro Tanaka');
    expect(internal).toHaveLength(3);
    const s = sums(internal);
    const flat = read.text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `provided ${h2(s.total).toFixed(2)} hours of coaching to ${s.clients} clients, in ${internal.length} sessions.`,
    );
    expect(flat).toContain('from 1 January 2024 to 31 December 2024');
    expect(flat).toMatch(/PERIOD COACHING HOURS CLIENTS SESSIONS 2024-01-01 to 2024-12-31 2\.67 2 3/);
  });

  it('names the coach and role, the contact with role and details, and quotes the policy', () => {
    const flat = read.text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `I confirm that ${COACH}, Internal coach, People Development, provided internal coaching`,
    );
    expect(flat).toContain('Priya Shah, Head of People Development');
    expect(flat).toContain('priya.shah@acme.example, +44 20 7946 0000');
    expect(flat).toContain(letter.policy);
    for (const name of ['Grace Liu', 'Hiro Tanaka', 'Nguyễn']) expect(read.text).not.toContain(name);
  });

  it('ends with a signature block for the organisation contact', () => {
    const last = read.pages.at(-1) as string;
    expect(last).toContain('Signed on behalf of Acme Ltd');
    expect(last).toMatch(/Signature\s+Date/);
    expect(last).toMatch(/Priya Shah\s+Head of People Development\s*\n\s*Name\s+Role/);
    for (const [i, page] of read.pages.entries())
      expect(page).toContain(`Page ${i + 1} of ${read.pageCount}`);
    expect(read.info).toMatch(/^Author:\s+Sofía Marín$/m);
  });
});

describe('totals, for any sessions', () => {
  let q: Practice;
  let engagements: { id: string; kind: 'solo' | 'group' | 'peer'; members: string[] }[];
  beforeAll(() => {
    q = openPractice();
    const ids = ['Ana Pérez', 'Zoë Brontë', '李雷', 'محمد', 'Nguyễn Thị Lan'].map((n, i) =>
      addClient(q, n, { listed: i % 2 === 0, email: `c${i}@example.org` }),
    );
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    engagements = [
      { id: addEngagement(q, [a]), kind: 'solo', members: [a] },
      {
        id: addEngagement(q, [b], { feeArrangement: 'pro-bono', feeMinor: null }),
        kind: 'solo',
        members: [b],
      },
      { id: addEngagement(q, [c, d, e], { kind: 'team' }), kind: 'group', members: [c, d, e] },
      {
        id: addEngagement(q, [d], { kind: 'peer', feeArrangement: 'barter', feeMinor: null }),
        kind: 'peer',
        members: [d],
      },
    ];
  });
  afterAll(() => q.temp.cleanup());

  const session = fc.record({
    engagement: fc.integer({ min: 0, max: 3 }),
    minutes: fc.integer({ min: 1, max: 300 }),
    payment: fc.constantFrom('paid', 'pro-bono', 'barter', 'internal', 'third-party'),
    peer: fc.constantFrom('peer-as-coach', 'peer-as-client'),
    held: fc.boolean(),
    dayOffset: fc.integer({ min: 0, max: 500 }),
    hour: fc.integer({ min: 0, max: 23 }),
    attendees: fc.subarray([0, 1, 2], { minLength: 1 }),
  });
  const manual = fc.record({
    paid: fc.integer({ min: 0, max: 900 }),
    proBono: fc.integer({ min: 0, max: 900 }),
    size: fc.integer({ min: 1, max: 20 }),
    listed: fc.boolean(),
  });

  it('PDF and CSV totals equal the sums over buildHourLog entries', async () => {
    const dir = q.temp.subDir('exports');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(session, { maxLength: 25 }),
        fc.array(manual, { maxLength: 3 }),
        fc.constantFrom<HourLogReportInput['names']>('full', 'initials', 'codes'),
        fc.boolean(),
        async (sessions, manuals, names, omitUnlisted) => {
          q.db.exec('DELETE FROM session; DELETE FROM manual_hours;');
          for (const s of sessions) {
            const e = engagements[s.engagement] as (typeof engagements)[number];
            const start = new Date(Date.UTC(2024, 0, 1, s.hour) + s.dayOffset * 86_400_000).toISOString();
            addSession(q, e.id, {
              startsAt: start,
              timeZone: 'Asia/Tokyo',
              durationMinutes: s.minutes,
              attendance: s.held ? 'held' : 'no-show',
              payment: e.kind === 'peer' ? s.peer : s.payment,
              attendeeIds: e.kind === 'group' ? s.attendees.map((i) => e.members[i] as string) : [],
            });
          }
          manuals.forEach((m, i) => {
            if (m.paid + m.proBono === 0) return;
            createManualHours(
              q.db,
              q.temp.clock,
              manualHoursFields.parse({
                clientName: `Earlier client ${i}`,
                mode: m.size > 1 ? 'group' : 'individual',
                groupSize: m.size,
                startDate: '2023-05-01',
                endDate: '2023-06-01',
                paidMinutes: m.paid,
                proBonoMinutes: m.proBono,
                mayBeListed: m.listed,
              }),
            );
          });
          const log = buildHourLog(q.db, { names: true }).entries;
          const s = sums(log);
          const want = [h2(s.paid), h2(s.proBono), h2(s.total)];
          const input = { names, omitUnlisted };

          const report = buildHourLogReport(q.db, input);
          const csv = Papa.parse<string[]>(hourLogCsv(hourLogTable(report)).replace(/^\uFEFF/, ''), {
            skipEmptyLines: true,
          }).data;
          const totals = csv.find((r) => r[0] === 'Total');
          expect(totals?.slice(6).map(Number)).toEqual(want);
          expect(totals?.[1]).toBe(`${s.clients} distinct ${s.clients === 1 ? 'client' : 'clients'}`);

          const rendered = await renderHourLogPdf(report, { fontsDir: FONTS_DIR, now: q.temp.clock.now() });
          const read = writeAndRead(rendered.pdf, dir, `prop-${run++}`);
          expect(decimals(totalsLine(read))).toEqual(want);
          // Listed rows plus the ones left off add up to the totals.
          const shown = csv.slice(1).filter((r) => r[0] !== 'Total' && r[2] !== '');
          const omitted = report.omitted;
          expect(shown.length + omitted.relationships).toBe(report.totals.relationships);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('an empty or locked practice', () => {
  it('exports every report from a practice with nothing logged yet', async () => {
    const empty = openPractice();
    try {
      const h = reportHandlers(empty.ctx).reports;
      const dir = empty.temp.subDir('exports');
      const save = async (name: string, run: () => unknown) => {
        empty.temp.dialogs.nextSavePath = join(dir, name);
        await expect(Promise.resolve(run())).resolves.toBe(join(dir, name));
        return join(dir, name);
      };
      const log = readPdf(await save('log.pdf', () => h.hourLogPdf({ names: 'codes', omitUnlisted: true })));
      expect(log.pageCount).toBe(1);
      expect(log.text).toContain('No coaching recorded');
      expect(decimals(totalsLine(log))).toEqual([0, 0, 0]);
      expect(totalsLine(log)).toContain('0 distinct clients');
      const csv = readFileSync(
        await save('log.csv', () => h.hourLogCsv({ names: 'full', omitUnlisted: false })),
        'utf8',
      );
      expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
        [...HOUR_LOG_HEADERS],
        ['Total', '0 distinct clients', '', '', '', '', '0.00', '0.00', '0.00'],
      ]);
      await save('log.xlsx', () => h.hourLogXlsx({ names: 'full', omitUnlisted: false }));
      expect(
        readPdf(await save('s.pdf', () => h.sessionLogPdf({ names: 'full', omitUnlisted: false }))).text,
      ).toMatch(/Total\s+0 lines, 0 distinct clients/);
      const mentor = readPdf(await save('m.pdf', () => h.mentorCcePdf(undefined)));
      expect(mentor.text).toContain('No mentor coaching or supervision recorded.');
      expect(mentor.text).toContain('No continuing coach education recorded.');
      // No targets set: the ICF ACC mentor requirement is shown.
      expect(mentor.text).toContain('Mentor coaching requirement: ICF Associate Certified Coach (ACC)');
      const letter = readPdf(
        await save('l.pdf', () =>
          h.employerLetterPdf({
            organisation: 'محمد & Co',
            contactName: '李雷',
            contactRole: 'HR',
            contactDetails: 'hr@example.org',
            policy: 'Confidential.',
            from: '2024-01-01',
            to: '2024-12-31',
            coachRole: '',
          }),
        ),
      );
      expect(letter.text.replace(/\s+/g, ' ')).toContain(
        'provided 0.00 hours of coaching to 0 clients, in 0 sessions.',
      );
      expect(letter.text).toContain('an internal coach,');
      expect(letter.text).toContain('李雷');
    } finally {
      empty.temp.cleanup();
    }
  }, 60_000);

  it('refuses before asking where to save when the practice is locked', () => {
    const locked = openPractice();
    try {
      locked.practices.lock();
      const asked = locked.temp.dialogs.log.length;
      const h = reportHandlers(locked.ctx).reports;
      expect(() => h.hourLogPdf({ names: 'full', omitUnlisted: true })).toThrow();
      expect(() => h.mentorCcePdf(undefined)).toThrow();
      expect(locked.temp.dialogs.log).toHaveLength(asked);
    } finally {
      locked.temp.cleanup();
    }
  });
});

describe('previews', () => {
  it('rendered the first page of each PDF to PNG for review', () => {
    for (const name of [
      'hour-log',
      'hour-log-codes',
      'hour-log-long',
      'session-log',
      'mentor-cce',
      'employer-letter',
    ]) {
      const file = join(PREVIEW_DIR, `${name}.png`);
      expect(existsSync(file), file).toBe(true);
    }
  });
});
