import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient } from '../../../electron/core/clients/clients';
import type { Db } from '../../../electron/core/db/connection';
import { createEngagement } from '../../../electron/core/engagements/engagements';
import { createCe, createManualHours, saveHoursSettings } from '../../../electron/core/hours/service';
import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import type { ServiceContext } from '../../../electron/core/services';
import { createReceived } from '../../../electron/core/sessions/received';
import { createSession } from '../../../electron/core/sessions/sessions';
import { clientFields } from '../../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../../electron/shared/engagements';
import { ceFields, manualHoursFields } from '../../../electron/shared/hours';
import { receivedFields, type SessionFieldsInput, sessionFields } from '../../../electron/shared/sessions';
import { type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';

/**
 * A realistic practice for the report tests: clients in several scripts, individual, group,
 * pro bono, peer and internal coaching, manual entries, a client who has not consented to be
 * listed, mentor coaching and CCE. Needs poppler-utils for the PDF read-back helpers.
 */

export const FONTS_DIR = resolve(__dirname, '../../../resources/fonts');
/** Page images to look at after a run. */
export const PREVIEW_DIR = '/tmp/coachbook-reports';
export const COACH = 'Sofía Marín';
export const PRACTICE = 'Marín Coaching & 学习';

export interface Practice {
  temp: TempPractice;
  practices: PracticeManager;
  db: Db;
  ctx: ServiceContext;
}

export function openPractice(): Practice {
  const temp = tempPractice();
  const practices = temp.newManager();
  practices.create({ name: PRACTICE, coachName: COACH, passphrase: 'a long test passphrase' });
  const ctx: ServiceContext = { practices, clock: temp.clock, dialogs: temp.dialogs, fontsDir: FONTS_DIR };
  return { temp, practices, db: practices.requireDb(), ctx };
}

export function addClient(
  p: Practice,
  fullName: string,
  opts: { listed?: boolean; email?: string; phone?: string } = {},
): string {
  const listed = opts.listed ?? true;
  return createClient(
    p.db,
    p.temp.clock,
    clientFields.parse({
      fullName,
      email: opts.email ?? '',
      phone: opts.phone ?? '',
      mayBeListed: listed,
      listingConsentDate: listed ? '2024-01-05' : null,
    }),
  ).id;
}

export function addEngagement(p: Practice, ids: string[], over: Partial<EngagementFieldsInput> = {}): string {
  return createEngagement(
    p.db,
    p.temp.clock,
    engagementFields.parse({
      title: 'Engagement',
      kind: ids.length > 1 ? 'group' : 'individual',
      participantIds: ids,
      focus: 'both',
      feeArrangement: 'per-session',
      feeMinor: 12000,
      currency: 'EUR',
      startDate: '2024-01-01',
      ...over,
    }),
  ).id;
}

export function addSession(p: Practice, engagementId: string, over: Partial<SessionFieldsInput> = {}): void {
  createSession(
    p.db,
    p.temp.clock,
    sessionFields.parse({
      engagementId,
      startsAt: '2024-03-04T10:00:00Z',
      timeZone: 'Europe/Madrid',
      durationMinutes: 60,
      format: 'video',
      attendance: 'held',
      payment: 'paid',
      currency: 'EUR',
      ...over,
    }),
  );
}

export const day = (iso: string, hour = 10) => `${iso}T${String(hour).padStart(2, '0')}:00:00Z`;

/** The realistic practice. */
export function seedPractice(p: Practice): void {
  const lan = addClient(p, 'Nguyễn Thị Lan', { email: 'lan.nguyen@example.vn', phone: '+84 24 3825 1234' });
  const zoe = addClient(p, 'Zoë Brontë', { email: 'zoe@example.co.uk' });
  const li = addClient(p, '李雷', { email: 'li.lei@example.cn' });
  const mo = addClient(p, 'محمد', { email: 'mohammed@example.ae' });
  const ana = addClient(p, 'Ana Pérez', { email: 'ana@example.es' });
  const chloe = addClient(p, 'Chloé Dubois', { email: 'chloe@example.fr' });
  const dmitri = addClient(p, 'Dmitri Volkov', { email: 'dmitri@example.org' });
  const hannah = addClient(p, 'Hannah Schmidt', { listed: false, email: 'hannah@example.de' });
  const grace = addClient(p, 'Grace Liu', { email: 'grace.liu@acme.example' });
  const hiro = addClient(p, 'Hiro Tanaka', { email: 'hiro.tanaka@acme.example' });

  // Individual, paid.
  const lanE = addEngagement(p, [lan], { title: 'Leadership' });
  for (const [d, m] of [
    ['2024-02-05', 60],
    ['2024-02-19', 60],
    ['2024-03-04', 45],
    ['2024-03-18', 60],
    ['2024-04-08', 50],
  ] as const)
    addSession(p, lanE, { startsAt: day(d), durationMinutes: m });
  // A session that did not happen and one in the future: never counted.
  addSession(p, lanE, { startsAt: day('2024-04-22'), attendance: 'no-show' });
  addSession(p, lanE, { startsAt: day('2026-01-10'), attendance: 'scheduled' });

  // Group, paid package; one session with only some of the group.
  const group = addEngagement(p, [zoe, li, mo, ana], {
    title: 'New managers circle',
    kind: 'group',
    feeArrangement: 'package',
    feeMinor: 240000,
  });
  addSession(p, group, { startsAt: day('2024-05-06'), durationMinutes: 90 });
  addSession(p, group, { startsAt: day('2024-05-20'), durationMinutes: 90, attendeeIds: [zoe, li, mo] });
  addSession(p, group, { startsAt: day('2024-06-03'), durationMinutes: 75 });

  // Two of the group also have one-to-one coaching: paid by a third party, and by barter.
  const liE = addEngagement(p, [li], {
    title: 'Executive',
    kind: 'sponsored',
    sponsorName: 'Hanoi Trading Co.',
  });
  addSession(p, liE, {
    startsAt: day('2024-07-08', 2),
    timeZone: 'Asia/Shanghai',
    payment: 'third-party',
    durationMinutes: 50,
  });
  addSession(p, liE, {
    startsAt: day('2024-07-22', 2),
    timeZone: 'Asia/Shanghai',
    payment: 'third-party',
    durationMinutes: 50,
  });
  const moE = addEngagement(p, [mo], { title: 'Founder', feeArrangement: 'barter', feeMinor: null });
  addSession(p, moE, {
    startsAt: day('2024-09-02'),
    timeZone: 'Asia/Dubai',
    payment: 'barter',
    durationMinutes: 60,
  });

  // Pro bono individual.
  const chloeE = addEngagement(p, [chloe], {
    title: 'Career change',
    feeArrangement: 'pro-bono',
    feeMinor: null,
  });
  addSession(p, chloeE, { startsAt: day('2024-03-11'), payment: 'pro-bono' });
  addSession(p, chloeE, { startsAt: day('2024-04-15'), payment: 'pro-bono', durationMinutes: 40 });

  // Reciprocal peer coaching: 60 min received, 90 given → 60 paid, 30 pro bono.
  const peer = addEngagement(p, [dmitri], {
    title: 'Peer practice',
    kind: 'peer',
    feeArrangement: 'barter',
    feeMinor: null,
  });
  addSession(p, peer, { startsAt: day('2024-02-01'), payment: 'peer-as-client', durationMinutes: 60 });
  addSession(p, peer, { startsAt: day('2024-02-08'), payment: 'peer-as-coach', durationMinutes: 45 });
  addSession(p, peer, { startsAt: day('2024-02-15'), payment: 'peer-as-coach', durationMinutes: 45 });

  // A client who has not consented to be listed.
  const hannahE = addEngagement(p, [hannah], { title: 'Resilience' });
  addSession(p, hannahE, { startsAt: day('2024-06-10') });
  addSession(p, hannahE, { startsAt: day('2024-06-24'), durationMinutes: 30 });

  // Internal coaching at the coach's employer.
  const graceE = addEngagement(p, [grace], {
    title: 'Internal: Grace',
    kind: 'internal',
    feeArrangement: 'internal',
    feeMinor: null,
    sponsorName: 'Acme Ltd',
    sponsorKind: 'employer',
  });
  addSession(p, graceE, { startsAt: day('2024-07-01'), payment: 'internal' });
  addSession(p, graceE, { startsAt: day('2024-07-15'), payment: 'internal', durationMinutes: 45 });
  const hiroE = addEngagement(p, [hiro], {
    title: 'Internal: Hiro',
    feeArrangement: 'internal',
    feeMinor: null,
  });
  addSession(p, hiroE, { startsAt: day('2024-08-05'), payment: 'internal', durationMinutes: 55 });

  // Manual entries from before Coachbook.
  const manual = (fields: Record<string, unknown>) =>
    createManualHours(p.db, p.temp.clock, manualHoursFields.parse(fields));
  manual({
    clientName: 'Olivia Brown',
    clientContact: 'olivia@example.com',
    mode: 'individual',
    startDate: '2023-09-01',
    endDate: '2023-12-15',
    paidMinutes: 600,
    proBonoMinutes: 0,
  });
  manual({
    clientName: 'Team lead, Riverside Clinic',
    clientContact: 'riverside@example.org',
    mode: 'group',
    groupSize: 6,
    startDate: '2023-10-01',
    endDate: '2023-11-30',
    paidMinutes: 0,
    proBonoMinutes: 240,
  });
  manual({
    clientName: 'Private Person',
    mode: 'individual',
    startDate: '2023-11-01',
    endDate: '2023-12-20',
    paidMinutes: 90,
    proBonoMinutes: 30,
    mayBeListed: false,
  });
  // A name and contact a spreadsheet would run as formulas.
  manual({
    clientName: '=HYPERLINK("http://evil.example","x")',
    clientContact: '+44 20 7946 0958',
    mode: 'individual',
    startDate: '2023-08-01',
    endDate: '2023-08-31',
    paidMinutes: 60,
    proBonoMinutes: 0,
  });

  saveHoursSettings(p.db, {
    targets: ['icf-acc', 'icf-pcc', 'icf-renewal'],
    trainingStartDate: '2023-06-01',
    applicationDate: null,
    renewalDate: '2025-06-30',
  });

  const received = (fields: Record<string, unknown>) =>
    createReceived(p.db, p.temp.clock, receivedFields.parse(fields));
  received({
    kind: 'mentor-coaching',
    providerName: 'Dr. Amara Okafor',
    providerCredential: 'MCC',
    mode: 'individual',
    startsAt: day('2024-01-10'),
    durationMinutes: 60,
  });
  received({
    kind: 'mentor-coaching',
    providerName: 'Dr. Amara Okafor',
    providerCredential: 'MCC',
    mode: 'individual',
    startsAt: day('2024-02-14'),
    durationMinutes: 60,
  });
  received({
    kind: 'mentor-coaching',
    providerName: 'Dr. Amara Okafor',
    providerCredential: 'MCC',
    mode: 'individual',
    startsAt: day('2024-04-20'),
    durationMinutes: 60,
  });
  for (const d of ['2024-01-24', '2024-02-21', '2024-03-20', '2024-04-17'])
    received({
      kind: 'mentor-coaching',
      providerName: 'Jürgen Weiß',
      providerCredential: 'PCC',
      mode: 'group',
      groupSize: 6,
      startsAt: day(d),
      durationMinutes: 90,
    });
  received({
    kind: 'supervision',
    providerName: 'Élodie Martin',
    providerCredential: 'ESIA',
    mode: 'individual',
    startsAt: day('2024-09-12'),
    durationMinutes: 60,
  });

  const ce = (fields: Record<string, unknown>) => createCe(p.db, p.temp.clock, ceFields.parse(fields));
  ce({
    provider: 'ICF',
    course: 'Core Competencies refresher',
    date: '2023-10-02',
    units: 12,
    category: 'core-competencies',
  });
  ce({
    provider: 'ICF',
    course: 'Code of Ethics in practice',
    date: '2024-02-10',
    units: 3.5,
    category: 'core-competencies',
    ethics: true,
  });
  ce({
    provider: 'Coaching Academy',
    course: 'Team coaching foundations',
    date: '2024-05-18',
    units: 9,
    category: 'core-competencies',
  });
  ce({
    provider: 'Business School',
    course: 'Finance for non-financial managers',
    date: '2024-06-22',
    units: 6.5,
    category: 'resource-development',
  });
}

// ---------------------------------------------------------------------------------------------
// Reading PDFs back

export interface ReadPdf {
  path: string;
  text: string;
  pages: string[];
  pageCount: number;
  info: string;
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

export function readPdf(path: string): ReadPdf {
  const info = run('pdfinfo', [path]);
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // pdftotext wraps right-to-left text in directional marks; strip them so strings compare plainly.
  const text = run('pdftotext', ['-layout', path, '-']).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  const pages = text.split('\f').slice(0, pageCount);
  return { path, text, pages, pageCount, info };
}

export function writeAndRead(bytes: Buffer, dir: string, name: string): ReadPdf {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return readPdf(path);
}

/** Renders the first page to /tmp/coachbook-reports/<name>.png for a person to look at. */
export function previewFirstPage(pdfPath: string, name: string): string {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const out = join(PREVIEW_DIR, name);
  run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, out]);
  return `${out}.png`;
}

/** Every "1,234.50"-style number on a line, as numbers. */
export function decimals(line: string): number[] {
  return [...line.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
}
