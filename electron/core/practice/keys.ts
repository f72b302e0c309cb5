import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { PracticeStatus } from '../../shared/practice';
import { writeFileAtomic } from '../fs-atomic';
import { unwrapDataKey, wrapDataKey } from '../keyring/keyfile';
import { formatRecoveryKey, newRecoveryKey, normaliseRecoveryKey } from '../keyring/recovery-key';
import type { Keychain } from '../ports';
import type { PracticeManager } from './practice-manager';

/**
 * Ways to hold the data key besides the passphrase. Each re-wraps the same data key;
 * the database is never re-encrypted.
 */

/** A recovery key is 256 random bits: a light KDF is enough, and unlocking with it stays quick. */
const RECOVERY_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

/** Creates (or replaces) the recovery key of the open practice and returns it, once. */
export function createRecoveryKey(practices: PracticeManager): string {
  const { dataKey, path, keyFile } = practices.unlocked();
  const recoveryKey = newRecoveryKey();
  const slot = wrapDataKey(
    dataKey,
    normaliseRecoveryKey(recoveryKey),
    keyFile.practiceId,
    'recovery',
    RECOVERY_SCRYPT,
  );
  practices.writeKeyFile(path, { ...keyFile, slots: { ...keyFile.slots, recovery: slot } });
  return recoveryKey;
}

export function hasRecoveryKey(practices: PracticeManager): boolean {
  try {
    return practices.selectedKeyFile().keyFile.slots.recovery !== undefined;
  } catch {
    return false;
  }
}

export function changePassphrase(practices: PracticeManager, current: string, next: string): void {
  const { dataKey, path, keyFile } = practices.unlocked();
  // Proves the coach knows the current passphrase before anything changes.
  try {
    unwrapDataKey(keyFile, current, 'passphrase').fill(0);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, 'current');
    throw error;
  }
  const slot = wrapDataKey(dataKey, next, keyFile.practiceId, 'passphrase', practices.scryptParams);
  practices.writeKeyFile(path, { ...keyFile, slots: { ...keyFile.slots, passphrase: slot } });
}

/** Forgotten passphrase: the recovery key opens the practice and a new passphrase is set. */
export function unlockWithRecoveryKey(
  practices: PracticeManager,
  recoveryKey: string,
  newPassphrase: string,
): PracticeStatus {
  const { path, keyFile } = practices.selectedKeyFile();
  if (!keyFile.slots.recovery) {
    throw new AppError('wrong_passphrase', msg('errors:recoveryKey.none'), 'recoveryKey');
  }
  const dataKey = unwrapDataKey(keyFile, normaliseRecoveryKey(recoveryKey), 'recovery');
  const slot = wrapDataKey(dataKey, newPassphrase, keyFile.practiceId, 'passphrase', practices.scryptParams);
  const status = practices.openWithKey(path, keyFile, dataKey);
  practices.writeKeyFile(path, { ...keyFile, slots: { ...keyFile.slots, passphrase: slot } });
  return status;
}

const rememberedFile = (practices: PracticeManager, practiceId: string) =>
  join(practices.dataDir, 'remembered', `${practiceId}.bin`);

/** "Remember on this computer": the data key sealed by the OS keychain, off by default. */
export function setRemembered(practices: PracticeManager, keychain: Keychain, remember: boolean): boolean {
  const { dataKey, keyFile } = practices.unlocked();
  const file = rememberedFile(practices, keyFile.practiceId);
  if (!remember) {
    rmSync(file, { force: true });
    return false;
  }
  if (!keychain.isAvailable()) {
    throw new AppError('validation', msg('errors:keychain.none'), 'remember');
  }
  mkdirSync(join(practices.dataDir, 'remembered'), { recursive: true });
  writeFileAtomic(file, keychain.encrypt(dataKey));
  return true;
}

export function isRemembered(practices: PracticeManager): boolean {
  try {
    return existsSync(rememberedFile(practices, practices.selectedKeyFile().keyFile.practiceId));
  } catch {
    return false;
  }
}

export function unlockRemembered(practices: PracticeManager, keychain: Keychain): PracticeStatus {
  const { path, keyFile } = practices.selectedKeyFile();
  const file = rememberedFile(practices, keyFile.practiceId);
  if (!existsSync(file) || !keychain.isAvailable()) {
    throw new AppError('wrong_passphrase', msg('errors:keychain.notRemembered'), 'passphrase');
  }
  let dataKey: Buffer;
  try {
    dataKey = keychain.decrypt(readFileSync(file));
  } catch {
    rmSync(file, { force: true });
    throw new AppError('wrong_passphrase', msg('errors:keychain.failed'), 'passphrase');
  }
  return practices.openWithKey(path, keyFile, dataKey);
}

export { formatRecoveryKey };
