import type {
  CredentialProgress,
  Exclusion,
  HoursOverview,
  Requirement,
  SponsorHours,
} from '../../../electron/shared/hours';
import { i18n } from '../../i18n';
import { formatHours, formatNumber } from '../../i18n/format';

/**
 * Numbers, hours and words for the Hours section, in one place. Dates and numbers go through
 * src/i18n/format.ts; the sentences about requirements are written here, in the coach's language,
 * from the numbers main computes (main's English `missing`, `label`, `message` and sponsor labels,
 * kept for the reports, are not shown).
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

/** "Coaching hours", "Paid hours", "Hours in the last 18 months" (the recent-hours window, from `months`). */
export function requirementLabel(r: Pick<Requirement, 'key' | 'label' | 'months'>): string {
  const key = KEYS[r.key];
  if (key !== 'recent') return i18n.t(`hours:requirement.${key}`);
  // Every recent requirement main sends has its window; main's words only if one ever does not.
  return r.months === undefined ? r.label : i18n.t('hours:requirement.recent', { count: r.months });
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

/** "12.5 h before your training start date", "2 sessions in groups over 15 (4 h)". */
export function exclusionText(e: Exclusion): string {
  const hours = formatHours(e.minutes);
  switch (e.reason) {
    case 'before-training':
      return i18n.t('hours:exclusion.beforeTraining', { hours });
    case 'after-application':
      return i18n.t('hours:exclusion.afterApplication', { hours });
    case 'peer-over-received':
      return i18n.t('hours:exclusion.peerOverReceived', { hours });
    case 'group-too-large':
      // Main always sends the limit with this reason; its words only if one ever does not.
      return e.groupLimit === undefined
        ? e.message
        : i18n.t('hours:exclusion.groupTooLarge', {
            count: e.sessions,
            limit: formatNumber(e.groupLimit),
            hours,
          });
  }
}

/** A row of the sponsor chart: the sponsor's own name, or what the row is, in the coach's language. */
export function sponsorName(row: Pick<SponsorHours, 'kind' | 'sponsor'>): string {
  switch (row.kind) {
    case 'none':
      return i18n.t('hours:chart.noSponsor');
    case 'manual':
      return i18n.t('hours:chart.loggedOutside');
    default:
      return row.sponsor;
  }
}

/**
 * A credential rule's name. Credential names (ICF ACC, EMCC Practitioner, CCE BCC) are proper names and
 * stay as the rule file has them; a rule whose name describes it (the ICF renewal) is worded here, by id.
 */
export function ruleName(rule: Pick<HoursOverview['rules'][number], 'id' | 'name'>): string {
  switch (rule.id) {
    case 'icf-renewal':
      return i18n.t('hours:rules.icfRenewal.name');
    default:
      return rule.name;
  }
}

/** What a credential requires besides hours ("Hold or have held the ICF PCC credential."), by rule id. */
export function prerequisiteText(
  progress: Pick<CredentialProgress, 'ruleId' | 'prerequisite'>,
): string | null {
  if (progress.prerequisite === null) return null;
  switch (progress.ruleId) {
    case 'icf-mcc':
      return i18n.t('hours:rules.icfMcc.prerequisite');
    default:
      return progress.prerequisite;
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
