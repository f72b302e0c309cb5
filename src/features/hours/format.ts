import type { Requirement } from '../../../electron/shared/hours';

/** Numbers, hours and words for the Hours section, in one place. */

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 62.5, 1,250, 0.75: hours (or counts) as the coach reads them. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Minutes as decimal hours: 90 → "1.5". */
export function minutesToHours(minutes: number): string {
  return numberFormat.format(Math.round((minutes / 60) * 100) / 100);
}

/** Minutes as "1.5 h". */
export function formatHours(minutes: number): string {
  return `${minutesToHours(minutes)} h`;
}

export function formatUnits(units: number): string {
  return oneDecimal.format(units);
}

const UNIT_WORDS: Record<Requirement['unit'], [string, string]> = {
  hours: ['hour', 'hours'],
  clients: ['client', 'clients'],
  years: ['year', 'years'],
  months: ['month', 'months'],
  units: ['unit', 'units'],
};

/** "62.5 / 100 hours", "8 / 8 clients". */
export function requirementFigure(r: Pick<Requirement, 'achieved' | 'required' | 'unit'>): string {
  const words = UNIT_WORDS[r.unit];
  return `${formatNumber(r.achieved)} / ${formatNumber(r.required)} ${r.required === 1 ? words[0] : words[1]}`;
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

/** "2026-03-04" → "4 Mar 2026", for lists. Dates are calendar days: no time zone involved. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "2026-03" → "Mar 2026". */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const ceCategoryLabels = {
  'core-competencies': 'Core Competencies',
  'resource-development': 'Resource Development',
} as const;

/** Today as a calendar day in the coach's own time zone. */
export function localToday(): string {
  return new Date().toLocaleDateString('sv-SE');
}
