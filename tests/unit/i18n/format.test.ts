import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayMonth,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumber,
  localeFor,
  setFormatting,
  weekStartDay,
} from '../../../src/i18n/format';

const use = (locale: string, dateFormat = 'locale' as const, weekStart = 'locale' as const) =>
  setFormatting({ locale, dateFormat, weekStart });

afterEach(() => use('en'));

describe('formatting follows the language and the coach’s settings', () => {
  it('writes calendar days in the chosen format, never shifted by the time zone', () => {
    use('en-GB');
    expect(formatDay('2026-03-01')).toBe('1 Mar 2026');
    use('es-ES');
    expect(formatDay('2026-03-01')).toMatch(/^1 mar 2026$/);
    setFormatting({ locale: 'es-ES', dateFormat: 'iso', weekStart: 'locale' });
    expect(formatDay('2026-03-01')).toBe('2026-03-01');
    setFormatting({ locale: 'en-US', dateFormat: 'dmy', weekStart: 'locale' });
    expect(formatDay('2026-03-01')).toBe('01/03/2026');
    setFormatting({ locale: 'en-US', dateFormat: 'mdy', weekStart: 'locale' });
    expect(formatDay('2026-03-01')).toBe('03/01/2026');
  });

  it('writes a day without its year in the chosen format', () => {
    use('en-GB');
    expect(formatDayMonth('2026-03-01')).toBe('1 Mar');
    use('es-ES');
    expect(formatDayMonth('2026-03-01')).toMatch(/^1 mar$/);
    setFormatting({ locale: 'en-US', dateFormat: 'dmy', weekStart: 'locale' });
    expect(formatDayMonth('2026-03-01')).toBe('01/03');
    setFormatting({ locale: 'en-US', dateFormat: 'mdy', weekStart: 'locale' });
    expect(formatDayMonth('2026-03-01')).toBe('03/01');
    setFormatting({ locale: 'en-US', dateFormat: 'iso', weekStart: 'locale' });
    expect(formatDayMonth('2026-03-01')).toBe('2026-03-01');
  });

  it('uses the language’s decimal separator for hours and numbers', () => {
    use('en-US');
    expect(formatHours(90)).toBe('1.5');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    use('es-ES');
    expect(formatHours(90)).toBe('1,5');
    expect(formatHours(100)).toBe('1,67');
  });

  it('formats money from minor units with the currency’s own decimals', () => {
    use('en-US');
    expect(formatMoney(12050, 'USD')).toBe('$120.50');
    expect(formatMoney(5000, 'JPY')).toBe('¥5,000');
    use('es-ES');
    expect(formatMoney(12050, 'EUR')).toMatch(/^120,50\s€$/);
  });

  it('names months in the language', () => {
    use('es-ES');
    expect(formatMonth('2026-11', 'long')).toMatch(/noviembre/);
  });

  it('starts the week where the coach chose, or where the locale does', () => {
    setFormatting({ locale: 'en-US', dateFormat: 'locale', weekStart: 'monday' });
    expect(weekStartDay()).toBe(1);
    setFormatting({ locale: 'en-GB', dateFormat: 'locale', weekStart: 'sunday' });
    expect(weekStartDay()).toBe(0);
    use('en-US');
    expect(weekStartDay()).toBe(0);
    use('es-ES');
    expect(weekStartDay()).toBe(1);
  });

  it('picks the system’s variant of the language', () => {
    expect(localeFor('es', ['en-GB', 'es-MX'])).toBe('es-MX');
    expect(localeFor('es', ['en-GB'])).toBe('es');
  });
});
