import type { EmployerLetterInput } from '../../shared/reports';
import type { Db } from '../db/connection';
import { buildHourLog } from '../hours/log';
import { COLORS } from '../pdf/layout';
import {
  coachByline,
  finishReport,
  heading,
  keyFigures,
  openReport,
  type ReportFrame,
  STYLES,
  signatureLines,
} from './document';
import { documentText } from './format';
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
  const d = documentText(opts.language);
  const { t } = d;
  const { input, practice } = letter;
  const coach = practice.coachName;
  const organisation = input.organisation;
  const start = d.longDate(input.from);
  const end = d.longDate(input.to);
  const frame: ReportFrame = {
    title: t('employerLetter.title', { coach }),
    runningTitle: t('employerLetter.running'),
    noHeaderOnFirstPage: true,
    practiceName: organisation,
    coachName: coach,
    subject: t('employerLetter.subject', { organisation, period: t('period.range', { start, end }) }),
    landscape: false,
    fontsDir: opts.fontsDir,
    now: opts.now,
    language: d.language,
  };
  const c = openReport(frame);
  const total = letter.paidMinutes + letter.proBonoMinutes;

  // Letterhead: the organisation writes this letter.
  c.paragraph(organisation, { size: 17, bold: true, color: COLORS.accent, leading: 22 });
  c.paragraph(`${input.contactName}, ${input.contactRole}  ·  ${input.contactDetails}`, STYLES.small, {
    spaceAfter: 4,
  });
  c.rule(c.y + 2, { color: COLORS.accent, width: 1.2 });
  c.y += 18;
  c.drawLine(d.generated(opts.now), c.left, c.baselineIn(c.y, STYLES.body), STYLES.body, {
    align: 'right',
    width: c.contentWidth,
  });
  c.paragraph(t('employerLetter.toWhom'), STYLES.body, { spaceAfter: 10 });
  c.paragraph(t('employerLetter.title', { coach }), STYLES.heading, { spaceAfter: 2 });
  c.paragraph(
    t('employerLetter.coachLine', { byline: coachByline(d, coach, practice.profile ?? null) }),
    { ...STYLES.body, color: COLORS.muted },
    { spaceAfter: 8 },
  );

  const role = input.coachRole.trim();
  const counts = {
    clients: t('employerLetter.clients', { count: letter.clients }),
    sessions: t('employerLetter.sessions', { count: letter.sessions }),
  };
  const body = [
    role !== ''
      ? t('employerLetter.confirmWithRole', { coach, role, organisation, start, end })
      : t('employerLetter.confirmNoRole', { coach, organisation, start, end }),
    letter.proBonoMinutes > 0
      ? t('employerLetter.hoursSplit', {
          coach,
          hours: d.hours(total),
          paid: d.hours(letter.paidMinutes),
          proBono: d.hours(letter.proBonoMinutes),
          ...counts,
        })
      : t('employerLetter.hours', { coach, hours: d.hours(total), ...counts }),
    t('employerLetter.policyIntro', { organisation }),
  ];
  for (const text of body) c.paragraph(text, STYLES.body, { spaceAfter: 8 });
  c.paragraph(input.policy, { ...STYLES.body, color: '#3d4756' }, { x: c.left + 18, spaceAfter: 10 });

  keyFigures(c, [
    [
      t('employerLetter.figures.period'),
      t('employerLetter.periodValue', { from: input.from, to: input.to }),
      2,
    ],
    [t('employerLetter.figures.hours'), d.hours(total)],
    [t('employerLetter.figures.clients'), d.count(letter.clients)],
    [t('employerLetter.figures.sessions'), d.count(letter.sessions)],
  ]);

  c.paragraph(
    t('employerLetter.verify', {
      name: input.contactName,
      role: input.contactRole,
      organisation,
      details: input.contactDetails,
    }),
    STYLES.body,
    { spaceAfter: 8 },
  );

  // The closing and signature block stay together.
  c.ensureSpace(14.5 * 2 + 31 + 17 + 58 * 2 + 20);
  c.paragraph(t('employerLetter.closing'), STYLES.body, { spaceAfter: 0 });
  heading(c, t('employerLetter.signedOnBehalf', { organisation }), 0);
  signatureLines(c, [
    { label: t('fields.signature'), value: null, weight: 3 },
    { label: t('fields.date'), value: null, weight: 1.5 },
  ]);
  signatureLines(c, [
    { label: t('fields.name'), value: input.contactName, weight: 2.25 },
    { label: t('fields.role'), value: input.contactRole, weight: 2.25 },
  ]);

  return finishReport(c, frame);
}
