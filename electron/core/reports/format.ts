import { hours } from '../hours/evaluate';

/** Number formatting and dates shared by every report. Hours are minutes ÷ 60, to 2 decimals. */

export function hoursValue(minutes: number): number {
  return hours(minutes);
}

/** "1234.50": for CSV, where a spreadsheet must read it as a number. */
export function hoursPlain(minutes: number): string {
  return hours(minutes).toFixed(2);
}

const GROUPED = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// A log prints the same few durations thousands of times; Intl formatting is the slow part.
const printed = new Map<number, string>();
/** "1,234.50": for printed reports. */
export function hoursPrinted(minutes: number): string {
  let text = printed.get(minutes);
  if (text === undefined) {
    text = GROUPED.format(hours(minutes));
    if (printed.size < 10_000) printed.set(minutes, text);
  }
  return text;
}
/** An hours value already rounded to 2 decimals, printed as "1,234.50". */
export function printedHoursValue(value: number): string {
  return GROUPED.format(value);
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "2025-03-10" → "10 March 2025". */
export function longDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return DAY.format(new Date(Date.UTC(y, m - 1, d)));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
