import { type DateFormat, DEFAULT_PREFERENCES, type WeekStart } from '../../electron/shared/preferences';

/**
 * Every date, number and amount the renderer shows is formatted here, so the language
 * and the date-format and first-day-of-week preferences apply everywhere at once.
 */
let current = {
  locale: 'en',
  dateFormat: DEFAULT_PREFERENCES.dateFormat as DateFormat,
  weekStart: DEFAULT_PREFERENCES.weekStart as WeekStart,
};

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The locale tag for a language: the system's own variant of it when it has one (en-GB, es-MX). */
export function localeFor(language: string, systemLocales: readonly string[]): string {
  return systemLocales.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language) ?? language;
}

export function setFormatting(next: { locale: string; dateFormat: DateFormat; weekStart: WeekStart }): void {
  current = { ...next };
  cache.clear();
}

export function currentLocale(): string {
  return current.locale;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(current.locale, options);
    } catch {
      // An unknown time zone (e.g. from an imported calendar) still shows the time, in the computer's zone.
      const { timeZone: _ignored, ...rest } = options;
      f = new Intl.DateTimeFormat(current.locale, rest);
    }
    cache.set(key, f);
  }
  return f;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(current.locale, options);
    cache.set(key, f);
  }
  return f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day ('YYYY-MM-DD', no time zone) as the coach chose to see dates; `dateFormat`
 * shows it in another format (the Settings choices show today's date in each).
 */
export function formatDay(
  day: string,
  style: 'medium' | 'long' = 'medium',
  dateFormat: DateFormat = current.dateFormat,
): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  switch (dateFormat) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'mdy':
      return `${pad(m)}/${pad(d)}/${y}`;
    default:
      return dateTimeFormat({
        day: 'numeric',
        month: style === 'long' ? 'long' : 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(y, m - 1, d));
  }
}

/** A calendar day without its year ('12 Mar', '12 mar'), for days in the current year; ISO keeps the year. */
export function formatDayMonth(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  switch (current.dateFormat) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy':
      return `${pad(d)}/${pad(m)}`;
    case 'mdy':
      return `${pad(m)}/${pad(d)}`;
    default:
      return dateTimeFormat({ day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(y, m - 1, d),
      );
  }
}

/** The calendar day an instant falls on in a time zone (the computer's when none is given). */
export function dayOf(instant: Date | string, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function formatDate(instant: Date | string, timeZone?: string): string {
  return formatDay(dayOf(instant, timeZone));
}

/** A span of calendar days: 'Mar 10 – 16, 2030' as the language writes it, or two days in the chosen format. */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const [y1, m1, d1] = first.split('-').map(Number);
  const [y2, m2, d2] = last.split('-').map(Number);
  if (current.dateFormat !== 'locale' || !y1 || !m1 || !d1 || !y2 || !m2 || !d2) {
    return `${formatDay(first)} – ${formatDay(last)}`;
  }
  return dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
    Date.UTC(y1, m1 - 1, d1),
    Date.UTC(y2, m2 - 1, d2),
  );
}

/** '9:00 – 10:30 AM' ('9:00–10:30'), as the language writes a span of time, in a time zone. */
export function formatTimeRange(start: Date | string, end: Date | string, timeZone?: string): string {
  const from = typeof start === 'string' ? new Date(start) : start;
  const to = typeof end === 'string' ? new Date(end) : end;
  return dateTimeFormat({
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).formatRange(from, to);
}

export function formatTime(instant: Date | string, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return dateTimeFormat({ hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(
    date,
  );
}

/** A time zone's short name at an instant as the language writes it ('CET', 'GMT-6'); the zone's id when unknown. */
export function formatZoneName(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const options: Intl.DateTimeFormatOptions = { timeZone, timeZoneName: 'short' };
  const key = `d${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(current.locale, options);
    } catch {
      return timeZone;
    }
    cache.set(key, f);
  }
  return f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatDateTime(instant: Date | string, timeZone?: string): string {
  return `${formatDate(instant, timeZone)}, ${formatTime(instant, timeZone)}`;
}

/** 'Mon' / 'Monday' (or 'lun' / 'lunes') for a calendar day. */
export function formatWeekday(day: string, width: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  return dateTimeFormat({ weekday: width, timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/** A month ('YYYY-MM'): 'Nov 2026' / 'November 2026'. */
export function formatMonth(month: string, width: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  return dateTimeFormat({ month: width, year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, 1),
  );
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

/** Minutes as hours with up to two decimals: 90 → '1.5' ('1,5' in Spanish). */
export function formatHours(minutes: number): string {
  return formatNumber(Math.round((minutes / 60) * 100) / 100, 2);
}

/** Money is kept in minor units (cents) with its currency code. */
export function formatMoney(minor: number, currency: string): string {
  try {
    const f = numberFormat({ style: 'currency', currency });
    const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
    return f.format(minor / 10 ** digits);
  } catch {
    return `${formatNumber(minor / 100)} ${currency}`;
  }
}

/** 'yesterday', 'in 3 days', 'hace 2 días'. */
export function formatRelativeDays(days: number): string {
  return new Intl.RelativeTimeFormat(current.locale, { numeric: 'auto' }).format(days, 'day');
}

/**
 * The first day of the week as a JavaScript day number (0 = Sunday, 1 = Monday, 6 = Saturday);
 * `weekStart` asks about another choice than the coach's (e.g. what 'locale' means now).
 */
export function weekStartDay(weekStart: WeekStart = current.weekStart): number {
  switch (weekStart) {
    case 'monday':
      return 1;
    case 'sunday':
      return 0;
    case 'saturday':
      return 6;
    default:
      return localeWeekStart(current.locale);
  }
}

function localeWeekStart(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay;
    // Intl numbers days 1 (Monday) to 7 (Sunday).
    if (firstDay) return firstDay % 7;
  } catch {
    // Older engines without week info: Monday, the ISO week.
  }
  return 1;
}
