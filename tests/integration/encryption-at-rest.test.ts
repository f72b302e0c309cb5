import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFilePath, type PracticeManager } from '../../electron/core/practice/practice-manager';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

const PRACTICE_NAME = 'Zephyrine Quillfeather Coaching';
const COACH_NAME = 'Ålesund-Ωmega-ノート Brightwater';
const PASSPHRASE = 'marble orchard lantern 1907';
const NOTE_SENTINEL = 'Vantablack-Octarine-Thimbleweed-4471';
/** A long session-note-like text: several pages' worth, so it spills into overflow pages. */
const LONG_NOTE = Array.from(
  { length: 120 },
  (_, i) =>
    `Session ${i + 1}: client spoke about ${NOTE_SENTINEL} and the move to Tromsø; agreed on three small steps — ` +
    'journal each evening, call the sister on Sunday, and revisit the career question next week.',
).join('\n');
const SETTING_SENTINEL = 'Gravelwick-Ψ-ミント-Promise';

/** Every text that must never appear in the database or its side files. */
const SECRETS = [
  PRACTICE_NAME,
  'Zephyrine',
  'Quillfeather',
  COACH_NAME,
  'Ålesund',
  'Ωmega',
  'ノート',
  'Brightwater',
  NOTE_SENTINEL,
  'Thimbleweed',
  'Tromsø',
  'journal each evening',
  SETTING_SENTINEL,
  'Gravelwick',
];
/** The key file and the practice list carry the practice name by design; nothing else. */
const NAME_ONLY = new Set([PRACTICE_NAME, 'Zephyrine', 'Quillfeather']);

/** Which of `needles` occur in `bytes`, as UTF-8 or UTF-16LE. */
function leaks(bytes: Buffer, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const needle of needles) {
    if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${needle} (utf8)`);
    if (bytes.includes(Buffer.from(needle, 'utf16le'))) found.push(`${needle} (utf16le)`);
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

let env: TempPractice;
let manager: PracticeManager;
let dbPath: string;

beforeEach(() => {
  env = tempPractice();
  manager = env.newManager();
  const status = manager.create({ name: PRACTICE_NAME, coachName: COACH_NAME, passphrase: PASSPHRASE });
  dbPath = status.current?.path ?? '';
  expect(existsSync(dbPath)).toBe(true);
  const insert = manager.requireDb().prepare('INSERT INTO setting (key, value) VALUES (?, ?)');
  insert.run('sentinel.note', JSON.stringify({ text: LONG_NOTE }));
  insert.run('sentinel.short', JSON.stringify(SETTING_SENTINEL));
  insert.run(`key.${SETTING_SENTINEL}`, JSON.stringify(true));
});

afterEach(() => {
  env.cleanup();
});

describe('the detector', () => {
  it('finds the sentinels in an unencrypted SQLite file (so a miss below means something)', () => {
    const plainPath = join(env.subDir('plain'), 'plain.sqlite');
    const plain = new Database(plainPath);
    plain.exec('CREATE TABLE t (a TEXT, b TEXT)');
    plain.prepare('INSERT INTO t VALUES (?, ?)').run(COACH_NAME, LONG_NOTE);
    plain.close();
    const bytes = readFileSync(plainPath);
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    expect(leaks(bytes, [COACH_NAME, NOTE_SENTINEL, 'ノート'])).toEqual([
      `${COACH_NAME} (utf8)`,
      `${NOTE_SENTINEL} (utf8)`,
      'ノート (utf8)',
    ]);
    expect(leaks(Buffer.from(`xx${SETTING_SENTINEL}yy`, 'utf16le'), [SETTING_SENTINEL])).toEqual([
      `${SETTING_SENTINEL} (utf16le)`,
    ]);
  });
});

describe('encryption at rest', () => {
  it('the data really is stored: it reads back after lock and unlock', () => {
    manager.lock();
    manager.unlock({ passphrase: PASSPHRASE });
    expect(manager.profile()).toMatchObject({ name: PRACTICE_NAME, coachName: COACH_NAME });
    const db = manager.requireDb();
    const note = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get('sentinel.note') as string;
    expect(JSON.parse(note).text).toBe(LONG_NOTE);
    expect(LONG_NOTE.length).toBeGreaterThan(20_000);
  });

  it('while unlocked, the database and its WAL hold no clear text', () => {
    const wal = `${dbPath}-wal`;
    // The inserts above went to the write-ahead log: it exists and is not empty, so it is worth checking.
    expect(existsSync(wal)).toBe(true);
    expect(statSync(wal).size).toBeGreaterThan(0);
    for (const path of [dbPath, wal, `${dbPath}-shm`]) {
      if (!existsSync(path)) continue;
      expect(leaks(readFileSync(path), SECRETS), path).toEqual([]);
    }
    expect(readFileSync(dbPath).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('after locking, no file holds the coach name or note text, and only the key file and list hold the name', () => {
    manager.lock();
    const db = readFileSync(dbPath);
    expect(db.length).toBeGreaterThan(LONG_NOTE.length);
    expect(db.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(db.includes(Buffer.from('SQLite format 3', 'latin1'))).toBe(false);

    for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
      if (!existsSync(path)) continue;
      expect(leaks(readFileSync(path), SECRETS), path).toEqual([]);
    }

    // Everything else the app wrote: the key file and the practice list may name the practice, no more.
    const all = filesUnder(env.dataDir);
    expect(all).toContain(keyFilePath(dbPath));
    expect(all).toContain(join(env.dataDir, 'practices.json'));
    for (const path of all) {
      const allowed = path === keyFilePath(dbPath) || path === join(env.dataDir, 'practices.json');
      const needles = allowed ? SECRETS.filter((s) => !NAME_ONLY.has(s)) : SECRETS;
      expect(leaks(readFileSync(path), needles), path).toEqual([]);
    }
    // The key file does name the practice, in clear, on purpose (the unlock screen shows it).
    expect(readFileSync(keyFilePath(dbPath), 'utf8')).toContain(PRACTICE_NAME);
  });

  it('the file cannot be read as plain SQLite without the key', () => {
    manager.lock();
    const raw = new Database(dbPath, { fileMustExist: true, readonly: true });
    try {
      expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/i);
    } finally {
      raw.close();
    }
  });
});
