import type { CeEntry, CredentialProgress, MentorProgress, Requirement } from '../../shared/hours';
import type { ReceivedSession } from '../../shared/sessions';
import type { Db } from '../db/connection';
import { type CeUnits, evaluateMentor, evaluateRenewal, monthsBefore } from '../hours/evaluate';
import { findRule } from '../hours/rules';
import { hoursSettings, listCe, receivedMinutes } from '../hours/service';
import { formatGeneratedDate } from '../pdf/agreement-pdf';
import type { TableColumn } from '../pdf/layout';
import { listReceived } from '../sessions/received';
import {
  factGrid,
  finishReport,
  heading,
  note,
  openReport,
  type ReportFrame,
  table,
  title,
} from './document';
import { hoursPrinted, longDate, printedHoursValue } from './format';
import type { PdfRenderOptions } from './hour-log-pdf';
import { type PracticeInfo, practiceInfo, targetNames } from './hour-log-report';

/**
 * What the coach received: mentor coaching and supervision (with the mentor coaching
 * requirement for a credential application) and continuing coach education (with the
 * renewal requirement). Requirement status comes from the hours evaluator, not recomputed.
 */

export interface MentorCceReport {
  practice: PracticeInfo;
  targets: string[];
  received: ReceivedSession[];
  mentor: { ruleName: string; description: string; progress: MentorProgress } | null;
  ce: CeEntry[];
  renewal: { ruleName: string; renewalDate: string; windowFrom: string; progress: CredentialProgress } | null;
}

export function buildMentorCce(db: Db, today: string): MentorCceReport {
  const settings = hoursSettings(db);
  const targets = settings.targets.map(findRule).filter((r) => r !== undefined);
  const mentorRule =
    targets.find((r) => r.body === 'ICF' && r.mentorCoaching !== undefined) ?? findRule('icf-acc');
  const received = listReceived(db).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const minutes = receivedMinutes(db);
  const mentorProgress = mentorRule ? evaluateMentor(mentorRule, minutes) : null;
  const ce = listCe(db).sort((a, b) => a.date.localeCompare(b.date) || a.course.localeCompare(b.course));
  const renewalRule = findRule('icf-renewal');
  const renewalDate = settings.renewalDate ?? today;
  const units: CeUnits[] = ce.map((e) => ({
    date: e.date,
    unitsTenths: Math.round(e.units * 10),
    category: e.category,
    ethics: e.ethics,
  }));
  const renewalProgress = renewalRule ? evaluateRenewal(renewalRule, units, minutes, renewalDate) : null;
  const m = mentorRule?.mentorCoaching;
  return {
    practice: practiceInfo(db),
    targets: targetNames(db),
    received,
    mentor:
      mentorRule && m && mentorProgress
        ? {
            ruleName: mentorRule.name,
            description: `${m.hours} hours of mentor coaching over at least ${m.minMonths} months, at least ${m.minIndividualHours} hours one-to-one; at most ${m.maxGroupHours} hours in groups of ${m.maxGroupSize} or fewer count.`,
            progress: mentorProgress,
          }
        : null,
    ce,
    renewal:
      renewalRule?.renewal && renewalProgress
        ? {
            ruleName: renewalRule.name,
            renewalDate,
            windowFrom: monthsBefore(renewalDate, renewalRule.renewal.years * 12),
            progress: renewalProgress,
          }
        : null,
  };
}

const RECEIVED_COLUMNS: TableColumn[] = [
  { header: 'Date', weight: 1.05 },
  { header: 'Type', weight: 1.65 },
  { header: 'Mentor / supervisor', weight: 2 },
  { header: 'Credential', weight: 0.95 },
  { header: 'Individual / group', weight: 1.1 },
  { header: 'Group size', weight: 0.7, align: 'right' },
  { header: 'Hours', weight: 0.75, align: 'right' },
];

const CE_COLUMNS: TableColumn[] = [
  { header: 'Date', weight: 1.05 },
  { header: 'Provider', weight: 1.7 },
  { header: 'Course', weight: 2.4 },
  { header: 'Category', weight: 1.85 },
  { header: 'Ethics', weight: 0.8 },
  { header: 'Units', weight: 0.7, align: 'right' },
];

const REQUIREMENT_COLUMNS: TableColumn[] = [
  { header: 'Requirement', weight: 3 },
  { header: 'Required', weight: 1, align: 'right' },
  { header: 'Achieved', weight: 1, align: 'right' },
  { header: 'Status', weight: 1.2 },
];

const CATEGORY = { 'core-competencies': 'Core Competencies', 'resource-development': 'Resource Development' };

function amount(value: number, unit: Requirement['unit']): string {
  if (unit === 'hours') return `${printedHoursValue(value)} h`;
  if (unit === 'units') return value.toFixed(1);
  if (unit === 'months') return `${value} ${value === 1 ? 'month' : 'months'}`;
  return String(value);
}

function requirementRows(requirements: Requirement[]) {
  return requirements.map((r) => ({
    cells: [r.label, amount(r.required, r.unit), amount(r.achieved, r.unit), r.met ? 'Met' : 'Not yet met'],
  }));
}

export async function renderMentorCcePdf(report: MentorCceReport, opts: PdfRenderOptions): Promise<Buffer> {
  const frame: ReportFrame = {
    title: 'Mentor Coaching and CCE Log',
    runningTitle: `Mentor Coaching and CCE Log · ${report.practice.coachName}`,
    practiceName: report.practice.name,
    coachName: report.practice.coachName,
    subject: 'Mentor coaching, supervision and continuing coach education',
    landscape: false,
    fontsDir: opts.fontsDir,
    now: opts.now,
  };
  const c = openReport(frame);
  title(
    c,
    'Mentor Coaching and CCE Log',
    'Mentor coaching, supervision and continuing coach education received',
  );
  factGrid(
    c,
    [
      ['Coach', report.practice.coachName],
      ['Credential', report.targets.length > 0 ? report.targets.join('; ') : 'Not set'],
      ['Renewal date', report.renewal ? longDate(report.renewal.renewalDate) : 'Not set'],
      ['Generated', formatGeneratedDate(opts.now)],
    ],
    2,
  );

  heading(c, 'Mentor coaching and supervision received');
  const mentorMinutes = report.received.filter((r) => r.kind === 'mentor-coaching');
  const sum = (items: ReceivedSession[]) => items.reduce((s, r) => s + r.durationMinutes, 0);
  const individual = sum(mentorMinutes.filter((r) => r.mode === 'individual'));
  const group = sum(mentorMinutes.filter((r) => r.mode === 'group'));
  const supervision = sum(report.received.filter((r) => r.kind === 'supervision'));
  if (report.received.length === 0) {
    note(c, 'No mentor coaching or supervision recorded.');
  } else {
    table(
      c,
      RECEIVED_COLUMNS,
      [
        ...report.received.map((r) => ({
          cells: [
            r.startsAt.slice(0, 10),
            r.kind === 'mentor-coaching' ? 'Mentor coaching' : 'Supervision',
            r.providerName,
            r.providerCredential,
            r.mode === 'group' ? 'Group' : 'Individual',
            r.groupSize === null ? '1' : String(r.groupSize),
            hoursPrinted(r.durationMinutes),
          ],
        })),
        {
          kind: 'total' as const,
          cells: ['Total', '', '', '', '', '', hoursPrinted(sum(report.received))],
        },
      ],
      'Mentor coaching and supervision',
    );
    c.y += 6;
    note(
      c,
      `Mentor coaching: ${hoursPrinted(individual + group)} hours (${hoursPrinted(individual)} one-to-one, ${hoursPrinted(group)} in groups). Supervision: ${hoursPrinted(supervision)} hours.`,
    );
  }

  if (report.mentor) {
    heading(c, `Mentor coaching requirement: ${report.mentor.ruleName}`);
    note(c, report.mentor.description);
    c.y += 4;
    table(
      c,
      REQUIREMENT_COLUMNS,
      requirementRows(report.mentor.progress.requirements),
      'Mentor coaching requirement',
    );
    c.y += 6;
    note(
      c,
      report.mentor.progress.met
        ? 'Status: the mentor coaching requirement is met.'
        : `Status: not yet met. Still needed: ${report.mentor.progress.missing.join(', ')}.`,
    );
  }

  heading(c, 'Continuing Coach Education (CCE)');
  if (report.ce.length === 0) {
    note(c, 'No continuing coach education recorded.');
  } else {
    const tenths = report.ce.reduce((s, e) => s + Math.round(e.units * 10), 0);
    table(
      c,
      CE_COLUMNS,
      [
        ...report.ce.map((e) => ({
          cells: [
            e.date,
            e.provider,
            e.course,
            CATEGORY[e.category],
            e.ethics ? 'Yes' : '',
            e.units.toFixed(1),
          ],
        })),
        { kind: 'total' as const, cells: ['Total', '', '', '', '', (tenths / 10).toFixed(1)] },
      ],
      'Continuing Coach Education',
    );
  }

  if (report.renewal) {
    const r = report.renewal;
    heading(c, `Renewal status: ${r.ruleName}`);
    note(
      c,
      `Counts CCE units after ${longDate(r.windowFrom)} up to the renewal date, ${longDate(r.renewalDate)}. Mentor coaching and supervision in that window count toward Core Competencies, up to the rule's limit; Resource Development units count up to their limit.`,
    );
    c.y += 4;
    table(c, REQUIREMENT_COLUMNS, requirementRows(r.progress.requirements), 'Renewal status');
    c.y += 6;
    note(
      c,
      r.progress.met
        ? 'Status: the renewal requirement is met.'
        : `Status: not yet met. Still needed: ${r.progress.missing.join(', ')}.`,
    );
  }

  return finishReport(c, frame);
}
