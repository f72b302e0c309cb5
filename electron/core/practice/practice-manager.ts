import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { PracticeProfile, PracticeStatus, PracticeSummary } from '../../shared/practice';
import { seedDefaultTemplate } from '../agreements/templates';
import type { Clock } from '../clock';
import { type Db, openPracticeDb } from '../db/connection';
import { writeFileAtomic } from '../fs-atomic';
import {
  createKeyFile,
  type KeyFile,
  newDataKey,
  parseKeyFile,
  type ScryptParams,
  serializeKeyFile,
  unwrapDataKey,
} from '../keyring/keyfile';
import type { Dialogs } from '../ports';
import { readSetting, writeSetting } from '../settings';
import { hasRecoveryKey, isRemembered } from './keys';
import { PracticeRegistry } from './registry';

export const PRACTICE_EXTENSION = '.coachbook';

/** The key file sits beside the database it unlocks. */
export const keyFilePath = (dbPath: string) => `${dbPath}.key`;

/** Set in a practice made by the demo generator, so it is labelled wherever it is opened from. */
export const DEMO_SETTING = 'practice.demo';

export interface PracticeManagerOptions {
  /** The user data folder: the default practice and the practice list live here. */
  dataDir: string;
  clock: Clock;
  dialogs: Dialogs;
  /** Tests lower the KDF cost; the app always uses the default. */
  scrypt?: ScryptParams;
  /** See OpenOptions.nativeBinding. */
  nativeBinding?: string;
}

type Listener = (status: PracticeStatus) => void;

/**
 * Which practice file is selected, and whether it is open. Locked means the
 * database handle is closed and the data key is gone from memory.
 */
export class PracticeManager {
  private readonly registry: PracticeRegistry;
  private selected: string | null;
  private db: Db | null = null;
  /** Kept only while unlocked (backups, re-wrapping); zeroed on lock. */
  private dataKey: Buffer | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly opts: PracticeManagerOptions) {
    mkdirSync(opts.dataDir, { recursive: true });
    this.registry = new PracticeRegistry(join(opts.dataDir, 'practices.json'));
    const registry = this.registry.read();
    this.selected = registry.lastUsed ?? registry.practices[0]?.path ?? null;
  }

  get defaultFolder(): string {
    return join(this.opts.dataDir, 'practices');
  }

  status(): PracticeStatus {
    const known = this.registry.read().practices;
    const current = this.selected
      ? (known.find((p) => p.path === this.selected) ?? this.summaryOf(this.selected))
      : null;
    return {
      state: current === null ? 'no-practice' : this.db ? 'unlocked' : 'locked',
      current,
      known,
      remembered: current !== null && isRemembered(this),
      hasRecoveryKey: current !== null && hasRecoveryKey(this),
    };
  }

  /** Called whenever the state changes (the shell forwards it to the renderer). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The open database, for services. Throws `locked` when nothing is unlocked. */
  requireDb(): Db {
    if (!this.db) throw new AppError('locked', msg('errors:practice.locked'));
    return this.db;
  }

  create(input: {
    name: string;
    coachName: string;
    passphrase: string;
    folder?: string;
    demo?: boolean;
  }): PracticeStatus {
    const folder = input.folder ?? this.defaultFolder;
    mkdirSync(folder, { recursive: true });
    const path = this.freePath(folder, input.name);
    const practiceId = randomUUID();
    const dataKey = newDataKey();
    const keyFile = createKeyFile({
      practiceId,
      practiceName: input.name,
      dataKey,
      passphrase: input.passphrase,
      scrypt: this.opts.scrypt,
    });
    this.closeDb();
    let db: Db | undefined;
    try {
      db = openPracticeDb(path, dataKey, { create: true, nativeBinding: this.opts.nativeBinding });
      const opened = db;
      opened.transaction(() => {
        opened
          .prepare('INSERT INTO practice (id, name, coach_name, created_at) VALUES (?, ?, ?, ?)')
          .run(practiceId, input.name, input.coachName, this.opts.clock.now().toISOString());
        seedDefaultTemplate(opened, this.opts.clock);
        if (input.demo) writeSetting(opened, DEMO_SETTING, true);
      })();
      writeFileAtomic(keyFilePath(path), serializeKeyFile(keyFile));
    } catch (error) {
      // Leave nothing half-made behind: a database without its key file is useless.
      db?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      rmSync(keyFilePath(path), { force: true });
      dataKey.fill(0);
      throw error;
    }
    this.db = db;
    this.dataKey = dataKey;
    this.selected = path;
    this.registry.remember({
      path,
      name: input.name,
      lastOpenedAt: this.opts.clock.now().toISOString(),
      ...(input.demo ? { demo: true } : {}),
    });
    return this.changed();
  }

  /** Closes and deletes a practice made moments ago that could not be finished (e.g. a failed demo). */
  discardCreated(path: string): PracticeStatus {
    if (this.selected !== path) throw new AppError('validation', msg('errors:practice.onlyNewDiscarded'));
    this.closeDb();
    for (const suffix of ['', '-wal', '-shm', '.key']) rmSync(`${path}${suffix}`, { force: true });
    const registry = this.registry.forget(path);
    this.selected = registry.lastUsed;
    return this.changed();
  }

  unlock(input: { passphrase: string }): PracticeStatus {
    const path = this.selected;
    if (!path) throw new AppError('no_practice', msg('errors:practice.none'));
    if (this.db) return this.status();
    const keyFile = this.readKeyFile(path);
    if (!existsSync(path)) {
      throw new AppError('practice_not_found', msg('errors:practice.notFound'));
    }
    return this.openWithKey(path, keyFile, unwrapDataKey(keyFile, input.passphrase, 'passphrase'));
  }

  /** Opens the selected practice with a data key unwrapped by any means (passphrase, recovery key, keychain). */
  openWithKey(path: string, keyFile: KeyFile, dataKey: Buffer): PracticeStatus {
    // Already open (e.g. a recovery-key unlock while unlocked): close the old handle and zero its key.
    this.closeDb();
    try {
      this.db = openPracticeDb(path, dataKey, { nativeBinding: this.opts.nativeBinding });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    this.dataKey = dataKey;
    this.registry.remember({
      path,
      name: keyFile.practiceName,
      lastOpenedAt: this.opts.clock.now().toISOString(),
    });
    return this.changed();
  }

  /** The selected practice's path and key file, for unlocking by other means. */
  selectedKeyFile(): { path: string; keyFile: KeyFile } {
    const path = this.selected;
    if (!path) throw new AppError('no_practice', msg('errors:practice.none'));
    const keyFile = this.readKeyFile(path);
    if (!existsSync(path)) {
      throw new AppError('practice_not_found', msg('errors:practice.notFound'));
    }
    return { path, keyFile };
  }

  /** The open practice with its data key, for key management and backups. Throws `locked`. */
  unlocked(): { db: Db; dataKey: Buffer; path: string; keyFile: KeyFile } {
    const db = this.requireDb();
    const path = this.selected;
    if (!path || !this.dataKey) throw new AppError('locked', msg('errors:practice.locked'));
    return { db, dataKey: this.dataKey, path, keyFile: this.readKeyFile(path) };
  }

  /** Replaces the key file atomically (new wrapping of the same data key). */
  writeKeyFile(path: string, keyFile: KeyFile): void {
    writeFileAtomic(keyFilePath(path), serializeKeyFile(keyFile));
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }

  get scryptParams(): ScryptParams | undefined {
    return this.opts.scrypt;
  }

  /**
   * Closes the open practice without announcing a lock (for a restore that reopens it at
   * once), and hands back what is needed to reopen it. The caller must reopen or lock.
   */
  closeQuietly(): { path: string; keyFile: KeyFile; dataKey: Buffer } {
    const { path, keyFile, dataKey } = this.unlocked();
    const copy = Buffer.from(dataKey);
    this.closeDb();
    return { path, keyFile, dataKey: copy };
  }

  lock(): PracticeStatus {
    this.closeDb();
    return this.changed();
  }

  /** Switches to another practice file; it starts locked. */
  select(input: { path: string }): PracticeStatus {
    const path = resolve(input.path);
    const keyFile = this.readKeyFile(path);
    if (!existsSync(path)) {
      throw new AppError('practice_not_found', msg('errors:practice.notFound'));
    }
    this.closeDb();
    this.selected = path;
    const previous = this.registry.read().practices.find((p) => p.path === path);
    this.registry.remember({
      path,
      name: keyFile.practiceName,
      lastOpenedAt: previous?.lastOpenedAt ?? null,
    });
    return this.changed();
  }

  async openOther(): Promise<PracticeStatus> {
    const path = await this.opts.dialogs.choosePracticeFile();
    return path === null ? this.status() : this.select({ path });
  }

  profile(): PracticeProfile {
    const db = this.requireDb();
    const row = db
      .prepare('SELECT id, name, coach_name AS coachName, created_at AS createdAt FROM practice LIMIT 1')
      .get() as Omit<PracticeProfile, 'demo'> | undefined;
    if (!row) throw new AppError('practice_damaged', msg('errors:practice.noProfile'));
    return { ...row, demo: readSetting<boolean>(db, DEMO_SETTING, false) === true };
  }

  close(): void {
    this.closeDb();
  }

  private readKeyFile(path: string): KeyFile {
    const keyPath = keyFilePath(path);
    if (!existsSync(keyPath)) {
      throw new AppError(
        'key_file_missing',
        msg('errors:practice.keyFileMissing', { file: basename(keyPath) }),
      );
    }
    return parseKeyFile(readFileSync(keyPath, 'utf8'));
  }

  private summaryOf(path: string): PracticeSummary {
    let name = basename(path, PRACTICE_EXTENSION);
    try {
      name = this.readKeyFile(path).practiceName;
    } catch {
      // The unlock attempt will report what is wrong with the key file.
    }
    return { path, name, lastOpenedAt: null };
  }

  private freePath(folder: string, name: string): string {
    const slug =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase()
        .slice(0, 60) || 'practice';
    for (let n = 1; ; n++) {
      const path = join(folder, `${slug}${n === 1 ? '' : `-${n}`}${PRACTICE_EXTENSION}`);
      if (!existsSync(path) && !existsSync(keyFilePath(path))) return resolve(path);
    }
  }

  private closeDb(): void {
    if (this.db) {
      this.db.close();
      this.db = null;
    }
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  private changed(): PracticeStatus {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
    return status;
  }
}
