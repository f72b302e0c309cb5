import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../settings';
import { localDate } from './local-date';

/**
 * Brings the hour tables (migration 0007) up to date before they are read. Writing a session
 * only notes it in hour_queue (triggers); here each noted session's row in hour_session is worked
 * out again from the session tables, with its calendar day in its own IANA time zone (the one
 * fact SQLite cannot work out), using the same `localDate` the log always used. Changing
 * hour_session fires the triggers that keep the sums (hour_day, hour_client, hour_engagement).
 *
 * Local days depend on the time zone rules bundled with the runtime. They are recorded with the
 * rules' version, and all are worked out again when it changes (an app update), so a stored day
 * never disagrees with the one the runtime would give.
 */

const ZONE_RULES_KEY = 'hours.localDateZoneRules';

/**
 * Above this many sessions to work out (after the migration, a large import, new zone rules), the
 * tables are rebuilt in one pass with the sum triggers standing aside, instead of row by row (the
 * first read after migrating the 200,000-session demo practice: ~4 s, once).
 */
const BULK = 2_000;

/** hour_session's facts for the sessions that count; the one definition, used row by row and whole. */
const FACTS = `
  SELECT s.id, s.engagement_id, s.starts_at, s.duration_minutes, s.payment,
    coalesce((SELECT kind IN ('group', 'team') FROM engagement WHERE id = s.engagement_id), 0),
    (SELECT count(*) FROM session_attendee WHERE session_id = s.id),
    (SELECT count(*) FROM engagement_participant WHERE engagement_id = s.engagement_id)
  FROM session s
  WHERE s.attendance = 'held' AND s.is_draft = 0`;
const COLUMNS = 'session_id, engagement_id, starts_at, minutes, payment, is_group, attendees, participants';

export function syncHourTables(db: Db): void {
  const zoneRules = process.versions.tz ?? 'unknown';
  const rulesChanged = readSetting<string | null>(db, ZONE_RULES_KEY, null) !== zoneRules;
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const queued = count('SELECT count(*) FROM hour_queue');
  const pending = count('SELECT count(*) FROM hour_session WHERE local_date IS NULL');
  if (!rulesChanged && queued === 0 && pending === 0) return;

  db.transaction(() => {
    const bulk = rulesChanged || queued > BULK || pending > BULK;
    if (bulk) db.prepare('INSERT INTO hour_rebuild (one) VALUES (1)').run();
    if (rulesChanged) {
      db.prepare('UPDATE hour_session SET local_date = NULL WHERE local_date IS NOT NULL').run();
      writeSetting(db, ZONE_RULES_KEY, zoneRules);
    }
    if (queued > BULK) {
      db.prepare('DELETE FROM hour_session').run();
      db.prepare(`INSERT INTO hour_session (${COLUMNS}) ${FACTS}`).run();
      db.prepare('DELETE FROM hour_queue').run();
    } else if (queued > 0) {
      applyQueue(db);
    }
    fillLocalDates(db);
    if (bulk) {
      rebuildHourSums(db);
      db.prepare('DELETE FROM hour_rebuild').run();
    }
  })();
}

/** Works out again the row of each session noted in hour_queue (in the order they were noted). */
function applyQueue(db: Db): void {
  const last = db.prepare('SELECT max(id) FROM hour_queue').pluck().get() as number;
  const noted = db
    .prepare('SELECT session_id FROM hour_queue WHERE id <= ? GROUP BY session_id ORDER BY min(id)')
    .pluck()
    .all(last) as string[];
  const facts = db.prepare(`${FACTS} AND s.id = ?`).raw();
  const zoneOf = db.prepare('SELECT time_zone FROM session WHERE id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO hour_session (${COLUMNS}, local_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET engagement_id = excluded.engagement_id,
       starts_at = excluded.starts_at, minutes = excluded.minutes, payment = excluded.payment,
       is_group = excluded.is_group, attendees = excluded.attendees, participants = excluded.participants,
       local_date = excluded.local_date`,
  );
  const remove = db.prepare('DELETE FROM hour_session WHERE session_id = ?');
  for (const sessionId of noted) {
    const row = facts.get(sessionId) as
      | [string, string, string, number, string, number, number, number]
      | undefined;
    if (row) upsert.run(...row, localDate(row[2], zoneOf.get(sessionId) as string));
    else remove.run(sessionId);
  }
  db.prepare('DELETE FROM hour_queue WHERE id <= ?').run(last);
}

/** Fills in the local days still missing, a batch at a time (short-lived garbage only). */
function fillLocalDates(db: Db): void {
  const batch = db.prepare(
    `SELECT h.id, s.starts_at, s.time_zone FROM hour_session h JOIN session s ON s.id = h.session_id
     WHERE h.local_date IS NULL AND h.id > ? ORDER BY h.id LIMIT 4096`,
  );
  const fill = db.prepare('UPDATE hour_session SET local_date = ? WHERE id = ?');
  let after = 0;
  for (;;) {
    const rows = batch.raw().all(after) as [number, string, string][];
    for (const [id, startsAt, zone] of rows) fill.run(localDate(startsAt, zone), id);
    if (rows.length < 4096) break;
    after = (rows[rows.length - 1] as [number, string, string])[0];
  }
}

/**
 * The layer-two tables worked out afresh from hour_session: what the triggers keep row by row,
 * in one pass. Used for bulk work, and by the tests as the yardstick for the triggers.
 */
export function rebuildHourSums(db: Db): void {
  db.exec(`
    DELETE FROM hour_day;
    DELETE FROM hour_engagement;
    DELETE FROM hour_client;
    INSERT INTO hour_day (local_date, payment, is_group, group_size, minutes, sessions)
    SELECT local_date, payment, is_group, group_size, sum(minutes), count(*) FROM hour_session
    WHERE local_date IS NOT NULL
    GROUP BY local_date, payment, is_group, group_size;
    INSERT INTO hour_engagement (engagement_id, minutes, sessions)
    SELECT engagement_id, sum(minutes), count(*) FROM hour_session
    WHERE local_date IS NOT NULL AND payment <> 'peer-as-client'
    GROUP BY engagement_id;
    INSERT INTO hour_client (client_id, local_date, group_size, hour_id)
    SELECT a.client_id, h.local_date, h.group_size, h.id
    FROM hour_session h JOIN session_attendee a ON a.session_id = h.session_id
    WHERE h.local_date IS NOT NULL AND h.payment <> 'peer-as-client'
    UNION ALL
    SELECT p.client_id, h.local_date, h.group_size, h.id
    FROM hour_session h JOIN engagement_participant p ON p.engagement_id = h.engagement_id
    WHERE h.local_date IS NOT NULL AND h.attendees = 0 AND h.payment <> 'peer-as-client';
  `);
}
