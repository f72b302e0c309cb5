import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrations';
import { rebuildHourSums, syncHourTables } from '../../electron/core/hours/hour-tables';
import { buildHourLog } from '../../electron/core/hours/log';
import { hoursOverview, saveHoursSettings } from '../../electron/core/hours/service';
import {
  actualHourSessions,
  expectedHourSessions,
  hourLogFromSessions,
  hourSums,
} from './helpers/hour-log-oracle';
import { fixedClock } from './helpers/temp-practice';

/** Migration 0007 (hour tables): a practice written before it keeps exactly the same hours after it. */

let db: Db;
beforeEach(() => {
  db = new Database(':memory:') as Db;
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
});
afterEach(() => db.close());

function seedVersion6(): void {
  const client = db.prepare(
    `INSERT INTO client (id, full_name, status, source, created_at, updated_at) VALUES (?, ?, 'active', 'self', 'x', 'x')`,
  );
  for (const id of ['c1', 'c2', 'c3', 'c4']) client.run(id, id.toUpperCase());
  const engagement = db.prepare(
    `INSERT INTO engagement (id, title, kind, focus, sponsor_name, fee_arrangement, currency, start_date, status, created_at, updated_at)
     VALUES (?, ?, ?, 'both', ?, 'per-session', 'EUR', '2024-01-01', 'active', 'x', 'x')`,
  );
  engagement.run('solo', 'Solo', 'individual', '');
  engagement.run('team', 'Team', 'team', 'Acme');
  engagement.run('peer', 'Peer', 'peer', '');
  const participant = db.prepare(
    'INSERT INTO engagement_participant (engagement_id, client_id) VALUES (?, ?)',
  );
  participant.run('solo', 'c1');
  for (const c of ['c2', 'c3', 'c4']) participant.run('team', c);
  participant.run('peer', 'c1');
  const session = db.prepare(
    `INSERT INTO session (id, engagement_id, starts_at, time_zone, duration_minutes, format, attendance, payment, currency,
       is_draft, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'video', ?, ?, 'EUR', ?, 'x', 'x')`,
  );
  session.run('s1', 'solo', '2025-03-01T23:30:00.000Z', 'Europe/Madrid', 60, 'held', 'paid', 0);
  session.run('s2', 'solo', '2025-03-02T02:00:00.000Z', 'America/Mexico_City', 45, 'held', 'pro-bono', 0);
  session.run('s3', 'team', '2025-03-03T10:00:00.000Z', 'UTC', 90, 'held', 'third-party', 0);
  session.run('s4', 'team', '2025-03-04T10:00:00.000Z', 'UTC', 90, 'held', 'paid', 0);
  session.run('s5', 'solo', '2025-03-05T10:00:00.000Z', 'UTC', 60, 'no-show', 'paid', 0);
  session.run('s6', 'solo', '2025-03-06T10:00:00.000Z', 'UTC', 60, 'held', 'paid', 1);
  session.run('s7', 'peer', '2025-03-07T10:00:00.000Z', 'UTC', 60, 'held', 'peer-as-client', 0);
  session.run('s8', 'peer', '2025-03-08T10:00:00.000Z', 'UTC', 90, 'held', 'peer-as-coach', 0);
  db.prepare('INSERT INTO session_attendee (session_id, client_id) VALUES (?, ?)').run('s4', 'c2');
  db.prepare(
    `INSERT INTO manual_hours (id, client_name, mode, group_size, start_date, end_date, paid_minutes, pro_bono_minutes, created_at)
     VALUES ('m1', 'Old Client', 'individual', 1, '2023-01-01', '2023-06-30', 600, 0, 'x')`,
  ).run();
}

describe('migration 0007: hour tables', () => {
  it('backfills every session that counts, and the hours come out the same as before it', () => {
    seedVersion6();
    const before = hourLogFromSessions(db, 'rowid');
    migrate(db, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT session_id FROM hour_session ORDER BY session_id').pluck().all()).toEqual([
      's1',
      's2',
      's3',
      's4',
      's7',
      's8',
    ]);
    // Local days are the app's to fill in: the first read does it.
    expect(db.prepare('SELECT count(*) FROM hour_session WHERE local_date IS NULL').pluck().get()).toBe(6);
    expect(buildHourLog(db)).toEqual(before);
    expect(actualHourSessions(db)).toEqual(expectedHourSessions(db));
    const kept = hourSums(db);
    rebuildHourSums(db);
    expect(hourSums(db)).toEqual(kept);
    expect(
      buildHourLog(db).entries.map((e) => [e.id, e.date, e.groupSize, e.paidMinutes, e.proBonoMinutes]),
    ).toEqual(
      [
        ['m1', '2023-01-01', 1, 600, 0],
        ['s1', '2025-03-02', 1, 60, 0],
        ['s2', '2025-03-01', 1, 0, 45],
        ['s3', '2025-03-03', 3, 90, 0],
        ['s4', '2025-03-04', 1, 90, 0],
        ['s8', '2025-03-08', 1, 60, 30],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it('gives the same credential progress after it as the log gave before it', () => {
    seedVersion6();
    migrate(db, 7);
    saveHoursSettings(db, {
      targets: ['icf-acc'],
      trainingStartDate: '2025-03-02',
      applicationDate: null,
      renewalDate: null,
    });
    const overview = hoursOverview(db, fixedClock(new Date('2025-04-01T12:00:00Z')));
    expect(overview.totals).toEqual({
      minutes: 60 + 45 + 90 + 90 + 90 + 600,
      paidMinutes: 60 + 90 + 90 + 60 + 600,
      proBonoMinutes: 45 + 30,
      distinctClients: 5,
      entries: 6,
    });
    const acc = overview.progress[0];
    // Before the training start: s2 (1 March in Mexico City, though 2 March in UTC) and the manual entry.
    expect(acc?.exclusions.find((e) => e.reason === 'before-training')).toMatchObject({
      minutes: 645,
      sessions: 2,
    });
    expect(acc?.countedMinutes).toBe(60 + 90 + 90 + 90);
    expect(acc?.distinctClients).toBe(4);
  });

  it('applies to an empty practice', () => {
    migrate(db, 7);
    syncHourTables(db);
    expect(buildHourLog(db)).toEqual({ entries: [], peerReceivedMinutes: 0, peerOverMinutes: 0 });
  });
});
