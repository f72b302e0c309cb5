import type { Db } from '../db/connection';
import {
  type ClientFilter,
  countsToward,
  type HourItem,
  type HourSummary,
  type SponsorMinutes,
} from './evaluate';
import { syncHourTables } from './hour-tables';
import { allocatePeerCoaching, manualEntries, sessionMinutes } from './log';

/**
 * The hour log in sums, for credential progress: the same facts and the same arithmetic as
 * `buildHourLog` (sessionMinutes, allocatePeerCoaching, manualEntries), read from the per-day
 * sums that the hour tables' triggers keep instead of from 200,000 rows. Sessions on one local
 * day with the same payment, group mode and size become one item; reciprocal peer coaching the
 * coach gave stays one item per session, as its paid share depends on the order; manual entries
 * are read one by one.
 */
export function hourSummary(db: Db): HourSummary {
  syncHourTables(db);
  const peer = allocatePeerCoaching(db);
  const days = db
    .prepare(
      `SELECT local_date, payment, is_group, group_size, minutes, sessions FROM hour_day
       WHERE payment NOT IN ('peer-as-coach', 'peer-as-client')`,
    )
    .raw()
    .all() as [string, string, 0 | 1, number, number, number][];
  const items: HourItem[] = [];
  for (const [date, payment, isGroup, groupSize, total, count] of days) {
    const minutes = sessionMinutes(payment, total, 0);
    items.push({
      source: 'session',
      date,
      endDate: date,
      mode: isGroup === 1 ? 'group' : 'individual',
      groupSize,
      paidMinutes: minutes.paid,
      proBonoMinutes: minutes.proBono,
      peerMinutes: minutes.peer,
      count,
    });
  }
  for (const given of peer.given) {
    const minutes = sessionMinutes('peer-as-coach', given.minutes, given.paid);
    items.push({
      source: 'session',
      date: given.date,
      endDate: given.date,
      mode: given.isGroup ? 'group' : 'individual',
      groupSize: given.groupSize,
      paidMinutes: minutes.paid,
      proBonoMinutes: minutes.proBono,
      peerMinutes: minutes.peer,
      count: 1,
    });
  }
  const manual = manualEntries(db, { from: '0000-01-01', to: '9999-12-31' });
  for (const m of manual) {
    items.push({
      source: 'manual',
      date: m.date,
      endDate: m.endDate,
      mode: m.mode,
      groupSize: m.groupSize,
      paidMinutes: m.paidMinutes,
      proBonoMinutes: m.proBonoMinutes,
      peerMinutes: 0,
      count: 1,
    });
  }
  // The log's order: by day, sessions before manual entries (manual ones already in log order).
  items.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.source === b.source ? 0 : a.source === 'session' ? -1 : 1,
  );

  const sponsors: SponsorMinutes[] = (
    db
      .prepare(
        `SELECT e.sponsor_name AS sponsor, sum(h.minutes) AS minutes
         FROM hour_engagement h JOIN engagement e ON e.id = h.engagement_id
         GROUP BY e.sponsor_name`,
      )
      .all() as { sponsor: string; minutes: number }[]
  ).map((r) => ({ source: 'session' as const, sponsor: r.sponsor, minutes: r.minutes }));
  for (const m of manual) {
    sponsors.push({ source: 'manual', sponsor: '', minutes: m.paidMinutes + m.proBonoMinutes });
  }

  // People coached in sessions are client ids; in manual entries "manual:" keys, or the client id when the
  // entry is linked to a client record, who then counts once if they were also coached in sessions.
  const countSessionClients = db.prepare(
    `SELECT count(*) FROM client c WHERE EXISTS (
       SELECT 1 FROM hour_client h
       WHERE h.client_id = c.id AND h.local_date BETWEEN @from AND @to AND h.group_size <= @maxGroupSize)`,
  );
  const coachedInSessions = db.prepare(
    `SELECT 1 FROM hour_client
     WHERE client_id = @clientId AND local_date BETWEEN @from AND @to AND group_size <= @maxGroupSize LIMIT 1`,
  );
  const counted = new Map<string, number>();
  const distinctClients = (filter: ClientFilter): number => {
    const key = `${filter.from}|${filter.to}|${filter.maxGroupSize}`;
    const known = counted.get(key);
    if (known !== undefined) return known;
    const range = {
      from: filter.from,
      to: filter.to,
      maxGroupSize: filter.maxGroupSize ?? Number.MAX_SAFE_INTEGER,
    };
    const inSessions = countSessionClients.pluck().get(range) as number;
    const manualKeys = new Set<string>();
    for (const m of manual) if (countsToward(m, filter)) for (const k of m.clientKeys) manualKeys.add(k);
    let onlyInManual = 0;
    for (const k of manualKeys) {
      if (k.startsWith('manual:') || !coachedInSessions.get({ ...range, clientId: k })) onlyInManual += 1;
    }
    counted.set(key, inSessions + onlyInManual);
    return inSessions + onlyInManual;
  };
  return { items, sponsors, distinctClients };
}
