import {
  type Engagement,
  engagementKinds,
  engagementStatuses,
  feeArrangements,
  focusKinds,
  frequencies,
  sponsorKinds,
} from '../../../electron/shared/engagements';
import { i18n } from '../../i18n';
import { formatDay, labelMap } from '../clients/format';
import { formatMoney } from './money';

// Each label is looked up when it is read (labelMap), so these follow a language change.

export const kindLabels = labelMap(engagementKinds, (kind) => i18n.t(`engagements:kind.${kind}`));

export const kindHints = labelMap(engagementKinds, (kind) => i18n.t(`engagements:kindHint.${kind}`));

export const focusLabels = labelMap(focusKinds, (focus) => i18n.t(`engagements:focus.${focus}`));

export const focusHints = labelMap(focusKinds, (focus) => i18n.t(`engagements:focusHint.${focus}`));

export const sponsorKindLabels = labelMap(sponsorKinds, (kind) =>
  i18n.t(`engagements:sponsorKind.${kind || 'none'}`),
);

export const feeLabels = labelMap(feeArrangements, (fee) => i18n.t(`engagements:fee.${fee}`));

export const frequencyLabels = labelMap(frequencies, (frequency) =>
  i18n.t(`engagements:frequency.${frequency || 'none'}`),
);

export const engagementStatusLabels = labelMap(engagementStatuses, (status) =>
  i18n.t(`engagements:status.${status}`),
);

export function describeFee(e: Pick<Engagement, 'feeArrangement' | 'feeMinor' | 'currency'>): string {
  if (e.feeArrangement === 'pro-bono') return i18n.t('engagements:describe.proBono');
  if (e.feeArrangement === 'internal') return i18n.t('engagements:describe.internal');
  if (e.feeMinor === null) return feeLabels[e.feeArrangement];
  const amount = formatMoney(e.feeMinor, e.currency);
  if (e.feeArrangement === 'per-session') return i18n.t('engagements:describe.perSession', { amount });
  if (e.feeArrangement === 'package') return i18n.t('engagements:describe.package', { amount });
  return i18n.t('engagements:describe.barter', { amount });
}

export function describeDates(e: Pick<Engagement, 'startDate' | 'endDate'>): string {
  const start = formatDay(e.startDate);
  return e.endDate
    ? i18n.t('engagements:describe.dateRange', { start, end: formatDay(e.endDate) })
    : i18n.t('engagements:describe.dateFrom', { start });
}

/** "12 sessions planned · fortnightly · 60 min each": facts side by side, each one whole. */
export function describeRhythm(
  e: Pick<Engagement, 'plannedSessions' | 'frequency' | 'sessionMinutes'>,
): string {
  const parts: string[] = [];
  if (e.plannedSessions) parts.push(i18n.t('engagements:describe.planned', { count: e.plannedSessions }));
  if (e.frequency) parts.push(i18n.t(`engagements:describe.frequency.${e.frequency}`));
  parts.push(i18n.t('engagements:describe.length', { minutes: e.sessionMinutes }));
  const text = parts.join(' · ');
  return text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
}
