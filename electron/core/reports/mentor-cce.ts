import type { CeEntry, CredentialProgress, MentorProgress, Requirement } from '../../shared/hours';
import type { ReceivedSession } from '../../shared/sessions';
import type { Db } from '../db/connection';
import { monthsBefore } from '../hours/evaluate';
import { type CeUnits, evaluateMentor, evaluateRenewal } from '../hours/mentor-renewal';
import { findRule } from '../hours/rules';
import { hoursSettings, listCe, receivedMinutes } from '../hours/service';
import type { TableColumn } from '../pdf/table';
import { listReceived } from '../sessions/received';
import {
  coachByline,
  factGrid,
  finishReport,
  heading,
  note,
  openReport,
  type ReportFrame,
  table,
  title,
} from './document';
import { type DocumentText, documentText } from './format';
import { type PdfRenderOptions, targetsLabel } from './hour-log-pdf';
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
  mentor: {
    ruleName: string;
    /** English; the PDF words the terms in its own language. */
    description: string;
    terms: {
      hours: number;
      minMonths: number;
      minIndividualHours: number;
      maxGroupHours: number;
      maxGroupSize: number;
    };
    progress: MentorProgress;
  } | null;
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
            terms: {
              hours: m.hours,
              minMonths: m.minMonths,
              minIndividualHours: m.minIndividualHours,
              maxGroupHours: m.maxGroupHours,
              maxGroupSize: m.maxGroupSize,
            },
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

type Layout = Omit<TableColumn, 'header'>;
const RECEIVED_COLUMNS: [keyof Words['received'], Layout][] = [
  ['date', { weight: 1.05 }],
  ['type', { weight: 1.6 }],
  ['provider', { weight: 1.75 }],
  ['credential', { weight: 0.95 }],
  ['mode', { weight: 1.1 }],
  // Wide enough for "Tamaño del grupo" to break between words.
  ['groupSize', { weight: 0.95, align: 'right' }],
  ['hours', { weight: 0.75, align: 'right' }],
];
const CE_COLUMNS: [keyof Words['ce'], Layout][] = [
  ['date', { weight: 1.05 }],
  ['provider', { weight: 1.7 }],
  ['course', { weight: 2.4 }],
  ['category', { weight: 1.85 }],
  ['ethics', { weight: 0.8 }],
  ['units', { weight: 0.7, align: 'right' }],
];
const REQUIREMENT_COLUMNS: [keyof Words['requirement'], Layout][] = [
  ['requirement', { weight: 3 }],
  ['required', { weight: 1, align: 'right' }],
  ['achieved', { weight: 1, align: 'right' }],
  ['status', { weight: 1.2 }],
];
interface Words {
  received: Record<'date' | 'type' | 'provider' | 'credential' | 'mode' | 'groupSize' | 'hours', string>;
  ce: Record<'date' | 'provider' | 'course' | 'category' | 'ethics' | 'units', string>;
  requirement: Record<'requirement' | 'required' | 'achieved' | 'status', string>;
}

function amount(d: DocumentText, value: number, unit: Requirement['unit']): string {
  if (unit === 'hours') return d.t('requirement.hours', { hours: d.hoursValue(value) });
  if (unit === 'units') return d.units(value);
  if (unit === 'months') return d.t('requirement.months', { count: value });
  return d.count(value);
}

function requirementRows(d: DocumentText, requirements: Requirement[]) {
  const met = d.t('requirement.met');
  const notMet = d.t('requirement.notMet');
  return requirements.map((r) => ({
    cells: [
      d.t(`requirement.label.${r.key}`),
      amount(d, r.required, r.unit),
      amount(d, r.achieved, r.unit),
      r.met ? met : notMet,
    ],
  }));
}

/** What is still needed, in the document's language: "2 more hours of mentor coaching, 1 more ethics unit". */
function stillNeeded(d: DocumentText, requirements: Requirement[]): string {
  return requirements
    .filter((r) => !r.met)
    .map((r) =>
      d.t(`requirement.missing.${r.key}`, { count: Math.round((r.required - r.achieved) * 100) / 100 }),
    )
    .join(', ');
}

export async function renderMentorCcePdf(report: MentorCceReport, opts: PdfRenderOptions): Promise<Buffer> {
  const d = documentText(opts.language);
  const { t } = d;
  const coach = report.practice.coachName;
  const frame: ReportFrame = {
    title: t('mentorCce.title'),
    runningTitle: t('mentorCce.running', { coach }),
    practiceName: report.practice.name,
    coachName: coach,
    subject: t('mentorCce.subject'),
    landscape: false,
    fontsDir: opts.fontsDir,
    now: opts.now,
    language: d.language,
  };
  const c = openReport(frame);
  title(
    c,
    t('mentorCce.title'),
    t('mentorCce.subtitle'),
    coachByline(d, coach, report.practice.profile ?? null),
  );
  factGrid(
    c,
    [
      [t('fields.coach'), coach],
      [t('fields.credential'), targetsLabel(report.targets, d)],
      [
        t('mentorCce.renewalDate'),
        report.renewal ? d.longDate(report.renewal.renewalDate) : t('frame.notSet'),
      ],
      [t('fields.generated'), d.generated(opts.now)],
    ],
    2,
  );
  const header = <K extends string>(columns: [K, Layout][], words: (key: K) => string): TableColumn[] =>
    columns.map(([key, layout]) => ({ ...layout, header: words(key) }));

  heading(c, t('mentorCce.receivedHeading'));
  const mentorMinutes = report.received.filter((r) => r.kind === 'mentor-coaching');
  const sum = (items: ReceivedSession[]) => items.reduce((s, r) => s + r.durationMinutes, 0);
  const individual = sum(mentorMinutes.filter((r) => r.mode === 'individual'));
  const group = sum(mentorMinutes.filter((r) => r.mode === 'group'));
  const supervision = sum(report.received.filter((r) => r.kind === 'supervision'));
  if (report.received.length === 0) {
    note(c, t('mentorCce.noneReceived'));
  } else {
    const mode = { individual: t('frame.individual'), group: t('frame.group') };
    const kind = {
      'mentor-coaching': t('mentorCce.kind.mentor-coaching'),
      supervision: t('mentorCce.kind.supervision'),
    };
    table(
      c,
      header(RECEIVED_COLUMNS, (k) => t(`mentorCce.received.${k}`)),
      [
        ...report.received.map((r) => ({
          cells: [
            r.startsAt.slice(0, 10),
            kind[r.kind],
            r.providerName,
            r.providerCredential,
            mode[r.mode],
            r.groupSize === null ? '1' : String(r.groupSize),
            d.hours(r.durationMinutes),
          ],
        })),
        {
          kind: 'total' as const,
          cells: [t('frame.total'), '', '', '', '', '', d.hours(sum(report.received))],
        },
      ],
      t('mentorCce.receivedContinued'),
    );
    c.y += 6;
    note(
      c,
      t('mentorCce.receivedTotals', {
        all: d.hours(individual + group),
        individual: d.hours(individual),
        group: d.hours(group),
        supervision: d.hours(supervision),
      }),
    );
  }

  const requirementColumns = header(REQUIREMENT_COLUMNS, (k) => t(`requirement.columns.${k}`));
  if (report.mentor) {
    const m = report.mentor.terms;
    heading(c, t('mentorCce.mentorHeading', { rule: report.mentor.ruleName }));
    note(
      c,
      t('mentorCce.mentorDescription', {
        hours: d.count(m.hours),
        months: d.count(m.minMonths),
        individual: d.count(m.minIndividualHours),
        group: d.count(m.maxGroupHours),
        size: d.count(m.maxGroupSize),
      }),
    );
    c.y += 4;
    table(
      c,
      requirementColumns,
      requirementRows(d, report.mentor.progress.requirements),
      t('mentorCce.mentorContinued'),
    );
    c.y += 6;
    note(
      c,
      report.mentor.progress.met
        ? t('mentorCce.mentorMet')
        : t('mentorCce.notYet', { missing: stillNeeded(d, report.mentor.progress.requirements) }),
    );
  }

  heading(c, t('mentorCce.ceHeading'));
  if (report.ce.length === 0) {
    note(c, t('mentorCce.noCe'));
  } else {
    const tenths = report.ce.reduce((s, e) => s + Math.round(e.units * 10), 0);
    const category = {
      'core-competencies': t('mentorCce.category.core-competencies'),
      'resource-development': t('mentorCce.category.resource-development'),
    };
    const yes = t('frame.yes');
    table(
      c,
      header(CE_COLUMNS, (k) => t(`mentorCce.ce.${k}`)),
      [
        ...report.ce.map((e) => ({
          cells: [e.date, e.provider, e.course, category[e.category], e.ethics ? yes : '', d.units(e.units)],
        })),
        { kind: 'total' as const, cells: [t('frame.total'), '', '', '', '', d.units(tenths / 10)] },
      ],
      t('mentorCce.ceContinued'),
    );
  }

  if (report.renewal) {
    const r = report.renewal;
    heading(c, t('mentorCce.renewalHeading', { rule: r.ruleName }));
    note(c, t('mentorCce.renewalNote', { from: d.longDate(r.windowFrom), date: d.longDate(r.renewalDate) }));
    c.y += 4;
    table(
      c,
      requirementColumns,
      requirementRows(d, r.progress.requirements),
      t('mentorCce.renewalContinued'),
    );
    c.y += 6;
    note(
      c,
      r.progress.met
        ? t('mentorCce.renewalMet')
        : t('mentorCce.notYet', { missing: stillNeeded(d, r.progress.requirements) }),
    );
  }

  return finishReport(c, frame);
}
