import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import type ExcelJSNamespace from 'exceljs';
import { type Db, tunePracticeConnection } from '../../electron/core/db/connection';
import { createRng } from '../../electron/core/demo/prng';
import type { SessionLogReport } from '../../electron/core/reports/session-log';
import type { Payment, SessionFields } from '../../electron/shared/sessions';

/** The work the side-by-side comparisons do, written once so both sides do exactly the same. */

/** `count` sessions spread over the practice's engagements and the last two years (no attendees). */
export function sessionBatch(db: Db, count: number, seed: number): SessionFields[] {
  const engagements = db.prepare('SELECT id, currency FROM engagement ORDER BY rowid').all() as {
    id: string;
    currency: string;
  }[];
  const rng = createRng(seed);
  const start = Date.now() - 730 * 86_400_000;
  const out: SessionFields[] = [];
  for (let i = 0; i < count; i++) {
    const e = engagements[i % engagements.length] as { id: string; currency: string };
    const payment: Payment = rng.weighted<Payment>([
      ['paid', 60],
      ['pro-bono', 10],
      ['third-party', 12],
      ['internal', 8],
      ['barter', 3],
      ['peer-as-coach', 4],
      ['peer-as-client', 3],
    ]);
    out.push({
      engagementId: e.id,
      startsAt: new Date(start + Math.floor((rng.next() * 730 * 86_400_000) / 60_000) * 60_000).toISOString(),
      timeZone: 'Europe/Madrid',
      durationMinutes: rng.pick([45, 50, 60, 60, 60, 90]),
      format: rng.pick(['video', 'in-person', 'phone'] as const),
      attendance: rng.weighted([
        ['held', 86],
        ['late-cancel', 5],
        ['no-show', 5],
        ['scheduled', 4],
      ] as const),
      payment,
      feeMinor: payment === 'paid' ? 12000 : null,
      currency: e.currency,
      attendeeIds: [],
    });
  }
  return out;
}

/**
 * The raw side of "bulk insert": what createSessions does with a batch, written straight against
 * better-sqlite3. One transaction; one prepared INSERT with the same columns and values (a random
 * UUID per row, one creation time per batch) and the attendee rows; the same triggers fire. It
 * skips only what the data layer adds: the engagement and attendee checks with their friendly errors.
 */
export function rawSessionBatchInsert(db: Database.Database): (batch: readonly SessionFields[]) => void {
  const insert = db.prepare(
    `INSERT INTO session (id, engagement_id, starts_at, time_zone, duration_minutes, format, attendance, payment,
       fee_minor, currency, is_draft, ics_uid, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const attendee = db.prepare('INSERT OR IGNORE INTO session_attendee (session_id, client_id) VALUES (?, ?)');
  return db.transaction((batch: readonly SessionFields[]) => {
    const now = new Date().toISOString();
    for (const f of batch) {
      const id = randomUUID();
      insert.run(
        id,
        f.engagementId,
        f.startsAt,
        f.timeZone,
        f.durationMinutes,
        f.format,
        f.attendance,
        f.payment,
        f.feeMinor,
        f.currency,
        0,
        null,
        now,
        now,
      );
      for (const clientId of f.attendeeIds) attendee.run(id, clientId);
    }
  });
}

export interface RawProgress {
  minutes: number;
  paidMinutes: number;
  distinctClients: number;
  entries: number;
  recentMinutes: number;
  months: number;
}

/**
 * The raw side of "credential progress": the figures hoursOverview computes for the ICF targets
 * (counted, paid and pro bono minutes with reciprocal peer coaching capped at the minutes
 * received, distinct clients, recent hours, a monthly series), straight from SQL aggregates.
 */
export function rawProgress(db: Database.Database, recentFrom: string): RawProgress {
  const PAID = `('paid', 'barter', 'internal', 'third-party')`;
  const sums = db
    .prepare(
      `SELECT
         coalesce(sum(CASE WHEN payment IN ${PAID} THEN duration_minutes END), 0) AS paid,
         coalesce(sum(CASE WHEN payment = 'pro-bono' THEN duration_minutes END), 0) AS proBono,
         coalesce(sum(CASE WHEN payment = 'peer-as-coach' THEN duration_minutes END), 0) AS given,
         coalesce(sum(CASE WHEN payment = 'peer-as-client' THEN duration_minutes END), 0) AS received,
         coalesce(sum(CASE WHEN payment <> 'peer-as-client' AND starts_at >= @recentFrom THEN duration_minutes END), 0) AS recent,
         count(CASE WHEN payment <> 'peer-as-client' THEN 1 END) AS entries
       FROM session WHERE attendance = 'held' AND is_draft = 0`,
    )
    .get({ recentFrom }) as {
    paid: number;
    proBono: number;
    given: number;
    received: number;
    recent: number;
    entries: number;
  };
  const clients = db
    .prepare(
      `SELECT count(DISTINCT client_id) FROM (
         SELECT a.client_id FROM session s JOIN session_attendee a ON a.session_id = s.id
         WHERE s.attendance = 'held' AND s.is_draft = 0 AND s.payment <> 'peer-as-client'
         UNION ALL
         SELECT p.client_id FROM session s JOIN engagement_participant p ON p.engagement_id = s.engagement_id
         WHERE s.attendance = 'held' AND s.is_draft = 0 AND s.payment <> 'peer-as-client'
           AND NOT EXISTS (SELECT 1 FROM session_attendee a WHERE a.session_id = s.id))`,
    )
    .pluck()
    .get() as number;
  const manual = db
    .prepare(
      `SELECT coalesce(sum(paid_minutes), 0) AS paid, coalesce(sum(pro_bono_minutes), 0) AS proBono, count(*) AS entries,
         coalesce(sum(group_size - 1), 0) AS extra,
         count(DISTINCT lower(trim(client_name)) || '|' || lower(trim(client_contact))) AS people
       FROM manual_hours`,
    )
    .get() as { paid: number; proBono: number; entries: number; extra: number; people: number };
  const months = db
    .prepare(
      `SELECT count(*) FROM (SELECT substr(starts_at, 1, 7) AS m, sum(duration_minutes) FROM session
       WHERE attendance = 'held' AND is_draft = 0 AND payment <> 'peer-as-client' GROUP BY m)`,
    )
    .pluck()
    .get() as number;
  const peerPaid = Math.min(sums.given, sums.received);
  return {
    minutes: sums.paid + sums.proBono + sums.given + manual.paid + manual.proBono,
    paidMinutes: sums.paid + peerPaid + manual.paid,
    distinctClients: clients + manual.people + manual.extra,
    entries: sums.entries + manual.entries,
    recentMinutes: sums.recent,
    months,
  };
}

export const ICF_HEADERS = [
  'Client name',
  'Contact information',
  'Individual/Group',
  'Number in group',
  'Start date',
  'End date',
  'Paid hours',
  'Pro bono hours',
];

const FIRST = [
  'Lucía',
  'Nguyễn Thị Lan',
  'Chloé',
  'João',
  'Анна',
  'Γιώργος',
  'प्रिया',
  '李欣怡',
  'Siobhán',
  'محمد',
];
const LAST = ['Peña', 'Gonçalves', 'Müller', 'Dvořák', 'Okafor', 'Lindström', 'Smith', 'Haddad'];

/** An ICF-style log of `rows` lines, as a coach would bring it from a spreadsheet. */
export function icfLogRows(rows: number): (string | number)[][] {
  const rng = createRng(rows);
  const out: (string | number)[][] = [ICF_HEADERS];
  const base = Date.UTC(2019, 0, 1);
  for (let i = 0; i < rows; i++) {
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)} ${i + 1}`;
    const group = rng.chance(0.08);
    const start = base + rng.int(0, 2000) * 86_400_000;
    const end = start + rng.int(0, 200) * 86_400_000;
    const paid = rng.chance(0.8) ? rng.int(1, 40) / 2 : 0;
    out.push([
      name,
      `client${i + 1}@example.com`,
      group ? 'Group' : 'Individual',
      group ? rng.int(3, 12) : 1,
      new Date(start).toISOString().slice(0, 10),
      new Date(end).toISOString().slice(0, 10),
      paid,
      paid === 0 ? rng.int(1, 20) / 2 : rng.chance(0.2) ? 1.5 : 0,
    ]);
  }
  return out;
}

export function toCsv(rows: (string | number)[][]): Buffer {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function loadExcelJs(): Promise<typeof ExcelJSNamespace> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSNamespace };
  return mod.default ?? (mod as unknown as typeof ExcelJSNamespace);
}

export async function toXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Client Coaching Log');
  rows.forEach((r, i) => {
    sheet.addRow(i === 0 ? r : r.map((v, c) => (c === 4 || c === 5 ? new Date(`${v}T00:00:00Z`) : v)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The common practice the PDF is compared with: fill an ICF-style client coaching log workbook
 * (header, one line per session, totals with SUM formulas, a print area on A4 landscape) for the
 * same lines the session-log PDF prints, ready for `libreoffice --convert-to pdf`.
 */
export async function icfWorkbookFor(report: SessionLogReport): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Client Coaching Log', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { header: 'Client name', width: 36 },
    { header: 'Contact information', width: 18 },
    { header: 'Individual/Group', width: 14 },
    { header: 'Number in group', width: 10 },
    { header: 'Start date', width: 12 },
    { header: 'End date', width: 12 },
    { header: 'Paid hours', width: 10 },
    { header: 'Pro bono hours', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const l of report.lines) {
    const day = new Date(`${l.date}T00:00:00Z`);
    sheet.addRow([
      l.clients,
      '',
      l.mode === 'group' ? 'Group' : 'Individual',
      l.groupSize,
      day,
      day,
      Math.round((l.paidMinutes / 60) * 100) / 100,
      Math.round((l.proBonoMinutes / 60) * 100) / 100,
    ]);
  }
  const last = report.lines.length + 1;
  sheet.addRow([
    'Total',
    '',
    '',
    '',
    '',
    '',
    { formula: `SUM(G2:G${last})` },
    { formula: `SUM(H2:H${last})` },
  ]);
  sheet.getColumn(5).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(7).numFmt = '0.00';
  sheet.getColumn(8).numFmt = '0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Opens an unencrypted copy with the settings openPracticeDb gives a practice (no key). */
export function openPlain(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  tunePracticeConnection(db);
  return db;
}
