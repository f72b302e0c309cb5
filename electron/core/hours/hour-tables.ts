import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../settings';
import { localDate } from './local-date';

/**
 * The hour tables (migration 0007) are kept in step with the sessions by triggers, except for
 * one fact SQLite cannot work out: a session's calendar day in its own IANA time zone. Triggers
 * leave `hour_session.local_date` NULL for a new or moved session; `syncHourTables` fills those
 * in with the same `localDate` the log always used, so every read of the hour tables calls it
 * first. Filling in a day fires the triggers that add the session to the sums.
 *
 * Local days depend on the time zone rules bundled with the runtime. They are recorded with the
 * rules' version, and all are worked out again when it changes (an app update), so a stored day
 * never disagrees with the one the runtime would give.
 */

const ZONE_RULES_KEY = 'hours.localDateZoneRules';

/**
 * Above this many days to fill in (after the migration, a large import, new zone rules), the sums
 * are rebuilt in one pass instead of row by row: 4.3 s instead of 8.1 s for 165,000 sessions.
 */
const BULK_FILL = 2_000;

export function syncHourTables(db: Db): void {
  const zoneRules = process.versions.tz ?? 'unknown';
  if (readSetting<string | null>(db, ZONE_RULES_KEY, null) !== zoneRules) {
    db.transaction(() => {
      db.prepare('UPDATE hour_session SET local_date = NULL WHERE local_date IS NOT NULL').run();
      writeSetting(db, ZONE_RULES_KEY, zoneRules);
    })();
  }
  const count = db
    .prepare('SELECT count(*) FROM hour_session WHERE local_date IS NULL')
    .pluck()
    .get() as number;
  if (count === 0) return;
  // In batches, so a practice's worth of rows is never held at once (short-lived garbage only).
  const batch = db.prepare(
    `SELECT h.id, s.starts_at, s.time_zone FROM hour_session h JOIN session s ON s.id = h.session_id
     WHERE h.local_date IS NULL AND h.id > ? ORDER BY h.id LIMIT 4096`,
  );
  const fill = db.prepare('UPDATE hour_session SET local_date = ? WHERE id = ?');
  db.transaction(() => {
    const bulk = count > BULK_FILL;
    if (bulk) db.prepare('INSERT INTO hour_rebuild (one) VALUES (1)').run();
    let after = 0;
    for (;;) {
      const rows = batch.raw().all(after) as [number, string, string][];
      for (const [id, startsAt, zone] of rows) fill.run(localDate(startsAt, zone), id);
      if (rows.length < 4096) break;
      after = (rows[rows.length - 1] as [number, string, string])[0];
    }
    if (bulk) {
      rebuildHourSums(db);
      db.prepare('DELETE FROM hour_rebuild').run();
    }
  })();
}

/**
 * The layer-two tables worked out afresh from hour_session: what the triggers keep row by row,
 * in one pass. Used for bulk fills, and by the tests as the yardstick for the triggers.
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
