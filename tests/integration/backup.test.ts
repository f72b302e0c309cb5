import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivity, recordActivity } from '../../electron/core/activity/activity';
import { verifyBackup } from '../../electron/core/backup/backup';
import {
  autoBackupIfDue,
  backupNow,
  backupSettingsFor,
  listPracticeBackups,
  restoreFromBackup,
  restoreLatestGood,
  saveBackupSettings,
} from '../../electron/core/backup/service';
import { createClient } from '../../electron/core/clients/clients';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { disposalDue, disposeRecords, saveRetentionSettings } from '../../electron/core/retention/retention';
import { clientFields } from '../../electron/shared/clients';
import { thrownText } from '../helpers/english';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

const SECRET = 'Zephyrine Quillfeather-Ωmega';
let temp: TempPractice;
let practices: PracticeManager;
let folder: string;
const PASS = 'backup test passphrase';

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({ name: 'Backups', coachName: 'Coach', passphrase: PASS });
  folder = temp.subDir('external-drive');
  const { path, keyFile } = practices.unlocked();
  saveBackupSettings(practices, keyFile.practiceId, path, { folder, keep: 3 });
});
afterEach(() => temp.cleanup());

const addClient = (name: string) =>
  createClient(practices.requireDb(), temp.clock, clientFields.parse({ fullName: name }));
const countClients = () =>
  practices.requireDb().prepare('SELECT count(*) FROM client').pluck().get() as number;

describe('backups', () => {
  it('are encrypted, verified, complete, and can be restored with the current file kept aside', () => {
    for (let i = 0; i < 25; i++) addClient(`${SECRET} ${i}`);
    const backup = backupNow(practices, temp.clock);
    const bytes = readFileSync(backup.path);
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
    expect(bytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]); // no temp files left

    temp.clock.advance(60_000);
    addClient('Added after the backup');
    expect(countClients()).toBe(26);
    const aside = restoreFromBackup(practices, temp.clock, backup.path);
    expect(practices.status().state).toBe('unlocked');
    expect(countClients()).toBe(25);
    expect(statSync(aside).size).toBeGreaterThan(0);
  });

  it('keep only the newest N and run automatically once a day', () => {
    for (let i = 0; i < 5; i++) {
      backupNow(practices, temp.clock);
      temp.clock.advance(1000);
    }
    expect(listPracticeBackups(practices)).toHaveLength(3);
    const { path, keyFile } = practices.unlocked();
    expect(autoBackupIfDue(practices, temp.clock)).toBeNull(); // one today already
    temp.clock.advance(86_400_000);
    expect(autoBackupIfDue(practices, temp.clock)).not.toBeNull();
    expect(backupSettingsFor(practices, path, keyFile.practiceId).lastBackupAt?.slice(0, 10)).toBe(
      temp.clock.now().toISOString().slice(0, 10),
    );
  });

  it('refuse a truncated or bit-flipped backup and leave the practice untouched', () => {
    addClient('Keep me');
    const good = backupNow(practices, temp.clock);
    const { dataKey } = practices.unlocked();
    const truncated = join(folder, 'truncated.coachbook');
    writeFileSync(truncated, readFileSync(good.path));
    truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
    expect(thrownText(() => verifyBackup(truncated, dataKey))).toMatch(/damaged/);

    const flipped = readFileSync(good.path);
    const at = Math.floor(flipped.length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x40;
    writeFileSync(good.path, flipped);
    expect(thrownText(() => verifyBackup(good.path, dataKey))).toMatch(/damaged/);
    expect(thrownText(() => restoreFromBackup(practices, temp.clock, good.path))).toMatch(/damaged/);
    expect(practices.status().state).toBe('unlocked');
    expect(countClients()).toBe(1);
  });

  it('restore the newest good backup when the practice file itself is damaged', () => {
    addClient('Survivor');
    const first = backupNow(practices, temp.clock);
    temp.clock.advance(5000);
    const second = backupNow(practices, temp.clock);
    writeFileSync(second.path, Buffer.alloc(4096, 1)); // newest is damaged: falls back to the older one
    const { path } = practices.unlocked();
    practices.lock();
    writeFileSync(path, Buffer.alloc(8192, 7));
    expect(thrownText(() => practices.unlock({ passphrase: PASS }))).toMatch(/cannot be read/);
    expect(thrownText(() => restoreLatestGood(practices, temp.clock, 'wrong passphrase!'))).toMatch(
      /not right/,
    );
    const result = restoreLatestGood(practices, temp.clock, PASS);
    expect(result.restoredFrom).toBe(first.path);
    expect(countClients()).toBe(1);
  });
});

describe('the activity log', () => {
  it('is append-only', () => {
    const db = practices.requireDb();
    recordActivity(db, temp.clock, 'export-written', 'reports.hourLogPdf');
    expect(listActivity(db, 10).map((a) => a.kind)).toContain('export-written');
    expect(() => db.prepare('DELETE FROM activity').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE activity SET kind = 'x'").run()).toThrow(/append-only/);
  });
});

describe('retention', () => {
  it('lists ended clients past the retention period and erases them only on confirmation', () => {
    const db = practices.requireDb();
    const old = addClient('Old completed');
    const active = addClient('Still active');
    db.prepare(
      `UPDATE client SET status = 'completed', updated_at = '2015-01-01T00:00:00Z' WHERE id = ?`,
    ).run(old.id);
    db.prepare(`UPDATE client SET updated_at = '2015-01-01T00:00:00Z' WHERE id = ?`).run(active.id);
    expect(disposalDue(db, temp.clock)).toEqual([]); // no period set: nothing is ever due
    saveRetentionSettings(db, { years: 7 });
    expect(disposalDue(db, temp.clock).map((c) => c.fullName)).toEqual(['Old completed']);
    expect(thrownText(() => disposeRecords(db, temp.clock, [active.id], '1'))).toMatch(/not due/);
    expect(thrownText(() => disposeRecords(db, temp.clock, [old.id], 'yes'))).toMatch(/Type 1/);
    expect(disposeRecords(db, temp.clock, [old.id], '1')).toBe(1);
    expect(countClients()).toBe(1);
  });
});
