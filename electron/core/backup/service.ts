import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { BackupPreview, BackupSettings } from '../../shared/backups';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import { writeFileAtomic } from '../fs-atomic';
import { unwrapDataKey } from '../keyring/keyfile';
import { keyFilePath, PRACTICE_EXTENSION, type PracticeManager } from '../practice/practice-manager';
import { createBackup, listBackups, pruneBackups, restoreBackup, verifyBackup } from './backup';

/**
 * Backup settings live beside the practice list (not inside the practice), because a
 * damaged practice must still know where its backups are.
 */
const settingsSchema = z.record(
  z.string(),
  z.object({ folder: z.string(), keep: z.number(), auto: z.boolean(), lastBackupAt: z.string().nullable() }),
);

const settingsFile = (practices: PracticeManager) => join(practices.dataDir, 'backup-settings.json');
const slugOf = (path: string) => basename(path, PRACTICE_EXTENSION);

function readAll(practices: PracticeManager): z.infer<typeof settingsSchema> {
  const file = settingsFile(practices);
  if (!existsSync(file)) return {};
  try {
    return settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
}

export function backupSettingsFor(
  practices: PracticeManager,
  practicePath: string,
  practiceId: string,
): BackupSettings {
  return (
    readAll(practices)[practiceId] ?? {
      folder: join(practices.dataDir, 'backups', slugOf(practicePath)),
      keep: 10,
      auto: true,
      lastBackupAt: null,
    }
  );
}

export function saveBackupSettings(
  practices: PracticeManager,
  practiceId: string,
  practicePath: string,
  change: Partial<BackupSettings>,
): BackupSettings {
  if (change.folder !== undefined && !isAbsolute(change.folder)) {
    throw new AppError('validation', msg('errors:backups.chooseFolder'), 'folder');
  }
  const all = readAll(practices);
  const next = { ...backupSettingsFor(practices, practicePath, practiceId), ...change };
  writeFileAtomic(settingsFile(practices), `${JSON.stringify({ ...all, [practiceId]: next }, null, 2)}\n`);
  return next;
}

export function backupNow(practices: PracticeManager, clock: Clock) {
  const { db, dataKey, path, keyFile } = practices.unlocked();
  const settings = backupSettingsFor(practices, path, keyFile.practiceId);
  const info = createBackup({
    db,
    dataKey,
    keyFileText: readFileSync(keyFilePath(path), 'utf8'),
    practicePath: path,
    folder: settings.folder,
    clock,
  });
  pruneBackups(settings.folder, slugOf(path), settings.keep);
  saveBackupSettings(practices, keyFile.practiceId, path, { lastBackupAt: info.createdAt });
  return info;
}

/** Daily automatic backup on the first unlock of the day. Returns null when none was due. */
export function autoBackupIfDue(practices: PracticeManager, clock: Clock) {
  const { path, keyFile } = practices.unlocked();
  const settings = backupSettingsFor(practices, path, keyFile.practiceId);
  const today = clock.now().toISOString().slice(0, 10);
  if (!settings.auto || settings.lastBackupAt?.slice(0, 10) === today) return null;
  return backupNow(practices, clock);
}

export function listPracticeBackups(practices: PracticeManager) {
  const { path, keyFile } = practices.selectedKeyFile();
  return listBackups(backupSettingsFor(practices, path, keyFile.practiceId).folder, slugOf(path));
}

export function previewBackup(practices: PracticeManager, backupPath: string): BackupPreview {
  const { dataKey } = practices.unlocked();
  const info = listPracticeBackups(practices).find((b) => b.path === backupPath);
  if (!info) throw new AppError('not_found', msg('errors:backups.notInFolder'));
  const { practiceName, ...counts } = verifyBackup(backupPath, dataKey);
  return { ...info, practiceName, counts };
}

export function restoreFromBackup(practices: PracticeManager, clock: Clock, backupPath: string): string {
  const { dataKey, path, keyFile } = practices.unlocked();
  if (!listPracticeBackups(practices).some((b) => b.path === backupPath)) {
    throw new AppError('not_found', msg('errors:backups.notInFolder'));
  }
  // Checked before anything is closed or moved: a bad backup leaves the practice as it was.
  verifyBackup(backupPath, dataKey);
  // Closed and reopened without a "locked" event in between: the coach stays where they are.
  const closed = practices.closeQuietly();
  let aside: string;
  try {
    aside = restoreBackup({ backupPath, practicePath: path, dataKey: closed.dataKey, clock });
  } finally {
    practices.openWithKey(path, keyFile, closed.dataKey);
  }
  return aside;
}

/** A practice that will not open: prove the passphrase on the key file, then restore the newest good backup. */
export function restoreLatestGood(practices: PracticeManager, clock: Clock, passphrase: string) {
  const { path, keyFile } = practices.selectedKeyFile();
  const dataKey = unwrapDataKey(keyFile, passphrase, 'passphrase');
  const backups = listBackups(backupSettingsFor(practices, path, keyFile.practiceId).folder, slugOf(path));
  for (const backup of backups) {
    try {
      verifyBackup(backup.path, dataKey);
    } catch {
      continue;
    }
    const keptAsidePath = restoreBackup({ backupPath: backup.path, practicePath: path, dataKey, clock });
    practices.openWithKey(path, keyFile, dataKey);
    return { restoredFrom: backup.path, keptAsidePath };
  }
  dataKey.fill(0);
  throw new AppError('backup_damaged', msg('errors:backups.noneUsable'));
}

export function checkOpenPractice(practices: PracticeManager): boolean {
  const { db } = practices.unlocked();
  return db.pragma('integrity_check', { simple: true }) === 'ok';
}
