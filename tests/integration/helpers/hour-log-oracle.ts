import type { Db } from '../../../electron/core/db/connection';
import { localDate } from '../../../electron/core/hours/local-date';
import type { HourLog } from '../../../electron/core/hours/log';
import type { HourEntry } from '../../../electron/shared/hours';
import { foldForSearch } from '../../../electron/shared/search-text';

/**
 * The hour log worked out straight from the session tables, the way buildHourLog did before the
 * hour tables (migration 0007): the yardstick the tests hold the trigger-maintained tables to.
 * Client names are left out (buildHourLog without `names`). Sessions at the same instant are
 * taken in the order they came to count (hour_session.id; before migration 0007, by rowid).
 */
export function hourLogFromSessions(db: Db, ties: 'hour-id' | 'rowid' = 'hour-id'): HourLog {
  const tie = ties === 'rowid' ? 's.rowid' : '(SELECT id FROM hour_session WHERE session_id = s.id)';
  const group = (rows: { k: string; v: string }[]) => {
    const map = new Map<string, string[]>();
    for (const { k, v } of rows) map.set(k, [...(map.get(k) ?? []), v]);
    return map;
  };
  const attendees = group(
    db.prepare('SELECT session_id AS k, client_id AS v FROM session_attendee ORDER BY k, v').all() as never,
  );
  const participants = group(
    db
      .prepare('SELECT engagement_id AS k, client_id AS v FROM engagement_participant ORDER BY k, v')
      .all() as never,
  );
  const rows = db
    .prepare(
      `SELECT s.id, s.engagement_id, s.starts_at, s.time_zone, s.duration_minutes AS minutes, s.payment,
         e.sponsor_name, e.kind
       FROM session s JOIN engagement e ON e.id = s.engagement_id
       WHERE s.attendance = 'held' AND s.is_draft = 0
       ORDER BY s.starts_at, ${tie}`,
    )
    .all() as {
    id: string;
    engagement_id: string;
    starts_at: string;
    time_zone: string;
    minutes: number;
    payment: string;
    sponsor_name: string;
    kind: string;
  }[];
  const received = rows.filter((r) => r.payment === 'peer-as-client').reduce((s, r) => s + r.minutes, 0);
  let balance = received;
  let over = 0;
  const entries: HourEntry[] = [];
  for (const r of rows) {
    if (r.payment === 'peer-as-client') continue;
    const keys = [...(attendees.get(r.id) ?? participants.get(r.engagement_id) ?? [])];
    const multi = r.kind === 'group' || r.kind === 'team';
    let paid = 0;
    let proBono = 0;
    let peer = 0;
    if (r.payment === 'peer-as-coach') {
      peer = r.minutes;
      paid = Math.min(peer, balance);
      balance -= paid;
      proBono = peer - paid;
      over += proBono;
    } else if (['paid', 'barter', 'internal', 'third-party'].includes(r.payment)) {
      paid = r.minutes;
    } else {
      proBono = r.minutes;
    }
    const date = localDate(r.starts_at, r.time_zone);
    entries.push({
      source: 'session',
      id: r.id,
      engagementId: r.engagement_id,
      date,
      endDate: date,
      clientKeys: keys,
      clientLabel: '',
      clientContact: '',
      mayBeListed: false,
      mode: multi ? 'group' : 'individual',
      groupSize: multi ? Math.max(keys.length, 1) : 1,
      paidMinutes: paid,
      proBonoMinutes: proBono,
      peerMinutes: peer,
      sponsor: r.sponsor_name,
    });
  }
  const manual = db.prepare('SELECT * FROM manual_hours ORDER BY start_date, id').all() as {
    id: string;
    client_name: string;
    client_contact: string;
    mode: 'individual' | 'group';
    group_size: number;
    start_date: string;
    end_date: string;
    paid_minutes: number;
    pro_bono_minutes: number;
    may_be_listed: 0 | 1;
    client_id: string | null;
  }[];
  for (const m of manual) {
    const person =
      m.client_id ??
      `manual:${foldForSearch(m.client_name.trim())}|${foldForSearch(m.client_contact.trim())}`;
    entries.push({
      source: 'manual',
      id: m.id,
      engagementId: null,
      date: m.start_date,
      endDate: m.end_date,
      clientKeys: [person, ...Array.from({ length: m.group_size - 1 }, (_, i) => `manual:${m.id}:${i + 1}`)],
      clientLabel: m.client_name,
      clientContact: m.client_contact,
      mayBeListed: m.may_be_listed === 1,
      mode: m.mode,
      groupSize: m.group_size,
      paidMinutes: m.paid_minutes,
      proBonoMinutes: m.pro_bono_minutes,
      peerMinutes: 0,
      sponsor: '',
    });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entries, peerReceivedMinutes: received, peerOverMinutes: over };
}

/** hour_session as the triggers should have it, from the session tables (local days included). */
export function expectedHourSessions(db: Db): unknown[] {
  const rows = db
    .prepare(
      `SELECT s.id AS session_id, s.engagement_id, s.starts_at, s.time_zone, s.duration_minutes AS minutes, s.payment,
         CASE WHEN e.kind IN ('group', 'team') THEN 1 ELSE 0 END AS is_group,
         (SELECT count(*) FROM session_attendee a WHERE a.session_id = s.id) AS attendees,
         (SELECT count(*) FROM engagement_participant p WHERE p.engagement_id = s.engagement_id) AS participants
       FROM session s JOIN engagement e ON e.id = s.engagement_id
       WHERE s.attendance = 'held' AND s.is_draft = 0 ORDER BY s.id`,
    )
    .all() as {
    starts_at: string;
    time_zone: string;
    is_group: number;
    attendees: number;
    participants: number;
  }[];
  return rows.map(({ time_zone, ...r }) => ({
    ...r,
    local_date: localDate(r.starts_at, time_zone),
    group_size: r.is_group ? Math.max(r.attendees > 0 ? r.attendees : r.participants, 1) : 1,
  }));
}

export function actualHourSessions(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT session_id, engagement_id, starts_at, minutes, payment, is_group, attendees, participants, local_date,
         group_size
       FROM hour_session ORDER BY session_id`,
    )
    .all();
}

/** The layer-two tables (sums and who was coached), in a fixed order, hour ids as session ids. */
export function hourSums(db: Db): Record<string, unknown[]> {
  return {
    day: db.prepare('SELECT * FROM hour_day ORDER BY local_date, payment, is_group, group_size').all(),
    engagement: db.prepare('SELECT * FROM hour_engagement ORDER BY engagement_id').all(),
    client: db
      .prepare(
        `SELECT c.client_id, c.local_date, c.group_size, h.session_id FROM hour_client c
         LEFT JOIN hour_session h ON h.id = c.hour_id ORDER BY c.client_id, c.local_date, h.session_id`,
      )
      .all(),
  };
}
