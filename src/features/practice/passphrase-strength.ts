import { MIN_PASSPHRASE_LENGTH } from '../../../electron/shared/contract';

export type Strength = { score: 0 | 1 | 2 | 3 | 4; label: string; hint: string };

const COMMON = /^(password|passphrase|coachbook|coaching|123456|qwerty|letmein|welcome)/i;

/**
 * A hint, not a gate (the gate is the minimum length in the contract). Length
 * matters most for passphrases; repeated characters and common words count against.
 */
export function passphraseStrength(value: string): Strength {
  if (value.length === 0) {
    return {
      score: 0,
      label: '',
      hint: `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words work well.`,
    };
  }
  if (value.length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: 0,
      label: 'Too short',
      hint: `${MIN_PASSPHRASE_LENGTH - value.length} more characters needed.`,
    };
  }
  const distinct = new Set(value).size;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  const words = value
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  if (COMMON.test(value) || distinct < 5) {
    return { score: 1, label: 'Weak', hint: 'Avoid common words and repeated characters.' };
  }
  let points = 0;
  if (value.length >= 14) points++;
  if (value.length >= 20) points++;
  if (words >= 3 || classes >= 3) points++;
  if (points === 0) return { score: 1, label: 'Weak', hint: 'Longer is stronger: add another word or two.' };
  if (points === 1)
    return { score: 2, label: 'Fair', hint: 'Good start. Another word would make it strong.' };
  if (points === 2) return { score: 3, label: 'Strong', hint: 'Keep it somewhere safe.' };
  return { score: 4, label: 'Very strong', hint: 'Keep it somewhere safe.' };
}
