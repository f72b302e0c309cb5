import { randomBytes } from 'node:crypto';

/**
 * A recovery key: 256 random bits written as 52 base32 characters in groups of four
 * (no 0/1/8/9 to mistake for O/I/B/g when typed back from paper).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newRecoveryKey(): string {
  const bytes = randomBytes(32);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return formatRecoveryKey(out);
}

export function formatRecoveryKey(raw: string): string {
  return (
    normaliseRecoveryKey(raw)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  );
}

/** What the coach typed, as the canonical key: case, spaces and dashes do not matter. */
export function normaliseRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z2-7]/g, '');
}
