import { afterEach, describe, expect, it } from 'vitest';
import { clientFields } from '../../../electron/shared/clients';
import { fieldKey, initials, issuesToErrors, statusLabels } from '../../../src/features/clients/format';
import {
  describeDates,
  describeFee,
  describeRhythm,
  kindLabels,
} from '../../../src/features/engagements/labels';
import { minorDigits, minorToInput, parseMoney } from '../../../src/features/engagements/money';
import { i18n, messageText } from '../../../src/i18n';
import { setFormatting } from '../../../src/i18n/format';

function speak(language: 'en' | 'es') {
  setFormatting({ locale: language === 'es' ? 'es-ES' : 'en-US', dateFormat: 'locale', weekStart: 'locale' });
  void i18n.changeLanguage(language);
}

afterEach(() => speak('en'));

describe('fees as typed', () => {
  it('turns a decimal amount into integer minor units', () => {
    expect(parseMoney('150.00', 'USD')).toEqual({ ok: true, minor: 15000 });
    expect(parseMoney('150', 'USD')).toEqual({ ok: true, minor: 15000 });
    expect(parseMoney('150.5', 'USD')).toEqual({ ok: true, minor: 15050 });
    expect(parseMoney(' 1,500.25 ', 'EUR')).toEqual({ ok: true, minor: 150025 });
    expect(parseMoney('0.10', 'USD')).toEqual({ ok: true, minor: 10 });
    expect(parseMoney('', 'USD')).toEqual({ ok: true, minor: null });
    expect(parseMoney('12000', 'JPY')).toEqual({ ok: true, minor: 12000 });
  });

  it('refuses what is not an amount', () => {
    expect(parseMoney('150.005', 'USD')).toEqual({ ok: false, message: 'Use at most 2 decimals.' });
    expect(parseMoney('-5', 'USD').ok).toBe(false);
    expect(parseMoney('abc', 'USD').ok).toBe(false);
    expect(parseMoney('1.5', 'JPY')).toEqual({
      ok: false,
      message: 'JPY has no minor unit: enter a whole amount.',
    });
    expect(parseMoney('9'.repeat(20), 'USD')).toEqual({ ok: false, message: 'That amount is too large.' });
  });

  it('reads separators as the coach writes numbers, and refuses what could be read two ways', () => {
    // English: a comma only groups thousands, so '150,50' is refused, not read as 15050.
    expect(parseMoney('150,50', 'EUR')).toEqual({ ok: false, message: 'Enter an amount like 150.00.' });
    expect(parseMoney('1,5000', 'EUR').ok).toBe(false);
    expect(parseMoney('1,500,000.75', 'EUR')).toEqual({ ok: true, minor: 150000075 });
    expect(parseMoney('1.500,50', 'EUR')).toEqual({ ok: true, minor: 150050 });
    // Spanish: the comma is the decimal point and a dot groups thousands ('1.500' is 1500, not 1.5).
    speak('es');
    expect(parseMoney('150,50', 'EUR')).toEqual({ ok: true, minor: 15050 });
    expect(parseMoney('1.500', 'EUR')).toEqual({ ok: true, minor: 150000 });
    expect(parseMoney('1.500,5', 'EUR')).toEqual({ ok: true, minor: 150050 });
    expect(parseMoney('2.000.000', 'EUR')).toEqual({ ok: true, minor: 200000000 });
    expect(parseMoney('150.50', 'EUR')).toEqual({ ok: false, message: 'Escribe un importe como 150,00.' });
    expect(parseMoney('150,005', 'USD')).toEqual({ ok: false, message: 'Usa 2 decimales como máximo.' });
    expect(minorToInput(15000, 'EUR')).toBe('150,00');
    expect(parseMoney(minorToInput(123456, 'EUR'), 'EUR')).toEqual({ ok: true, minor: 123456 });
  });

  it('round-trips minor units back into the input', () => {
    expect(minorToInput(15000, 'USD')).toBe('150.00');
    expect(minorToInput(5, 'USD')).toBe('0.05');
    expect(minorToInput(12000, 'JPY')).toBe('12000');
    expect(minorToInput(null, 'USD')).toBe('');
    expect(minorDigits('BHD')).toBe(3);
    expect(minorDigits('NOPE')).toBe(2);
  });

  it('describes a fee in words', () => {
    expect(describeFee({ feeArrangement: 'per-session', feeMinor: 9000, currency: 'USD' })).toMatch(
      /90\.00 per session$/,
    );
    expect(describeFee({ feeArrangement: 'pro-bono', feeMinor: null, currency: 'USD' })).toBe('Pro bono');
  });

  it('describes an engagement in the coach’s language, with amounts and dates written for it', () => {
    const engagement = {
      feeArrangement: 'per-session',
      feeMinor: 9000,
      currency: 'EUR',
      startDate: '2026-01-14',
      endDate: null,
      plannedSessions: 8,
      frequency: 'monthly',
      sessionMinutes: 90,
    } as const;
    expect(describeRhythm(engagement)).toBe('8 sessions planned · monthly · 90 min each');
    expect(describeDates(engagement)).toBe('From Jan 14, 2026, ongoing');
    expect(kindLabels.group).toBe('Group');
    speak('es');
    expect(describeFee(engagement).replace(/\s/g, ' ')).toBe('90,00 € por sesión');
    expect(describeRhythm(engagement)).toBe('8 sesiones previstas · mensual · 90 min cada una');
    expect(describeRhythm({ ...engagement, plannedSessions: null, frequency: '' })).toBe('90 min cada una');
    expect(describeDates(engagement)).toBe('Desde el 14 ene 2026, en curso');
    // Label maps are read at use, so they follow the language.
    expect(kindLabels.group).toBe('Grupal');
    expect(statusLabels.paused).toBe('En pausa');
  });
});

describe('form helpers', () => {
  it('maps error fields from update calls onto form controls', () => {
    expect(fieldKey('fields.email')).toBe('email');
    expect(fieldKey('tags.2')).toBe('tags');
    expect(fieldKey('email')).toBe('email');
    expect(fieldKey(undefined)).toBeUndefined();
    expect(
      issuesToErrors([
        { path: ['email'], message: 'first' },
        { path: ['email'], message: 'second' },
        { path: [], message: 'whole form' },
      ]),
    ).toEqual({ email: 'first', _form: 'whole form' });
  });

  it('shows the shared schema’s messages in the coach’s language, and unknown ones as written', () => {
    const result = clientFields.safeParse({ fullName: ' ', email: 'ngozi@', mayBeListed: true });
    if (result.success) throw new Error('expected errors');
    expect(issuesToErrors(result.error.issues)).toMatchObject({
      fullName: "Enter the client's name.",
      email: 'Enter an email address like name@example.com.',
      listingConsentDate: 'Enter the date the client agreed to be listed.',
    });
    speak('es');
    expect(issuesToErrors(result.error.issues)).toMatchObject({
      fullName: 'Escribe el nombre del cliente.',
      email: 'Escribe una dirección de correo como nombre@ejemplo.com.',
      listingConsentDate: 'Escribe la fecha en que el cliente aceptó aparecer.',
    });
    expect(messageText('Something new.')).toBe('Something new.');
  });

  it('makes initials in any script', () => {
    expect(initials('Nguyễn Thị Lan')).toBe('NL');
    expect(initials('Zoë')).toBe('Z');
    expect(initials('李雷')).toBe('李');
    expect(initials('محمد العلي')).toBe('ما');
    expect(initials('  ')).toBe('?');
  });
});
