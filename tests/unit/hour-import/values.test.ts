import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  parseDate,
  parseDecimal,
  parseGroupSize,
  parseMinutes,
  parseMode,
  parsePayment,
  serialToIso,
} from '../../../electron/core/hour-import/values';
import { messageText } from '../../../electron/core/i18n';
import { english } from '../../helpers/english';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!r.ok) throw new Error(`expected a value, got: ${r.message}`);
  return r.value;
};
/** A failure's message in English words (messages are references into the errors namespace). */
const message = (r: { ok: true; value: unknown } | { ok: false; message: string }) =>
  r.ok ? null : english(r.message);

describe('dates', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(value(parseDate('2025-03-01', 'mdy'))).toBe('2025-03-01');
    expect(value(parseDate('2025-3-1', 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate('2025/03/01', 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate('2025-03-01T00:00:00', 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate('2025-03-01 09:30', 'dmy'))).toBe('2025-03-01');
  });

  it('reads d/m/y and m/d/y in the order given', () => {
    expect(value(parseDate('03/04/2025', 'dmy'))).toBe('2025-04-03');
    expect(value(parseDate('03/04/2025', 'mdy'))).toBe('2025-03-04');
    expect(value(parseDate('3.4.2025', 'dmy'))).toBe('2025-04-03');
    expect(value(parseDate('3-4-25', 'dmy'))).toBe('2025-04-03');
    expect(value(parseDate('3/4/2025 0:00', 'mdy'))).toBe('2025-03-04');
  });

  it('reads month names', () => {
    expect(value(parseDate('1 Mar 2025', 'mdy'))).toBe('2025-03-01');
    expect(value(parseDate('01-Mar-2025', 'mdy'))).toBe('2025-03-01');
    expect(value(parseDate('March 1, 2025', 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate('Sept 30 2025', 'dmy'))).toBe('2025-09-30');
  });

  it('reads Excel serial numbers and workbook dates', () => {
    expect(serialToIso(45717)).toBe('2025-03-01');
    expect(serialToIso(45717.75)).toBe('2025-03-01');
    expect(serialToIso(44255, true)).toBe('2025-03-01');
    expect(value(parseDate(45717, 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate('45717', 'dmy'))).toBe('2025-03-01');
    expect(value(parseDate(new Date(Date.UTC(2025, 2, 1)), 'mdy'))).toBe('2025-03-01');
    expect(value(parseDate(null, 'dmy'))).toBeNull();
    expect(value(parseDate('  ', 'dmy'))).toBeNull();
  });

  it('explains dates that do not exist or cannot be read', () => {
    expect(message(parseDate('2025-02-30', 'dmy'))).toBe('This date does not exist.');
    expect(message(parseDate('13/25/2025', 'dmy'))).toBe(
      'This is not a valid date when read as day/month/year.',
    );
    expect(message(parseDate('25/12/2025', 'mdy'))).toBe(
      'This is not a valid date when read as month/day/year.',
    );
    expect(message(parseDate('next Tuesday', 'dmy'))).toMatch(/^This is not a date/);
    expect(message(parseDate(3, 'dmy'))).toMatch(/^This is not a date/);
    expect(message(parseDate('1/1/1850', 'dmy'))).not.toBeNull();
  });

  it('works out the order from the file: a part above 12 can only be a day', () => {
    expect(detectDateOrder(['01/02/2025', '25/03/2025'])).toEqual({ detected: 'dmy', numeric: true });
    expect(detectDateOrder(['01/02/2025', '03/25/2025'])).toEqual({ detected: 'mdy', numeric: true });
    expect(detectDateOrder(['01/02/2025', '03/04/2025'])).toEqual({ detected: null, numeric: true });
    expect(detectDateOrder(['25/01/2025', '01/25/2025'])).toEqual({ detected: null, numeric: true });
    expect(detectDateOrder(['2025-01-02', 45000, null])).toEqual({ detected: null, numeric: false });
  });
});

describe('hours', () => {
  it('reads decimals with either separator', () => {
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('.75')).toBe(0.75);
    expect(parseDecimal('1.2.3x')).toBeNull();
    expect(parseDecimal('=1+2')).toBeNull();
  });

  it('reads hours as minutes: decimals, h:mm and words', () => {
    expect(value(parseMinutes('1.5', 'hours'))).toBe(90);
    expect(value(parseMinutes('1,25', 'hours'))).toBe(75);
    expect(value(parseMinutes('1:30', 'hours'))).toBe(90);
    expect(value(parseMinutes('0:45', 'minutes'))).toBe(45);
    expect(value(parseMinutes('1:30:00', 'hours'))).toBe(90);
    expect(value(parseMinutes('1h30', 'hours'))).toBe(90);
    expect(value(parseMinutes('2 hours', 'minutes'))).toBe(120);
    expect(value(parseMinutes('45 min', 'hours'))).toBe(45);
    expect(value(parseMinutes('90', 'minutes'))).toBe(90);
    expect(value(parseMinutes(1.5, 'hours'))).toBe(90);
    expect(value(parseMinutes(1 / 3, 'hours'))).toBe(20);
    expect(value(parseMinutes('', 'hours'))).toBeNull();
    expect(value(parseMinutes('-', 'hours'))).toBeNull();
    expect(value(parseMinutes('n/a', 'hours'))).toBeNull();
  });

  it('reads a workbook [h]:mm cell (a date on day zero)', () => {
    const ninetyMinutes = new Date(Date.UTC(1899, 11, 30, 1, 30));
    expect(value(parseMinutes(ninetyMinutes, 'hours'))).toBe(90);
    const date1904 = new Date(Date.UTC(1904, 0, 1, 0, 45));
    expect(value(parseMinutes(date1904, 'hours', true))).toBe(45);
    expect(message(parseMinutes(new Date(Date.UTC(2025, 0, 1)), 'hours'))).toMatch(/not a number of hours/);
  });

  it('refuses negative hours and text', () => {
    expect(message(parseMinutes('-1', 'hours'))).toBe('Hours cannot be negative.');
    expect(message(parseMinutes('-1,5', 'hours'))).toBe('Hours cannot be negative.');
    expect(message(parseMinutes(-2, 'hours'))).toBe('Hours cannot be negative.');
    expect(message(parseMinutes('about two', 'hours'))).toMatch(/not a number of hours/);
    expect(message(parseMinutes('=SUM(A1:A3)', 'hours'))).toMatch(/not a number of hours/);
  });
});

describe('individual or group, group size, payment', () => {
  it('reads the usual words', () => {
    for (const text of ['Individual', 'individual', 'Ind.', '1:1', 'One-to-one', 'one on one', 'I']) {
      expect(value(parseMode(text))).toBe('individual');
    }
    for (const text of ['Group', 'GROUP', 'Team', 'grp', 'G']) expect(value(parseMode(text))).toBe('group');
    // The words the Spanish message suggests.
    for (const text of ['Grupal', 'grupo', 'Equipo']) expect(value(parseMode(text))).toBe('group');
    expect(value(parseMode(''))).toBeNull();
    expect(message(parseMode('couple'))).toBe('Use Individual or Group.');
    const couple = parseMode('couple');
    expect(couple.ok ? null : messageText(couple.message, 'es')).toBe('Usa Individual o Grupal.');
  });

  it('reads group sizes', () => {
    expect(value(parseGroupSize('6'))).toBe(6);
    expect(value(parseGroupSize(6))).toBe(6);
    expect(value(parseGroupSize('6 people'))).toBe(6);
    expect(value(parseGroupSize('6 personas'))).toBe(6);
    expect(value(parseGroupSize(''))).toBeNull();
    expect(message(parseGroupSize('six'))).toBe('Use a whole number of people.');
    expect(message(parseGroupSize(2.5))).toBe('Use a whole number of people.');
  });

  it('reads paid or pro bono', () => {
    for (const text of ['Paid', 'paid', 'Yes', 'Y', 'x']) expect(value(parsePayment(text))).toBe('paid');
    for (const text of ['Pro bono', 'Pro-Bono', 'probono', 'No', 'unpaid', 'Volunteer']) {
      expect(value(parsePayment(text))).toBe('pro-bono');
    }
    // The words the Spanish message suggests, and a few more.
    for (const text of ['Remunerada', 'pagado', 'Sí']) expect(value(parsePayment(text))).toBe('paid');
    for (const text of ['Gratuita', 'no remunerado']) expect(value(parsePayment(text))).toBe('pro-bono');
    expect(message(parsePayment('maybe'))).toBe('Use Paid or Pro bono.');
    const maybe = parsePayment('maybe');
    expect(maybe.ok ? null : messageText(maybe.message, 'es')).toBe('Usa Remunerada o Pro bono.');
  });
});
