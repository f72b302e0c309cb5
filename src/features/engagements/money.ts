import { i18n } from '../../i18n';
import { currentLocale, formatMoney as formatMoneyForLocale } from '../../i18n/format';

/**
 * Money is stored as integer minor units plus an ISO 4217 code. These helpers move
 * between that and what a coach types ("150", "150.00", "1,500.50"; "150,00", "1.500" in Spanish).
 */

/** How many decimals a currency uses (USD 2, JPY 0, BHD 3); 2 when the code is unknown. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

export type MoneyParse = { ok: true; minor: number | null } | { ok: false; message: string };

/** The decimal separator of the coach's number format: '.' in English, ',' in most Spanish. */
function decimalSeparator(): '.' | ',' {
  const part = new Intl.NumberFormat(currentLocale()).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/**
 * What the coach typed, as a plain decimal ("1500.5"), or null when it cannot be read for sure.
 * Both separators: the last one is the decimal point ("1.500,50", "1,500.50"). One kind only: the
 * coach's decimal separator is a decimal point; the other only groups thousands, so it must be
 * followed by groups of three ("1,500" in English, "1.500" in Spanish), never read as decimals.
 */
function plainDecimal(text: string): string | null {
  const cleaned = text.replace(/\s/g, '');
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  const grouped = (whole: string, group: string) =>
    whole
      .split(group)
      .every((part, i) => /^\d+$/.test(part) && (i === 0 ? part.length <= 3 : part.length === 3));
  if (lastDot >= 0 && lastComma >= 0) {
    const at = Math.max(lastDot, lastComma);
    const whole = cleaned.slice(0, at);
    const fraction = cleaned.slice(at + 1);
    const group = at === lastDot ? ',' : '.';
    return grouped(whole, group) && /^\d*$/.test(fraction)
      ? `${whole.split(group).join('')}.${fraction}`
      : null;
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return cleaned;
  if (separator === decimalSeparator()) {
    return cleaned.split(separator).length === 2 ? cleaned.replace(separator, '.') : null;
  }
  return grouped(cleaned, separator) ? cleaned.split(separator).join('') : null;
}

/** "150.00" → 15000 (USD); "150,00" too where a comma is the decimal point. Empty is null. */
export function parseMoney(text: string, currency: string): MoneyParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, minor: null };
  const plain = plainDecimal(trimmed);
  const match = plain === null ? null : /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return { ok: false, message: i18n.t('engagements:money.invalid') };
  const digits = minorDigits(currency);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? i18n.t('engagements:money.noMinorUnit', { currency })
          : i18n.t('engagements:money.decimals', { count: digits }),
    };
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: i18n.t('engagements:money.tooLarge') };
  return { ok: true, minor };
}

/** 15000 → "150.00" for an input ("150,00" where a comma is the decimal point). */
export function minorToInput(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}${decimalSeparator()}${text.slice(-digits)}`;
}

/** 15000, "USD" → "$150.00" ("150,00 US$" in Spanish), as src/i18n/format.ts writes money. */
export function formatMoney(minor: number, currency: string): string {
  return formatMoneyForLocale(minor, currency);
}
