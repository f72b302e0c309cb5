import type { Engagement } from '../../shared/engagements';
import type { Language } from '../../shared/preferences';
import { type PdfText, pdfText } from '../i18n';

/** The values a template can use for one engagement, worded to read well in a sentence. */
export interface MergeContext {
  engagement: Engagement;
  coachName: string;
  practiceName: string;
  cancellationNoticeHours: number;
  /** Dates, money and lists follow this locale; the words follow its language (Spanish for es-*, else English). */
  locale: string;
}

/** The language of the words merged into an agreement (the keys under pdf:agreement.merge). */
function wordsFor(locale: string): PdfText {
  const language: Language = locale.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
  return pdfText(language);
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
  const t = wordsFor(ctx.locale);
  const names = e.participants.map((p) => p.fullName);
  const multi = e.kind === 'group' || e.kind === 'team';
  const date = (iso: string) =>
    new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return {
    'client.name': multi ? listFormat(ctx.locale, names) : (names[0] ?? ''),
    'client.party': multi
      ? t('agreement.merge.clientsParty', { names: listFormat(ctx.locale, names), group: e.title })
      : t('agreement.merge.clientParty', { name: names[0] ?? '' }),
    'coach.name': ctx.coachName,
    'practice.name': ctx.practiceName,
    'sponsor.name': e.sponsorName,
    'sponsor.clause': e.sponsorName ? t('agreement.merge.sponsorClause', { sponsor: e.sponsorName }) : '',
    'engagement.title': e.title,
    'engagement.focus': t(`agreement.merge.focus.${e.focus}`),
    'engagement.focusDescription': e.focusDescription,
    'engagement.startDate': date(e.startDate),
    'engagement.endDate': e.endDate ? date(e.endDate) : t('agreement.merge.endDateOpen'),
    'engagement.sessions': e.plannedSessions ? String(e.plannedSessions) : t('agreement.merge.sessionsOpen'),
    'engagement.sessionLength': t('agreement.merge.sessionLength', { minutes: e.sessionMinutes }),
    'engagement.frequency': t(`agreement.merge.frequency.${e.frequency || 'unset'}`),
    fees: feesSentence(ctx, t),
    'cancellation.noticeHours': String(ctx.cancellationNoticeHours),
  };
}

function feesSentence({ engagement: e, locale }: MergeContext, t: PdfText): string {
  const amount =
    e.feeMinor === null
      ? ''
      : new Intl.NumberFormat(locale, { style: 'currency', currency: e.currency }).format(e.feeMinor / 100);
  const payer = e.sponsorName
    ? t('agreement.merge.payer.sponsor', { sponsor: e.sponsorName })
    : t('agreement.merge.payer.client');
  return t(`agreement.merge.fees.${e.feeArrangement}`, { amount, payer });
}

function listFormat(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
