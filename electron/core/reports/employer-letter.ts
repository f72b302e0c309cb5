import type { EmployerLetterInput } from '../../shared/reports';
import type { Db } from '../db/connection';
import { buildHourLog } from '../hours/log';
import { formatGeneratedDate } from '../pdf/agreement-pdf';
import { COLORS } from '../pdf/layout';
import {
  finishReport,
  heading,
  keyFigures,
  openReport,
  type ReportFrame,
  STYLES,
  signatureLines,
} from './document';
import { hoursPrinted, longDate, plural } from './format';
import type { PdfRenderOptions } from './hour-log-pdf';
import { type PracticeInfo, practiceInfo } from './hour-log-report';

/**
 * For internal coaching under an employer's confidentiality policy: instead of a client log,
 * a letter from the organisation confirming the coach's hours, number of clients and period.
 * The hours are the hour log's internal coaching: sessions in engagements of kind 'internal'
 * or with the 'internal' fee arrangement. No client is named.
 */

export interface EmployerLetter {
  practice: PracticeInfo;
  input: EmployerLetterInput;
  paidMinutes: number;
  proBonoMinutes: number;
  clients: number;
  sessions: number;
}

export function buildEmployerLetter(db: Db, input: EmployerLetterInput): EmployerLetter {
  const internal = new Set(
    (
      db
        .prepare("SELECT id FROM engagement WHERE kind = 'internal' OR fee_arrangement = 'internal'")
        .all() as { id: string }[]
    ).map((r) => r.id),
  );
  // No names needed: the letter never identifies a client.
  const entries = buildHourLog(db, { from: input.from, to: input.to }).entries.filter(
    (e) => e.engagementId !== null && internal.has(e.engagementId),
  );
  const clients = new Set(entries.flatMap((e) => e.clientKeys));
  return {
    practice: practiceInfo(db),
    input,
    paidMinutes: entries.reduce((s, e) => s + e.paidMinutes, 0),
    proBonoMinutes: entries.reduce((s, e) => s + e.proBonoMinutes, 0),
    clients: clients.size,
    sessions: entries.length,
  };
}

export async function renderEmployerLetterPdf(
  letter: EmployerLetter,
  opts: PdfRenderOptions,
): Promise<Buffer> {
  const { input, practice } = letter;
  const coach = practice.coachName;
  const frame: ReportFrame = {
    title: `Confirmation of internal coaching hours: ${coach}`,
    runningTitle: 'Confirmation of internal coaching hours',
    noHeaderOnFirstPage: true,
    practiceName: input.organisation,
    coachName: coach,
    subject: `Internal coaching at ${input.organisation}, ${longDate(input.from)} to ${longDate(input.to)}`,
    landscape: false,
    fontsDir: opts.fontsDir,
    now: opts.now,
  };
  const c = openReport(frame);
  const total = letter.paidMinutes + letter.proBonoMinutes;
  const period = `${longDate(input.from)} to ${longDate(input.to)}`;

  // Letterhead: the organisation writes this letter.
  c.paragraph(input.organisation, { size: 17, bold: true, color: COLORS.accent, leading: 22 });
  c.paragraph(`${input.contactName}, ${input.contactRole}  ·  ${input.contactDetails}`, STYLES.small, {
    spaceAfter: 4,
  });
  c.rule(c.y + 2, { color: COLORS.accent, width: 1.2 });
  c.y += 18;
  c.drawLine(formatGeneratedDate(opts.now), c.left, c.baselineIn(c.y, STYLES.body), STYLES.body, {
    align: 'right',
    width: c.contentWidth,
  });
  c.paragraph('To whom it may concern', STYLES.body, { spaceAfter: 10 });
  c.paragraph(`Confirmation of internal coaching hours: ${coach}`, STYLES.heading, { spaceAfter: 8 });

  const role = input.coachRole.trim() !== '' ? `, ${input.coachRole},` : ', an internal coach,';
  const split =
    letter.proBonoMinutes > 0
      ? ` (${hoursPrinted(letter.paidMinutes)} as part of their paid role and ${hoursPrinted(letter.proBonoMinutes)} pro bono)`
      : '';
  const body = [
    `I confirm that ${coach}${role} provided internal coaching to people at ${input.organisation} from ${period}, as part of their role and not to their own direct reports.`,
    `In that period ${coach} provided ${hoursPrinted(total)} hours of coaching${split} to ${plural(letter.clients, 'client')}, in ${plural(letter.sessions, 'session')}.`,
    `Under ${input.organisation}'s confidentiality policy, the names and contact details of the people coached cannot be released. The policy reads:`,
  ];
  for (const text of body) c.paragraph(text, STYLES.body, { spaceAfter: 8 });
  c.paragraph(input.policy, { ...STYLES.body, color: '#3d4756' }, { x: c.left + 18, spaceAfter: 10 });

  keyFigures(c, [
    ['Period', `${input.from} to ${input.to}`, 2],
    ['Coaching hours', hoursPrinted(total)],
    ['Clients', letter.clients.toLocaleString('en-GB')],
    ['Sessions', letter.sessions.toLocaleString('en-GB')],
  ]);

  c.paragraph(
    `To verify these hours, please contact ${input.contactName}, ${input.contactRole}, ${input.organisation}: ${input.contactDetails}.`,
    STYLES.body,
    { spaceAfter: 8 },
  );

  // The closing and signature block stay together.
  c.ensureSpace(14.5 * 2 + 31 + 17 + 58 * 2 + 20);
  c.paragraph('Yours faithfully,', STYLES.body, { spaceAfter: 0 });
  heading(c, `Signed on behalf of ${input.organisation}`, 0);
  signatureLines(c, [
    { label: 'Signature', value: null, weight: 3 },
    { label: 'Date', value: null, weight: 1.5 },
  ]);
  signatureLines(c, [
    { label: 'Name', value: input.contactName, weight: 2.25 },
    { label: 'Role', value: input.contactRole, weight: 2.25 },
  ]);

  return finishReport(c, frame);
}
