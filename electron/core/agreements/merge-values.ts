import type { Engagement } from '../../shared/engagements';

/** The values a template can use for one engagement, worded to read well in a sentence. */
export interface MergeContext {
  engagement: Engagement;
  coachName: string;
  practiceName: string;
  cancellationNoticeHours: number;
  locale: string;
}

export const MERGE_FIELDS = [
  'client.name',
  'client.party',
  'coach.name',
  'practice.name',
  'sponsor.name',
  'sponsor.clause',
  'engagement.title',
  'engagement.focus',
  'engagement.focusDescription',
  'engagement.startDate',
  'engagement.endDate',
  'engagement.sessions',
  'engagement.sessionLength',
  'engagement.frequency',
  'fees',
  'cancellation.noticeHours',
] as const;

export function mergeValues(ctx: MergeContext): Record<(typeof MERGE_FIELDS)[number], string> {
  const e = ctx.engagement;
  const names = e.participants.map((p) => p.fullName);
  const multi = e.kind === 'group' || e.kind === 'team';
  const date = (iso: string) =>
    new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return {
    'client.name': multi ? listFormat(ctx.locale, names) : (names[0] ?? ''),
    'client.party': multi
      ? `${listFormat(ctx.locale, names)}, members of ${e.title} ("the clients")`
      : `${names[0] ?? ''} ("the client")`,
    'coach.name': ctx.coachName,
    'practice.name': ctx.practiceName,
    'sponsor.name': e.sponsorName,
    'sponsor.clause': e.sponsorName ? `, ${e.sponsorName} ("the sponsor"),` : '',
    'engagement.title': e.title,
    'engagement.focus': {
      'whole-person': 'whole-person',
      'specific-purpose': 'specific-purpose',
      both: 'whole-person and specific-purpose',
    }[e.focus],
    'engagement.focusDescription': e.focusDescription,
    'engagement.startDate': date(e.startDate),
    'engagement.endDate': e.endDate ? date(e.endDate) : 'a date we agree together',
    'engagement.sessions': e.plannedSessions ? String(e.plannedSessions) : 'a number of',
    'engagement.sessionLength': `${e.sessionMinutes} minutes`,
    'engagement.frequency': {
      '': 'at times we agree',
      weekly: 'weekly',
      fortnightly: 'every two weeks',
      monthly: 'monthly',
      'as-needed': 'as needed',
    }[e.frequency],
    fees: feesSentence(ctx),
    'cancellation.noticeHours': String(ctx.cancellationNoticeHours),
  };
}

function feesSentence({ engagement: e, locale }: MergeContext): string {
  const money = (minor: number | null) =>
    minor === null
      ? ''
      : new Intl.NumberFormat(locale, { style: 'currency', currency: e.currency }).format(minor / 100);
  const payer = e.sponsorName ? `${e.sponsorName} (the sponsor)` : 'the client';
  switch (e.feeArrangement) {
    case 'per-session':
      return `The fee is ${money(e.feeMinor)} per session, paid by ${payer}.`;
    case 'package':
      return `The fee for the whole programme is ${money(e.feeMinor)}, paid by ${payer}.`;
    case 'pro-bono':
      return 'This coaching is offered pro bono: there is no fee.';
    case 'barter':
      return 'In place of a fee, we have agreed an exchange of goods or services, recorded separately.';
    case 'internal':
      return 'This coaching is provided internally, as part of the coach’s role in the organisation. There is no fee to the client.';
  }
}

function listFormat(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
