import type { Engagement, EngagementKind } from '../../../electron/shared/engagements';
import { formatDay } from '../clients/format';
import { formatMoney } from './money';

export const kindLabels: Record<EngagementKind, string> = {
  individual: 'Individual',
  group: 'Group',
  team: 'Team',
  peer: 'Reciprocal peer',
  internal: 'Internal',
  sponsored: 'Third-party sponsored',
};

export const kindHints: Record<EngagementKind, string> = {
  individual: 'One client, one coach.',
  group: 'Several clients coached together.',
  team: 'An intact team, coached as a team.',
  peer: 'You and a peer coach each other.',
  internal: 'Coaching inside your own organisation.',
  sponsored: 'An employer or partner pays for it.',
};

export const focusLabels: Record<Engagement['focus'], string> = {
  'whole-person': 'Whole person',
  'specific-purpose': 'Specific purpose',
  both: 'Broad, then narrowing',
};

export const focusHints: Record<Engagement['focus'], string> = {
  'whole-person': 'All areas of life, personal and professional.',
  'specific-purpose': 'One chosen area, such as a career change.',
  both: 'Starts broad and narrows to a chosen focus.',
};

export const sponsorKindLabels: Record<Engagement['sponsorKind'], string> = {
  '': 'No sponsor',
  employer: 'Employer',
  'community-partner': 'Community partner',
  grant: 'Grant',
  person: 'A person',
  other: 'Other',
};

export const feeLabels: Record<Engagement['feeArrangement'], string> = {
  'per-session': 'Per session',
  package: 'Package',
  'pro-bono': 'Pro bono',
  barter: 'Barter',
  internal: 'Internal (part of my job)',
};

export const frequencyLabels: Record<Engagement['frequency'], string> = {
  '': 'Not set',
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  'as-needed': 'As needed',
};

export const engagementStatusLabels: Record<Engagement['status'], string> = {
  planned: 'Planned',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function describeFee(e: Pick<Engagement, 'feeArrangement' | 'feeMinor' | 'currency'>): string {
  if (e.feeArrangement === 'pro-bono') return 'Pro bono';
  if (e.feeArrangement === 'internal') return 'Internal, part of the job';
  if (e.feeMinor === null) return feeLabels[e.feeArrangement];
  const amount = formatMoney(e.feeMinor, e.currency);
  if (e.feeArrangement === 'per-session') return `${amount} per session`;
  if (e.feeArrangement === 'package') return `${amount} package`;
  return `Barter, valued at ${amount}`;
}

export function describeDates(e: Pick<Engagement, 'startDate' | 'endDate'>): string {
  return e.endDate
    ? `${formatDay(e.startDate)} – ${formatDay(e.endDate)}`
    : `From ${formatDay(e.startDate)}, ongoing`;
}

export function describeRhythm(
  e: Pick<Engagement, 'plannedSessions' | 'frequency' | 'sessionMinutes'>,
): string {
  const parts: string[] = [];
  if (e.plannedSessions)
    parts.push(`${e.plannedSessions} session${e.plannedSessions === 1 ? '' : 's'} planned`);
  if (e.frequency) parts.push(frequencyLabels[e.frequency].toLowerCase());
  parts.push(`${e.sessionMinutes} min each`);
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
