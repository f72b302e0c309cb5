import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../electron/core/db/migrations';
import { parseKeyFile } from '../../electron/core/keyring/keyfile';
import { keyFilePath, type PracticeManager } from '../../electron/core/practice/practice-manager';
import { AppError, type ErrorCode } from '../../electron/shared/errors';
import type { PracticeStatus } from '../../electron/shared/practice';
import { FIXED_NOW, snapshotFiles, type TempPractice, tempPractice } from './helpers/temp-practice';

const PASS_A = 'lantern meadow copper 42';
const PASS_B = 'quiet river under glass';

let env: TempPractice;

beforeEach(() => {
  env = tempPractice();
});

afterEach(() => {
  env.cleanup();
});

function appErrorOf(fn: () => unknown): AppError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an AppError to be thrown').toBeInstanceOf(AppError);
  return thrown as AppError;
}

function codeOf(fn: () => unknown): ErrorCode {
  return appErrorOf(fn).code;
}

/** The database, its key file and SQLite's side files for one practice. */
function practiceFiles(dbPath: string): string[] {
  return [dbPath, keyFilePath(dbPath), `${dbPath}-wal`, `${dbPath}-shm`];
}

function createDefault(manager: PracticeManager, name = 'Harbour Lane Coaching', coachName = 'Mira Okafor') {
  const status = manager.create({ name, coachName, passphrase: PASS_A });
  const path = status.current?.path;
  if (!path) throw new Error('create did not report a current practice');
  return { status, path };
}

describe('first run and creating a practice', () => {
  it('starts with no practice', () => {
    const manager = env.newManager();
    expect(manager.status()).toEqual({
      state: 'no-practice',
      current: null,
      known: [],
      remembered: false,
      hasRecoveryKey: false,
    });
    expect(codeOf(() => manager.requireDb())).toBe('locked');
    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('no_practice');
    expect(manager.defaultFolder).toBe(join(env.dataDir, 'practices'));
  });

  it('creates an unlocked practice with its database and key file in the practices folder', () => {
    const manager = env.newManager();
    const seen: PracticeStatus[] = [];
    manager.onChange((s) => seen.push(s));

    const { status, path } = createDefault(manager);

    const expectedPath = join(env.dataDir, 'practices', 'harbour-lane-coaching.coachbook');
    expect(path).toBe(expectedPath);
    expect(status.state).toBe('unlocked');
    expect(status.current).toEqual({
      path: expectedPath,
      name: 'Harbour Lane Coaching',
      lastOpenedAt: FIXED_NOW.toISOString(),
    });
    expect(status.known).toEqual([status.current]);
    expect(seen).toEqual([status]);
    expect(existsSync(expectedPath)).toBe(true);
    expect(existsSync(`${expectedPath}.key`)).toBe(true);
    expect(readdirSync(join(env.dataDir, 'practices')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const profile = manager.profile();
    expect(profile.name).toBe('Harbour Lane Coaching');
    expect(profile.coachName).toBe('Mira Okafor');
    expect(profile.createdAt).toBe(FIXED_NOW.toISOString());

    const keyFile = parseKeyFile(readFileSync(`${expectedPath}.key`, 'utf8'));
    expect(keyFile.practiceId).toBe(profile.id);
    expect(keyFile.practiceName).toBe('Harbour Lane Coaching');
    // The manager's (test) KDF cost is the one recorded.
    expect(keyFile.slots.passphrase.kdf).toMatchObject({ N: 2 ** 12, r: 8, p: 1 });
  });

  it('applies every migration and opens with WAL and foreign keys on', () => {
    const manager = env.newManager();
    createDefault(manager);
    const db = manager.requireDb();
    expect(LATEST_VERSION).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['practice', 'setting']));

    // The same holds after a lock/unlock cycle (the settings are per connection).
    manager.lock();
    manager.unlock({ passphrase: PASS_A });
    const reopened = manager.requireDb();
    expect(reopened).not.toBe(db);
    expect(reopened.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(reopened.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});

describe('locking and unlocking', () => {
  it('lock closes the database; requireDb and profile then throw locked', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    const db = manager.requireDb();

    const status = manager.lock();
    expect(status.state).toBe('locked');
    expect(status.current?.path).toBe(path);
    expect(db.open).toBe(false);
    const error = appErrorOf(() => manager.requireDb());
    expect(error.code).toBe('locked');
    expect(codeOf(() => manager.profile())).toBe('locked');
    // Locking twice is harmless.
    expect(manager.lock().state).toBe('locked');
  });

  it('a wrong passphrase is refused and changes no file; the right one unlocks', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.requireDb().prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run('k', '"v"');
    manager.lock();
    const before = snapshotFiles(practiceFiles(path));
    expect(before[path]).not.toBeNull();
    expect(before[keyFilePath(path)]).not.toBeNull();

    for (const attempt of ['lantern meadow copper 43', '', PASS_B]) {
      const error = appErrorOf(() => manager.unlock({ passphrase: attempt }));
      expect(error.code).toBe('wrong_passphrase');
      expect(error.field).toBe('passphrase');
      expect(manager.status().state).toBe('locked');
      expect(codeOf(() => manager.requireDb())).toBe('locked');
    }
    expect(snapshotFiles(practiceFiles(path))).toEqual(before);

    env.clock.advance(60_000);
    const status = manager.unlock({ passphrase: PASS_A });
    expect(status.state).toBe('unlocked');
    expect(status.current?.lastOpenedAt).toBe(new Date(FIXED_NOW.getTime() + 60_000).toISOString());
    expect(manager.profile().coachName).toBe('Mira Okafor');
    expect(manager.requireDb().prepare('SELECT value FROM setting WHERE key = ?').pluck().get('k')).toBe(
      '"v"',
    );
    // Unlocking again while unlocked keeps the same handle.
    const db = manager.requireDb();
    expect(manager.unlock({ passphrase: 'anything' }).state).toBe('unlocked');
    expect(manager.requireDb()).toBe(db);
  });

  it('an app restart starts locked on the same practice, which then unlocks', () => {
    const first = env.newManager();
    const { path } = createDefault(first);
    first.close();

    const second = env.newManager();
    const status = second.status();
    expect(status.state).toBe('locked');
    expect(status.current?.path).toBe(path);
    expect(status.current?.name).toBe('Harbour Lane Coaching');
    expect(codeOf(() => second.requireDb())).toBe('locked');
    expect(second.unlock({ passphrase: PASS_A }).state).toBe('unlocked');
    expect(second.profile()).toMatchObject({ name: 'Harbour Lane Coaching', coachName: 'Mira Okafor' });
  });
});

describe('several practices', () => {
  it('keeps two practices apart: select, unlock and profile follow the selection', () => {
    const manager = env.newManager();
    const a = manager.create({ name: 'Café Élan Coaching', coachName: 'Inès Duval', passphrase: PASS_A });
    const pathA = a.current?.path ?? '';
    const b = manager.create({ name: 'Zoë & Jón Mentoring', coachName: 'Zoë Brandt', passphrase: PASS_B });
    const pathB = b.current?.path ?? '';

    expect(pathA).toBe(join(env.dataDir, 'practices', 'cafe-elan-coaching.coachbook'));
    expect(pathB).toBe(join(env.dataDir, 'practices', 'zoe-jon-mentoring.coachbook'));
    expect(b.state).toBe('unlocked');
    expect(manager.profile().coachName).toBe('Zoë Brandt');
    expect(b.known.map((p) => p.path).sort()).toEqual([pathA, pathB].sort());

    const selected = manager.select({ path: pathA });
    expect(selected.state).toBe('locked');
    expect(selected.current?.path).toBe(pathA);
    expect(selected.current?.name).toBe('Café Élan Coaching');
    expect(codeOf(() => manager.requireDb())).toBe('locked');

    // B's passphrase does not open A.
    expect(codeOf(() => manager.unlock({ passphrase: PASS_B }))).toBe('wrong_passphrase');
    expect(manager.unlock({ passphrase: PASS_A }).state).toBe('unlocked');
    expect(manager.profile()).toMatchObject({ name: 'Café Élan Coaching', coachName: 'Inès Duval' });

    const known = manager.status().known;
    expect(known).toHaveLength(2);
    expect(known.map((p) => [p.path, p.name]).sort()).toEqual(
      [
        [pathA, 'Café Élan Coaching'],
        [pathB, 'Zoë & Jón Mentoring'],
      ].sort(),
    );

    // And back to B, which is B's own data.
    manager.select({ path: pathB });
    manager.unlock({ passphrase: PASS_B });
    expect(manager.profile()).toMatchObject({ name: 'Zoë & Jón Mentoring', coachName: 'Zoë Brandt' });

    // A restart remembers the last one used.
    manager.close();
    expect(env.newManager().status().current?.path).toBe(pathB);
  });

  it('gives the same name twice distinct files', () => {
    const manager = env.newManager();
    const first = manager.create({ name: 'My Practice', coachName: 'First Coach', passphrase: PASS_A });
    const second = manager.create({ name: 'My Practice', coachName: 'Second Coach', passphrase: PASS_B });
    const folder = join(env.dataDir, 'practices');
    expect(first.current?.path).toBe(join(folder, 'my-practice.coachbook'));
    expect(second.current?.path).toBe(join(folder, 'my-practice-2.coachbook'));
    for (const path of [first.current?.path ?? '', second.current?.path ?? '']) {
      expect(existsSync(path)).toBe(true);
      expect(existsSync(keyFilePath(path))).toBe(true);
    }
    expect(second.known).toHaveLength(2);

    manager.select({ path: join(folder, 'my-practice.coachbook') });
    manager.unlock({ passphrase: PASS_A });
    expect(manager.profile().coachName).toBe('First Coach');
  });

  it('falls back to a generic file name when the name has no letters or digits', () => {
    const manager = env.newManager();
    const status = manager.create({ name: 'ノート', coachName: 'Coach', passphrase: PASS_A });
    expect(status.current?.path).toBe(join(env.dataDir, 'practices', 'practice.coachbook'));
    expect(status.current?.name).toBe('ノート');
  });

  it('opens a practice file from another folder through the dialog', async () => {
    // Made by "another computer": a separate data folder, so this manager has never seen it.
    const elsewhere = env.subDir('elsewhere');
    const other = env.newManager({ dataDir: env.subDir('otherData') });
    const made = other.create({
      name: 'Remote Practice',
      coachName: 'Remote Coach',
      passphrase: PASS_B,
      folder: elsewhere,
    });
    const remotePath = made.current?.path ?? '';
    expect(remotePath).toBe(join(elsewhere, 'remote-practice.coachbook'));
    other.close();

    const manager = env.newManager();
    const { path: localPath } = createDefault(manager);
    env.dialogs.next = remotePath;
    const status = await manager.openOther();
    expect(env.dialogs.calls).toBe(1);
    expect(status.state).toBe('locked');
    expect(status.current).toEqual({ path: remotePath, name: 'Remote Practice', lastOpenedAt: null });
    expect(status.known.map((p) => p.path).sort()).toEqual([localPath, remotePath].sort());
    expect(manager.unlock({ passphrase: PASS_B }).state).toBe('unlocked');
    expect(manager.profile()).toMatchObject({ name: 'Remote Practice', coachName: 'Remote Coach' });
  });

  it('a cancelled dialog changes nothing, locked or unlocked', async () => {
    const manager = env.newManager();
    createDefault(manager);
    const seen: PracticeStatus[] = [];
    manager.onChange((s) => seen.push(s));

    env.dialogs.next = null;
    const unlocked = manager.status();
    expect(await manager.openOther()).toEqual(unlocked);
    expect(manager.status()).toEqual(unlocked);
    expect(manager.requireDb().open).toBe(true);
    expect(manager.profile().coachName).toBe('Mira Okafor');

    manager.lock();
    const locked = manager.status();
    expect(await manager.openOther()).toEqual(locked);
    expect(manager.status()).toEqual(locked);
    expect(env.dialogs.calls).toBe(2);
    // Only the lock was a change.
    expect(seen).toEqual([locked]);
  });
});

describe('damaged or missing files', () => {
  it('a missing key file is key_file_missing and the database is untouched', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.lock();
    rmSync(keyFilePath(path));
    const before = snapshotFiles(practiceFiles(path));

    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('key_file_missing');
    expect(manager.status().state).toBe('locked');
    expect(codeOf(() => manager.select({ path }))).toBe('key_file_missing');
    expect(snapshotFiles(practiceFiles(path))).toEqual(before);
    expect(existsSync(keyFilePath(path))).toBe(false);
  });

  it('a damaged key file is key_file_damaged and neither file changes', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.lock();
    writeFileSync(keyFilePath(path), randomBytes(300));
    const before = snapshotFiles(practiceFiles(path));

    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('key_file_damaged');
    expect(manager.status().state).toBe('locked');
    expect(snapshotFiles(practiceFiles(path))).toEqual(before);

    // A truncated key file is damaged too.
    const text = readFileSync(keyFilePath(path));
    writeFileSync(keyFilePath(path), text.subarray(0, 100));
    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('key_file_damaged');
  });

  it('a database replaced by random bytes is practice_damaged and is not overwritten', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.lock();
    writeFileSync(path, randomBytes(64 * 1024));
    const before = snapshotFiles(practiceFiles(path));
    expect(before[`${path}-wal`]).toBeNull();

    const error = appErrorOf(() => manager.unlock({ passphrase: PASS_A }));
    expect(error.code).toBe('practice_damaged');
    expect(manager.status().state).toBe('locked');
    expect(codeOf(() => manager.requireDb())).toBe('locked');
    expect(snapshotFiles(practiceFiles(path))).toEqual(before);
  });

  it('a database swapped for another practice (same passphrase, other key) is practice_damaged', () => {
    const manager = env.newManager();
    const a = manager.create({ name: 'Alpha', coachName: 'A', passphrase: PASS_A }).current?.path ?? '';
    const b = manager.create({ name: 'Beta', coachName: 'B', passphrase: PASS_A }).current?.path ?? '';
    manager.lock();
    writeFileSync(a, readFileSync(b));
    manager.select({ path: a });
    const before = snapshotFiles(practiceFiles(a));
    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('practice_damaged');
    expect(snapshotFiles(practiceFiles(a))).toEqual(before);
  });

  it('a missing database file is practice_not_found', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.lock();
    rmSync(path);
    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('practice_not_found');
    expect(existsSync(path)).toBe(false);
  });

  it('a database from a newer Coachbook is practice_too_new, on unlock and after a restart', () => {
    const manager = env.newManager();
    const { path } = createDefault(manager);
    manager.requireDb().pragma('user_version = 999');
    expect(manager.requireDb().pragma('user_version', { simple: true })).toBe(999);
    manager.lock();
    const before = snapshotFiles(practiceFiles(path));

    expect(codeOf(() => manager.unlock({ passphrase: PASS_A }))).toBe('practice_too_new');
    expect(manager.status().state).toBe('locked');
    expect(codeOf(() => manager.requireDb())).toBe('locked');

    const restarted = env.newManager();
    expect(restarted.status().state).toBe('locked');
    expect(codeOf(() => restarted.unlock({ passphrase: PASS_A }))).toBe('practice_too_new');
    expect(restarted.status().state).toBe('locked');
    // Still the newer version: nothing was migrated down or rewritten.
    expect(snapshotFiles([path, keyFilePath(path)])).toEqual({
      [path]: before[path],
      [keyFilePath(path)]: before[keyFilePath(path)],
    });
  });
});
