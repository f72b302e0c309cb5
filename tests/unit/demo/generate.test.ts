import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/connection';
import { DEMO_DEFAULTS, type DemoOptions, generateDemoPractice } from '../../../electron/core/demo/generate';
import { buildHourLog } from '../../../electron/core/hours/log';
import { hoursOverview } from '../../../electron/core/hours/service';
import { searchRecords } from '../../../electron/core/sessions/search';
import { engagementKinds } from '../../../electron/shared/engagements';
import { BUILT_IN_NOTE_TEMPLATES } from '../../../electron/shared/note-templates';
import { attendances, payments } from '../../../electron/shared/sessions';
import { fixedClock, type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';
import { canonicalDump, rawDump } from './dump';

/** A Thursday morning: the demo's "today". */
const NOW = new Date('2026-03-12T09:00:00.000Z');

const temps: TempPractice[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

function demo(opts: DemoOptions = {}, owner: TempPractice[] = temps) {
  const temp = tempPractice();
  owner.push(temp);
  const clock = fixedClock(NOW);
  const manager = temp.newManager({ clock });
  manager.create({ name: 'Demo practice', coachName: 'Sofía Marín', passphrase: 'a long test passphrase' });
  const db = manager.requireDb();
  const summary = generateDemoPractice(db, clock, opts);
  return { db, summary, clock };
}

const distinct = (db: Db, sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);
const count = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('the default demo practice (a coach’s week, through the services)', () => {
  // One practice for the whole block (made once, through the services: a few seconds).
  const own: TempPractice[] = [];
  let made: ReturnType<typeof demo>;
  beforeAll(() => {
    made = demo({}, own);
  }, 120_000);
  afterAll(() => {
    for (const t of own.splice(0)) t.cleanup();
  });
  const shared = () => made;

  it('has the default size and uses the real services', { timeout: 120_000 }, () => {
    const { db, summary } = shared();
    expect(summary.mode).toBe('services');
    expect(count(db, 'SELECT count(*) FROM client')).toBe(DEMO_DEFAULTS.clients);
    expect(count(db, 'SELECT count(*) FROM session')).toBe(DEMO_DEFAULTS.sessions);
    expect(summary.sessions).toBe(DEMO_DEFAULTS.sessions);
  });

  it('has every engagement kind, attendance, payment and note template', { timeout: 120_000 }, () => {
    const { db } = shared();
    expect(distinct(db, 'SELECT DISTINCT kind FROM engagement')).toEqual(new Set(engagementKinds));
    expect(distinct(db, 'SELECT DISTINCT attendance FROM session')).toEqual(new Set(attendances));
    expect(distinct(db, 'SELECT DISTINCT payment FROM session')).toEqual(new Set(payments));
    expect(distinct(db, 'SELECT DISTINCT template FROM note')).toEqual(
      new Set(BUILT_IN_NOTE_TEMPLATES.map((t) => t.id)),
    );
    const groupSizes = db
      .prepare(
        `SELECT count(*) FROM engagement_participant p JOIN engagement e ON e.id = p.engagement_id
         WHERE e.kind IN ('group', 'team') GROUP BY e.id`,
      )
      .pluck()
      .all() as number[];
    for (const size of groupSizes) expect(size).toBeGreaterThanOrEqual(3);
    for (const size of groupSizes) expect(size).toBeLessThanOrEqual(12);
    expect(distinct(db, `SELECT DISTINCT sponsor_kind FROM engagement WHERE kind = 'sponsored'`)).toContain(
      'community-partner',
    );
  });

  it('names clients in at least six scripts', { timeout: 120_000 }, () => {
    const { db, summary } = shared();
    const names = db.prepare('SELECT full_name FROM client').pluck().all() as string[];
    const scripts = [
      /\p{Script=Latin}/u,
      /\p{Script=Han}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Devanagari}/u,
      /\p{Script=Hangul}/u,
      /\p{Script=Hebrew}/u,
    ].filter((re) => names.some((n) => re.test(n)));
    expect(scripts.length).toBeGreaterThanOrEqual(6);
    expect(summary.scripts.length).toBeGreaterThanOrEqual(6);
    // Vietnamese and accented Latin names too.
    expect(names.some((n) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(n))).toBe(true);
  });

  it('looks like a real week: sessions this week and next, agreements signed, notes finalised', {
    timeout: 120_000,
  }, () => {
    const { db } = shared();
    const inNextTwoWeeks = count(
      db,
      `SELECT count(*) FROM session WHERE attendance = 'scheduled' AND starts_at >= ? AND starts_at < ?`,
      NOW.toISOString(),
      new Date(NOW.getTime() + 14 * 86_400_000).toISOString(),
    );
    expect(inNextTwoWeeks).toBeGreaterThanOrEqual(10);
    const thisWeek = count(
      db,
      'SELECT count(*) FROM session WHERE starts_at >= ? AND starts_at < ?',
      '2026-03-09T00:00:00.000Z',
      '2026-03-16T00:00:00.000Z',
    );
    expect(thisWeek).toBeGreaterThanOrEqual(5);
    expect(count(db, `SELECT count(*) FROM agreement WHERE status = 'signed'`)).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM note WHERE finalised_at IS NOT NULL')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM note_addendum')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM goal_progress')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM action_item')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM assessment')).toBeGreaterThan(0);
    expect(count(db, `SELECT count(*) FROM received_session WHERE kind = 'mentor-coaching'`)).toBeGreaterThan(
      0,
    );
    expect(count(db, `SELECT count(*) FROM received_session WHERE kind = 'supervision'`)).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM ce_entry')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM manual_hours')).toBeGreaterThan(0);
    expect(count(db, `SELECT count(*) FROM session WHERE starts_at < ?`, '2024-03-01T00:00:00.000Z')).toBe(0);
  });

  it('counts the same hours as the hour log', { timeout: 120_000 }, () => {
    const { db, summary, clock } = shared();
    const log = buildHourLog(db);
    const sessions = log.entries.filter((e) => e.source === 'session');
    const manual = log.entries.filter((e) => e.source === 'manual');
    const m = summary.heldMinutes;
    const given = m['peer-as-coach'];
    const received = m['peer-as-client'];
    const peerPaid = Math.min(given, received);
    expect(sessions.reduce((s, e) => s + e.paidMinutes, 0)).toBe(
      m.paid + m.barter + m.internal + m['third-party'] + peerPaid,
    );
    expect(sessions.reduce((s, e) => s + e.proBonoMinutes, 0)).toBe(m['pro-bono'] + given - peerPaid);
    const held = summary.heldSessions;
    expect(sessions.length).toBe(
      held.paid +
        held.barter +
        held.internal +
        held['third-party'] +
        held['pro-bono'] +
        held['peer-as-coach'],
    );
    expect(log.peerReceivedMinutes).toBe(received);
    expect(manual.reduce((s, e) => s + e.paidMinutes, 0)).toBe(summary.manualMinutes.paid);
    expect(manual.reduce((s, e) => s + e.proBonoMinutes, 0)).toBe(summary.manualMinutes.proBono);
    const overview = hoursOverview(db, clock);
    expect(overview.settings.targets).toEqual(['icf-acc', 'icf-pcc']);
    expect(overview.progress.map((p) => p.ruleId)).toEqual(['icf-acc', 'icf-pcc']);
    expect(overview.mentor).not.toBeNull();
  });

  it('finds accented notes with accent-free words', { timeout: 120_000 }, () => {
    const { db } = shared();
    expect(count(db, 'SELECT count(*) FROM note_fts')).toBe(count(db, 'SELECT count(*) FROM note'));
    const hits = searchRecords(db, 'reunion', 20);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.snippet.includes('reunión'))).toBe(true);
  });
});

describe('determinism', () => {
  it('the same seed gives the same rows; another seed gives others', { timeout: 120_000 }, () => {
    const opts = { clients: 24, sessions: 160, seed: 11 };
    const a = canonicalDump(demo(opts).db);
    const b = canonicalDump(demo(opts).db);
    expect(b).toEqual(a);
    const c = canonicalDump(demo({ ...opts, seed: 12 }).db);
    expect(c.client).not.toEqual(a.client);
    expect(c.session).not.toEqual(a.session);
  });

  it('bulk mode gives identical rows, ids included, for the same seed', { timeout: 120_000 }, () => {
    const opts = { clients: 60, sessions: 900, seed: 5, mode: 'bulk' as const };
    const a = demo(opts);
    const b = demo(opts);
    expect(a.summary.mode).toBe('bulk');
    expect(rawDump(b.db)).toBe(rawDump(a.db));
    expect(rawDump(demo({ ...opts, seed: 6 }).db)).not.toBe(rawDump(a.db));
  });

  it('the bulk writer writes exactly what the services write', { timeout: 120_000 }, () => {
    const opts = { clients: 30, sessions: 300, seed: 3 };
    const services = canonicalDump(demo({ ...opts, mode: 'services' }).db);
    const bulk = canonicalDump(demo({ ...opts, mode: 'bulk' }).db);
    for (const table of Object.keys(services))
      expect({ table, rows: bulk[table] }).toEqual({ table, rows: services[table] });
  });

  it('a large bulk practice keeps full-text search in step (the triggers fire)', { timeout: 120_000 }, () => {
    const { db, summary } = demo({ clients: 400, sessions: 8_000, seed: 9 });
    expect(summary.mode).toBe('bulk');
    expect(count(db, 'SELECT count(*) FROM session')).toBe(8_000);
    expect(count(db, 'SELECT count(*) FROM note_fts')).toBe(count(db, 'SELECT count(*) FROM note'));
    expect(count(db, 'SELECT count(*) FROM action_fts')).toBe(count(db, 'SELECT count(*) FROM action_item'));
    expect(searchRecords(db, 'resume', 10).some((h) => h.snippet.includes('résumé'))).toBe(true);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });
});
