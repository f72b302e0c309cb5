import type { Exclusion, Requirement } from '../../../electron/shared/hours';
import { i18n } from '../../i18n';
import { formatHours, formatNumber } from '../../i18n/format';

/**
 * Numbers, hours and words for the Hours section, in one place. Dates and numbers go through
 * src/i18n/format.ts; the sentences about requirements are written here, in the coach's language,
 * from the numbers main computes (main's English `missing` and `label` texts are not shown).
 */

export { formatDay, formatDayRange, formatHours, formatMonth, formatNumber } from '../../i18n/format';

/** Minutes as "1.5 h" ("1,5 h" in Spanish). */
export function hoursLabel(minutes: number): string {
  return i18n.t('common:units.hoursShort', { value: formatHours(minutes) });
}

/** CCE units, one decimal: 12.5. */
export function formatUnits(units: number): string {
  return formatNumber(units, 1);
}

const KEYS = {
  total: 'total',
  paid: 'paid',
  clients: 'clients',
  recent: 'recent',
  years: 'years',
  'mentor-total': 'mentorTotal',
  'mentor-individual': 'mentorIndividual',
  'mentor-span': 'mentorSpan',
  'ce-total': 'ceTotal',
  'ce-core': 'ceCore',
  'ce-ethics': 'ceEthics',
} as const satisfies Record<Requirement['key'], string>;

/**
 * "Coaching hours", "Paid hours". The recent-hours label names its window ("Hours in the last 18 months")
 * and main does not send the number of months on its own, so that one stays main's text.
 */
export function requirementLabel(r: Pick<Requirement, 'key' | 'label'>): string {
  const key = KEYS[r.key];
  return key === 'recent' ? r.label : i18n.t(`hours:requirement.${key}`);
}

/** "100 hours", "8 clients", "1 year": a requirement's number with its unit. */
function quantity(value: number, unit: Requirement['unit']): string {
  return i18n.t(`hours:quantity.${unit}`, { count: value, value: formatNumber(value) });
}

/** "62.5 / 100 hours", "8 / 8 clients". */
export function requirementFigure(r: Pick<Requirement, 'achieved' | 'required' | 'unit'>): string {
  return i18n.t('hours:progress.figure', {
    achieved: formatNumber(r.achieved),
    required: quantity(r.required, r.unit),
  });
}

/** "62.5 of 100 hours", "8 of 8 clients, met": what a screen reader says for a progress bar. */
export function requirementValueText(r: Pick<Requirement, 'achieved' | 'required' | 'unit' | 'met'>): string {
  return i18n.t(r.met ? 'hours:progress.valueTextMet' : 'hours:progress.valueText', {
    achieved: formatNumber(r.achieved),
    required: quantity(r.required, r.unit),
  });
}

/** "22.5 more paid hours", "1 more client": what each unmet requirement still needs, in its order. */
export function missingPhrases(requirements: readonly Requirement[]): string[] {
  return requirements
    .filter((r) => !r.met)
    .map((r) => {
      const gap = Math.round((r.required - r.achieved) * 100) / 100;
      return i18n.t(`hours:missing.${KEYS[r.key]}`, { count: gap, value: formatNumber(gap) });
    });
}

/**
 * "12.5 h before your training start date". Sessions in groups over the limit keep main's text:
 * the limit is not sent on its own.
 */
export function exclusionText(e: Exclusion): string {
  const hours = formatHours(e.minutes);
  switch (e.reason) {
    case 'before-training':
      return i18n.t('hours:exclusion.beforeTraining', { hours });
    case 'after-application':
      return i18n.t('hours:exclusion.afterApplication', { hours });
    case 'peer-over-received':
      return i18n.t('hours:exclusion.peerOverReceived', { hours });
    default:
      return e.message;
  }
}

/** "ICF Associate Certified Coach (ACC)" → "ACC"; "EMCC …: Practitioner" → "EMCC Practitioner". */
export function shortCredentialName(name: string, body: string): string {
  const abbreviation = /\(([A-Z]{2,6})\)\s*$/.exec(name);
  if (abbreviation?.[1]) return abbreviation[1];
  const colon = name.lastIndexOf(':');
  if (colon >= 0) return `${body} ${name.slice(colon + 1).trim()}`;
  return name;
}

/**
 * Decimal hours typed by the coach ("1.5", "1,5", ".75", "") as whole minutes.
 * Empty is 0; anything else that is not a plain number is null.
 */
export function parseHoursToMinutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return 0;
  if (!/^\d*\.?\d*$/.test(trimmed) || trimmed === '.') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * 60);
}

/** A continuing-education category's name, in the coach's language. */
export function ceCategoryLabel(category: 'core-competencies' | 'resource-development'): string {
  return category === 'core-competencies'
    ? i18n.t('hours:ce.coreCompetencies')
    : i18n.t('hours:ce.resourceDevelopment');
}

/** Today as a calendar day in the coach's own time zone (an ISO day, not for display). */
export function localToday(): string {
  return new Date().toLocaleDateString('sv-SE');
}
