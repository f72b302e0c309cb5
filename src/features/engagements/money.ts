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
  const cleaned = text.trim().replace(/[\s,]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, message: 'Enter an amount like 150.00.' };
  const digits = minorDigits(currency);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no minor unit: enter a whole amount.`
          : `Use at most ${digits} decimals.`,
    };
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'That amount is too large.' };
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

/** 15000, "USD" → "$150.00" in the coach's locale. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 10 ** digits);
  } catch {
    return `${currency} ${minorToInput(minor, currency)}`;
  }
}
