import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayMonth,
  formatDayRange,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumber,
  formatTimeRange,
  formatZoneName,
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

  it('shows a day in a format other than the chosen one when asked', () => {
    setFormatting({ locale: 'en-GB', dateFormat: 'iso', weekStart: 'locale' });
    expect(formatDay('2026-11-23', 'medium', 'dmy')).toBe('23/11/2026');
    expect(formatDay('2026-11-23', 'medium', 'locale')).toBe('23 Nov 2026');
    expect(formatDay('2026-11-23')).toBe('2026-11-23');
  });

  it('writes spans of days and of time as the language does', () => {
    use('en-US');
    expect(formatDayRange('2030-03-10', '2030-03-16')).toMatch(/^Mar 10\s–\s16, 2030$/);
    expect(formatDayRange('2030-03-10', '2030-03-10')).toBe('Mar 10, 2030');
    use('es-ES');
    expect(formatDayRange('2030-03-30', '2030-04-05')).toMatch(/^30 mar\s–\s5 abr 2030$/);
    setFormatting({ locale: 'es-ES', dateFormat: 'iso', weekStart: 'locale' });
    expect(formatDayRange('2030-03-10', '2030-03-16')).toBe('2030-03-10 – 2030-03-16');
    use('en-US');
    expect(formatTimeRange('2030-03-10T09:00:00Z', '2030-03-10T10:30:00Z', 'Europe/Madrid')).toMatch(
      /^10:00\s–\s11:30\sAM$/,
    );
    use('es-ES');
    expect(formatTimeRange('2030-03-10T09:00:00Z', '2030-03-10T10:30:00Z', 'UTC')).toMatch(
      /^9:00\s?–\s?10:30$/,
    );
    // An unknown zone still shows the times, in the computer's zone.
    expect(formatTimeRange('2030-03-10T09:00:00Z', '2030-03-10T10:00:00Z', 'Atlantis/Capital')).toMatch(
      /:00/,
    );
  });

  it('says which day a week starts on for any choice', () => {
    setFormatting({ locale: 'en-US', dateFormat: 'locale', weekStart: 'monday' });
    expect(weekStartDay('locale')).toBe(0);
    expect(weekStartDay('saturday')).toBe(6);
    expect(weekStartDay()).toBe(1);
  });

  it('names a time zone as the language does, and gives an unknown zone back as it is', () => {
    use('en-US');
    expect(formatZoneName('2026-03-10T20:00:00Z', 'America/Mexico_City')).toBe('CST');
    use('es-ES');
    expect(formatZoneName('2026-03-10T20:00:00Z', 'America/Mexico_City')).toBe('GMT-6');
    expect(formatZoneName('2026-03-10T20:00:00Z', 'Atlantis/Capital')).toBe('Atlantis/Capital');
  });

  it('picks the system’s variant of the language', () => {
    expect(localeFor('es', ['en-GB', 'es-MX'])).toBe('es-MX');
    expect(localeFor('es', ['en-GB'])).toBe('es');
  });
});
