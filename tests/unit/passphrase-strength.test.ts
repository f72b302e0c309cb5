import { afterEach, describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH } from '../../electron/shared/contract';
import { passphraseStrength } from '../../src/features/practice/passphrase-strength';
import { i18n } from '../../src/i18n';

describe('passphrase strength hint', () => {
  it('asks for more characters below the minimum', () => {
    expect(passphraseStrength('').score).toBe(0);
    const short = passphraseStrength('abc');
    expect(short.label).toBe('Too short');
    expect(short.hint).toBe(`${MIN_PASSPHRASE_LENGTH - 3} more characters needed.`);
    expect(passphraseStrength('a'.repeat(MIN_PASSPHRASE_LENGTH - 1)).hint).toBe('1 more character needed.');
  });

  it('calls common words and repeated characters weak', () => {
    expect(passphraseStrength('password123456').label).toBe('Weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa').label).toBe('Weak');
  });

  it('rewards length and several words', () => {
    expect(passphraseStrength('tangerine1').score).toBe(1);
    expect(passphraseStrength('tangerine harbour').score).toBe(2);
    expect(passphraseStrength('tangerine harbour violin').score).toBe(4);
  });

  describe('in Spanish', () => {
    afterEach(() => {
      void i18n.changeLanguage('en');
    });

    it('follows the language at call time', () => {
      void i18n.changeLanguage('es');
      const short = passphraseStrength('abc');
      expect(short.label).toBe('Demasiado corta');
      expect(short.hint).toBe(`Faltan ${MIN_PASSPHRASE_LENGTH - 3} caracteres.`);
      expect(passphraseStrength('a'.repeat(MIN_PASSPHRASE_LENGTH - 1)).hint).toBe('Falta 1 carácter.');
      expect(passphraseStrength('tangerine harbour violin').label).toBe('Muy fuerte');
    });
  });
});
