import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createRecoveryKey,
  setRemembered,
  unlockRemembered,
  unlockWithRecoveryKey,
} from '../../electron/core/practice/keys';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { keyFilePath } from '../../electron/core/practice/practice-manager';
import { fakeKeychain } from '../e2e/harness';
import { thrownText } from '../helpers/english';
import { sha256File, type TempPractice, tempPractice } from './helpers/temp-practice';

let temp: TempPractice;
let practices: PracticeManager;
let dbPath: string;
const PASS = 'original passphrase here';

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  dbPath = practices.create({ name: 'Keys', coachName: 'Coach', passphrase: PASS }).current?.path ?? '';
});
afterEach(() => temp.cleanup());

describe('the recovery key', () => {
  it('unlocks a practice whose passphrase is forgotten and sets a new one', () => {
    const recoveryKey = createRecoveryKey(practices);
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(practices.status().hasRecoveryKey).toBe(true);
    practices.lock();
    const dbBefore = sha256File(dbPath);

    // Typed from paper: lower case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(unlockWithRecoveryKey(practices, typed, 'a brand new passphrase').state).toBe('unlocked');
    expect(sha256File(dbPath)).not.toBeNull();
    practices.lock();
    expect(sha256File(dbPath)).toBe(dbBefore); // re-wrapped, never re-encrypted
    expect(thrownText(() => practices.unlock({ passphrase: PASS }))).toMatch(/passphrase is not right/);
    expect(practices.unlock({ passphrase: 'a brand new passphrase' }).state).toBe('unlocked');
  });

  it('refuses a wrong recovery key and changes nothing on disk', () => {
    createRecoveryKey(practices);
    practices.lock();
    const before = [sha256File(dbPath), sha256File(keyFilePath(dbPath))];
    expect(
      thrownText(() => unlockWithRecoveryKey(practices, 'AAAA-BBBB-CCCC', 'whatever passphrase 1')),
    ).toMatch(/recovery key is not right/);
    expect([sha256File(dbPath), sha256File(keyFilePath(dbPath))]).toEqual(before);
    expect(practices.status().state).toBe('locked');
  });

  it('a new recovery key replaces the old one', () => {
    const first = createRecoveryKey(practices);
    createRecoveryKey(practices);
    practices.lock();
    expect(thrownText(() => unlockWithRecoveryKey(practices, first, 'another passphrase 12'))).toMatch(
      /recovery key is not right/,
    );
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the data key after checking the current passphrase', () => {
    expect(thrownText(() => changePassphrase(practices, 'not it at all', 'next passphrase 123'))).toMatch(
      /passphrase is not right/,
    );
    const keyBefore = readFileSync(keyFilePath(dbPath), 'utf8');
    changePassphrase(practices, PASS, 'next passphrase 123');
    expect(readFileSync(keyFilePath(dbPath), 'utf8')).not.toBe(keyBefore);
    practices.lock();
    expect(() => practices.unlock({ passphrase: PASS })).toThrow();
    expect(practices.unlock({ passphrase: 'next passphrase 123' }).state).toBe('unlocked');
  });
});

describe('remember on this computer', () => {
  it('is off by default, unlocks from the keychain when on, and forgets when turned off', () => {
    const keychain = fakeKeychain();
    expect(practices.status().remembered).toBe(false);
    setRemembered(practices, keychain, true);
    practices.lock();
    expect(practices.status().remembered).toBe(true);
    expect(unlockRemembered(practices, keychain).state).toBe('unlocked');
    setRemembered(practices, keychain, false);
    practices.lock();
    expect(practices.status().remembered).toBe(false);
    expect(thrownText(() => unlockRemembered(practices, keychain))).toMatch(/not remembered/);
  });

  it('falls back to the passphrase when the keychain cannot open it', () => {
    setRemembered(practices, fakeKeychain(), true);
    practices.lock();
    expect(thrownText(() => unlockRemembered(practices, fakeKeychain()))).toMatch(/Enter your passphrase/);
    expect(practices.status().remembered).toBe(false);
  });
});
