import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { openPracticeDb, WAL_CHECKPOINT_BYTES } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { createSessions } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { type SessionFields, sessionFields } from '../../electron/shared/sessions';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/**
 * How a practice connection is set up: durable (WAL, synchronous FULL), secure delete, a large
 * page cache, and a write-ahead log allowed to grow to 64 MiB before a checkpoint, because with
 * SQLite3 Multiple Ciphers a checkpoint decrypts and re-encrypts every page it copies.
 */

let temp: TempPractice;
let manager: PracticeManager;

beforeEach(() => {
  temp = tempPractice();
  manager = temp.newManager();
  manager.create({ name: 'Practice', coachName: 'Coach', passphrase: 'a long test passphrase' });
});
afterEach(() => temp.cleanup());

function manySessions(count: number): SessionFields[] {
  const db = manager.requireDb();
  const clientId = createClient(db, temp.clock, clientFields.parse({ fullName: 'Ana Peña' })).id;
  const engagementId = createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: 'Coaching',
      kind: 'individual',
      participantIds: [clientId],
      focus: 'both',
      feeArrangement: 'per-session',
      feeMinor: 9000,
      currency: 'EUR',
      startDate: '2025-01-01',
    }),
  ).id;
  return Array.from({ length: count }, (_, i) =>
    sessionFields.parse({
      engagementId,
      startsAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      timeZone: 'Europe/Madrid',
      durationMinutes: 60,
      format: 'video',
      attendance: 'held',
      payment: 'paid',
      feeMinor: 9000,
      currency: 'EUR',
    }),
  );
}

describe('a practice connection', () => {
  it('is durable and secure-deleting, with a 64 MiB page cache and a 64 MiB log before each checkpoint', () => {
    const db = manager.requireDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    expect(pageSize).toBe(4096); // SQLCipher 4's page size: practice files keep their format
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_CHECKPOINT_BYTES / pageSize);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(WAL_CHECKPOINT_BYTES);
  });

  it('keeps several bulk transactions in the log, and a copy taken before any checkpoint opens with all of them', () => {
    const { db, path, dataKey } = manager.unlocked();
    const fields = manySessions(15_000);
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 0; i < fields.length; i += 10_000)
      createSessions(db, temp.clock, fields.slice(i, i + 10_000));
    // Past SQLite's default of 1,000 pages (4 MiB), yet not checkpointed.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);
    const count = (file: string) => {
      const copy = openPracticeDb(file, Buffer.from(dataKey));
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        return copy.prepare('SELECT count(*) FROM session').pluck().get();
      } finally {
        copy.close();
      }
    };
    // The database file alone has none of them yet: they are all in the log.
    const fileOnly = join(temp.root, 'file-only.coachbook');
    copyFileSync(path, fileOnly);
    expect(count(fileOnly)).toBe(0);
    // What a power cut leaves on disk: the database file and the log, no shared-memory index.
    const afterPowerCut = join(temp.root, 'after-power-cut.coachbook');
    copyFileSync(path, afterPowerCut);
    copyFileSync(`${path}-wal`, `${afterPowerCut}-wal`);
    expect(count(afterPowerCut)).toBe(15_000);
  }, 30_000);

  it('checkpoints and removes the log when the practice is locked', () => {
    const { db, path } = manager.unlocked();
    createSessions(db, temp.clock, manySessions(5_000));
    expect(existsSync(`${path}-wal`)).toBe(true);
    manager.lock();
    expect(existsSync(`${path}-wal`)).toBe(false);
    manager.unlock({ passphrase: 'a long test passphrase' });
    expect(manager.requireDb().prepare('SELECT count(*) FROM session').pluck().get()).toBe(5_000);
  }, 30_000);
});
