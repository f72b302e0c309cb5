import { MIN_PASSPHRASE_LENGTH } from '../../../electron/shared/contract';
import { i18n } from '../../i18n';

export type Strength = { score: 0 | 1 | 2 | 3 | 4; label: string; hint: string };

const COMMON = /^(password|passphrase|coachbook|coaching|123456|qwerty|letmein|welcome)/i;

/**
 * A hint, not a gate (the gate is the minimum length in the contract). Length
 * matters most for passphrases; repeated characters and common words count against.
 * The words are looked up on each call, so they follow a change of language.
 */
export function passphraseStrength(value: string): Strength {
  const t = i18n.getFixedT(null, 'practice', 'strength');
  if (value.length === 0) {
    return { score: 0, label: '', hint: t('empty', { min: MIN_PASSPHRASE_LENGTH }) };
  }
  if (value.length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: 0,
      label: t('tooShort'),
      hint: t('moreNeeded', { count: MIN_PASSPHRASE_LENGTH - value.length }),
    };
  }
  const distinct = new Set(value).size;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  const words = value
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  if (COMMON.test(value) || distinct < 5) {
    return { score: 1, label: t('weak'), hint: t('avoidCommon') };
  }
  let points = 0;
  if (value.length >= 14) points++;
  if (value.length >= 20) points++;
  if (words >= 3 || classes >= 3) points++;
  if (points === 0) return { score: 1, label: t('weak'), hint: t('addWords') };
  if (points === 1) return { score: 2, label: t('fair'), hint: t('goodStart') };
  if (points === 2) return { score: 3, label: t('strong'), hint: t('keepSafe') };
  return { score: 4, label: t('veryStrong'), hint: t('keepSafe') };
}
