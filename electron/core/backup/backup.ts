import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import { type Db, openPracticeDb } from '../db/connection';
import { keyFilePath, PRACTICE_EXTENSION } from '../practice/practice-manager';

/**
 * Backups are whole practice files (database + key file), so a backup can be opened
 * like any practice. They are made with VACUUM INTO, SQLite's online, consistent copy:
 * SQLite3 Multiple Ciphers writes it encrypted with the same key, whereas the backup
 * API refuses an encrypted target. Written to temp names, verified by opening them and
 * running integrity_check, then renamed into place.
 */

export interface BackupInfo {
  path: string;
  fileName: string;
  createdAt: string;
  size: number;
}

export interface BackupPreview extends BackupInfo {
  practiceName: string;
  counts: { clients: number; sessions: number; agreements: number };
}

const STAMP = /-(\d{8})-(\d{6})(\d{3})?\.coachbook$/;

export function backupFileName(practiceSlug: string, at: Date): string {
  const iso = at.toISOString();
  // Down to the millisecond, so a manual backup right after the automatic one gets its own name.
  const time = `${iso.slice(11, 19).replaceAll(':', '')}${iso.slice(20, 23)}`;
  return `${practiceSlug}-${iso.slice(0, 10).replaceAll('-', '')}-${time}${PRACTICE_EXTENSION}`;
}

export function createBackup(opts: {
  db: Db;
  dataKey: Buffer;
  keyFileText: string;
  practicePath: string;
  folder: string;
  clock: Clock;
}): BackupInfo {
  mkdirSync(opts.folder, { recursive: true });
  const slug = basename(opts.practicePath, PRACTICE_EXTENSION);
  const target = join(opts.folder, backupFileName(slug, opts.clock.now()));
  if (existsSync(target)) throw new AppError('validation', msg('errors:backups.justMade'));
  const tmp = join(opts.folder, `.${randomBytes(6).toString('hex')}.backup-tmp`);
  const tmpKey = `${tmp}.key`;
  try {
    opts.db.prepare('VACUUM INTO ?').run(tmp);
    verifyBackup(tmp, opts.dataKey);
    copyKey(opts.keyFileText, tmpKey);
    renameSync(tmpKey, keyFilePath(target));
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    rmSync(tmpKey, { force: true });
    rmSync(keyFilePath(target), { force: true });
    throw error;
  }
  return infoOf(target);
}

function copyKey(text: string, path: string): void {
  // The key file is small JSON; written whole and flushed, then renamed by the caller.
  writeFileSync(path, text, { mode: 0o600 });
  const fd = openSync(path, 'r');
  fsyncSync(fd);
  closeSync(fd);
}

/** Opens a backup read-only with the data key and checks every page. Throws `backup_damaged`. */
export function verifyBackup(
  path: string,
  dataKey: Buffer,
): BackupPreview['counts'] & { practiceName: string } {
  let db: Db | undefined;
  try {
    db = openPracticeDb(path, dataKey, { readOnly: true });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error('integrity_check failed');
    const count = (table: string) => db?.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      practiceName:
        (db.prepare('SELECT name FROM practice LIMIT 1').pluck().get() as string | undefined) ?? '',
      clients: count('client'),
      sessions: count('session'),
      agreements: count('agreement'),
    };
  } catch {
    throw new AppError('backup_damaged', msg('errors:backups.damaged'));
  } finally {
    db?.close();
  }
}

export function listBackups(folder: string, practiceSlug: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${practiceSlug}-`) && STAMP.test(name))
    .map((name) => infoOf(join(folder, name)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps the newest `keep` backups of this practice in the folder. */
export function pruneBackups(folder: string, practiceSlug: string, keep: number): void {
  for (const old of listBackups(folder, practiceSlug).slice(keep)) {
    rmSync(old.path, { force: true });
    rmSync(keyFilePath(old.path), { force: true });
  }
}

function infoOf(path: string): BackupInfo {
  const match = STAMP.exec(basename(path));
  const [d = '', t = '', ms = '000'] = match ? [match[1], match[2], match[3] ?? '000'] : [];
  const createdAt = match
    ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`
    : statSync(path).mtime.toISOString();
  return { path, fileName: basename(path), createdAt, size: statSync(path).size };
}

/**
 * Replaces the practice file with a verified backup. The current file is kept aside
 * first (`<name>.before-restore-<time>`), never overwritten, so a restore can be undone.
 */
export function restoreBackup(opts: {
  backupPath: string;
  practicePath: string;
  dataKey: Buffer;
  clock: Clock;
}): string {
  verifyBackup(opts.backupPath, opts.dataKey);
  const stamp = opts.clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const aside = `${opts.practicePath}.before-restore-${stamp}`;
  const tmp = `${opts.practicePath}.restoring`;
  copyFileSync(opts.backupPath, tmp);
  verifyBackup(tmp, opts.dataKey);
  for (const suffix of ['-wal', '-shm']) {
    // A leftover WAL of the old file must not be replayed onto the restored one.
    if (existsSync(`${opts.practicePath}${suffix}`))
      renameSync(`${opts.practicePath}${suffix}`, `${aside}${suffix}`);
  }
  if (existsSync(opts.practicePath)) renameSync(opts.practicePath, aside);
  renameSync(tmp, opts.practicePath);
  return aside;
}
