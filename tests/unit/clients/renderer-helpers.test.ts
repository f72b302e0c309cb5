import { describe, expect, it } from 'vitest';
import { fieldKey, initials, issuesToErrors } from '../../../src/features/clients/format';
import { describeFee } from '../../../src/features/engagements/labels';
import { minorDigits, minorToInput, parseMoney } from '../../../src/features/engagements/money';

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

  it('makes initials in any script', () => {
    expect(initials('Nguyễn Thị Lan')).toBe('NL');
    expect(initials('Zoë')).toBe('Z');
    expect(initials('李雷')).toBe('李');
    expect(initials('محمد العلي')).toBe('ما');
    expect(initials('  ')).toBe('?');
  });
});
