import { i18n } from '../../i18n';
import { formatMoney as formatMoneyForLocale } from '../../i18n/format';

/**
 * Money is stored as integer minor units plus an ISO 4217 code. These helpers move
 * between that and what a coach types ("150", "150.00", "1,500.50").
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

/** "150.00" → 15000 (USD). Empty is null. Commas and spaces group thousands. */
export function parseMoney(text: string, currency: string): MoneyParse {
  const trimmed = text.trim();
  // A comma only groups thousands: "150,50" (a decimal comma) would otherwise read as 15050.
  if (/,(?!\d{3}(?:\D|$))/.test(trimmed)) {
    return { ok: false, message: i18n.t('engagements:money.invalid') };
  }
  const cleaned = trimmed.replace(/[\s,]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
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

/** 15000 → "150.00" (for an input). */
export function minorToInput(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** 15000, "USD" → "$150.00" ("150,00 US$" in Spanish), as src/i18n/format.ts writes money. */
export function formatMoney(minor: number, currency: string): string {
  return formatMoneyForLocale(minor, currency);
}
