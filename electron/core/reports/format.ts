import type { Language } from '../../shared/preferences';
import { hours } from '../hours/evaluate';
import { type PdfText, pdfText } from '../i18n';

/**
 * Numbers and dates on exported documents, in the document's language: one place, so every
 * report writes "1,234.50" / "10 March 2025" in English and "1234,50" / "10 de marzo de 2025"
 * in Spanish. Hours are minutes ÷ 60, to 2 decimals. CSV keeps machine-friendly numbers
 * (hoursPlain) whatever the language.
 */

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es' };

export function hoursValue(minutes: number): number {
  return hours(minutes);
}

/** "1234.50": for CSV, where a spreadsheet must read it as a number. */
export function hoursPlain(minutes: number): string {
  return hours(minutes).toFixed(2);
}

interface Formats {
  hours: Intl.NumberFormat;
  count: Intl.NumberFormat;
  oneDecimal: Intl.NumberFormat;
  day: Intl.DateTimeFormat;
  generated: Intl.DateTimeFormat;
  // A log prints the same few durations thousands of times; Intl formatting is the slow part.
  printed: Map<number, string>;
}

const FORMATS: Record<Language, Formats> = { en: formats('en'), es: formats('es') };

function formats(language: Language): Formats {
  const locale = LOCALES[language];
  const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  return {
    hours: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    day: new Intl.DateTimeFormat(locale, { ...long, timeZone: 'UTC' }),
    // The generation date is the machine's day, in its time zone.
    generated: new Intl.DateTimeFormat(locale, long),
    printed: new Map(),
  };
}

/** "1,234.50" (en) or "1234,50" (es): for printed reports. */
export function hoursPrinted(minutes: number, language: Language = 'en'): string {
  const f = FORMATS[language];
  let text = f.printed.get(minutes);
  if (text === undefined) {
    text = f.hours.format(hours(minutes));
    if (f.printed.size < 10_000) f.printed.set(minutes, text);
  }
  return text;
}

/** An hours value already rounded to 2 decimals, printed as "1,234.50" (en) or "1234,50" (es). */
export function printedHoursValue(value: number, language: Language = 'en'): string {
  return FORMATS[language].hours.format(value);
}

/** A whole number: "1,234" (en), "1234" / "12.345" (es). */
export function countPrinted(n: number, language: Language = 'en'): string {
  return FORMATS[language].count.format(n);
}

/** One decimal, for CCE units: "2.5" (en), "2,5" (es). */
export function unitsPrinted(value: number, language: Language = 'en'): string {
  return FORMATS[language].oneDecimal.format(value);
}

/** "2025-03-10" → "10 March 2025" (en), "10 de marzo de 2025" (es). */
export function longDate(isoDay: string, language: Language = 'en'): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return FORMATS[language].day.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The day a document was generated, in the machine's time zone: "14 March 2025". */
export function generatedDate(now: Date, language: Language = 'en'): string {
  return FORMATS[language].generated.format(now);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** What a document needs to be written in one language: its words and its number and date formats. */
export interface DocumentText {
  language: Language;
  t: PdfText;
  hours: (minutes: number) => string;
  hoursValue: (value: number) => string;
  count: (n: number) => string;
  units: (value: number) => string;
  longDate: (isoDay: string) => string;
  generated: (now: Date) => string;
}

export function documentText(language: Language = 'en'): DocumentText {
  return {
    language,
    t: pdfText(language),
    hours: (minutes) => hoursPrinted(minutes, language),
    hoursValue: (value) => printedHoursValue(value, language),
    count: (n) => countPrinted(n, language),
    units: (value) => unitsPrinted(value, language),
    longDate: (isoDay) => longDate(isoDay, language),
    generated: (now) => generatedDate(now, language),
  };
}
