import type { CredentialProgress, CredentialRule, MentorProgress } from '../../shared/hours';
import { hours, missingPhrases, monthsBefore, req } from './evaluate';

/** Progress from what the coach received or took: mentor coaching for an application, CCE units for a renewal. */

export interface ReceivedMinutes {
  kind: 'mentor-coaching' | 'supervision';
  mode: 'individual' | 'group';
  groupSize: number | null;
  date: string;
  minutes: number;
}

/** ICF mentor coaching: 10 h over at least 3 months, at least 3 h one-to-one, at most 7 h in groups of 10 or fewer. */
export function evaluateMentor(rule: CredentialRule, received: ReceivedMinutes[]): MentorProgress | null {
  const m = rule.mentorCoaching;
  if (!m) return null;
  const mentor = received.filter((r) => r.kind === 'mentor-coaching');
  const individual = mentor.filter((r) => r.mode === 'individual').reduce((s, r) => s + r.minutes, 0);
  const group = mentor
    .filter((r) => r.mode === 'group' && (r.groupSize ?? 0) <= m.maxGroupSize)
    .reduce((s, r) => s + r.minutes, 0);
  const counted = individual + Math.min(group, m.maxGroupHours * 60);
  const dates = mentor.map((r) => r.date).sort();
  const span = dates.length > 1 ? monthsSpan(dates[0] as string, dates[dates.length - 1] as string) : 0;
  const requirements = [
    req('mentor-total', 'Mentor coaching hours', m.hours, hours(counted), 'hours'),
    req('mentor-individual', 'One-to-one mentor coaching', m.minIndividualHours, hours(individual), 'hours'),
    req('mentor-span', 'Months of mentor coaching', m.minMonths, span, 'months'),
  ];
  return { requirements, met: requirements.every((r) => r.met), missing: missingPhrases(requirements) };
}

/** Whole months from one day to another (3 Jan → 3 Apr is 3). */
export function monthsSpan(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export interface CeUnits {
  date: string;
  unitsTenths: number;
  category: 'core-competencies' | 'resource-development';
  ethics: boolean;
}

/** ICF renewal: CCE units in the years before the renewal date. */
export function evaluateRenewal(
  rule: CredentialRule,
  ce: CeUnits[],
  received: ReceivedMinutes[],
  renewalDate: string,
): CredentialProgress | null {
  const r = rule.renewal;
  if (!r) return null;
  const from = monthsBefore(renewalDate, r.years * 12);
  const inWindow = <T extends { date: string }>(items: T[]) =>
    items.filter((i) => i.date > from && i.date <= renewalDate);
  const entries = inWindow(ce);
  const tenths = (f: (e: CeUnits) => boolean) => entries.filter(f).reduce((s, e) => s + e.unitsTenths, 0);
  const mentorTenths = Math.min(
    Math.round(inWindow(received).reduce((s, e) => s + e.minutes, 0) / 6),
    r.maxMentorOrSupervisionHours * 10,
  );
  const core = tenths((e) => e.category === 'core-competencies') + mentorTenths;
  const ethics = tenths((e) => e.ethics);
  const resource = Math.min(
    tenths((e) => e.category === 'resource-development'),
    r.maxResourceUnits * 10,
  );
  const requirements = [
    req('ce-total', 'CCE units', r.totalUnits, (core + resource) / 10, 'units'),
    req('ce-core', 'Core Competencies units', r.minCoreUnits, core / 10, 'units'),
    req('ce-ethics', 'Ethics units', r.minEthicsUnits, ethics / 10, 'units'),
  ];
  return {
    ruleId: rule.id,
    version: rule.version,
    name: rule.name,
    body: rule.body,
    source: rule.source,
    sourceTranslations: rule.sourceTranslations,
    countedMinutes: 0,
    paidMinutes: 0,
    proBonoMinutes: 0,
    distinctClients: 0,
    requirements,
    exclusions: [],
    missing: missingPhrases(requirements),
    met: requirements.every((q) => q.met),
    prerequisite: null,
  };
}
