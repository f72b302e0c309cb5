import type { HourEntry } from '../../shared/hours';
import { foldForSearch } from '../../shared/search-text';
import type { Db } from '../db/connection';
import { syncHourTables } from './hour-tables';

/**
 * The hour log: the one place coaching hours are computed. Every screen, PDF, CSV
 * and spreadsheet reads from here (progress reads the same facts in sums: summary.ts).
 *
 * - Only held, confirmed sessions count; a group session is logged once, and each
 *   participant who attended counts as a distinct client.
 * - Paid includes barter, internal and third-party-paid coaching.
 * - Reciprocal peer coaching counts as paid only up to the minutes the coach spent as
 *   the client; the rest is pro bono (allocated in date order). Minutes received as a
 *   peer client are not coaching experience.
 *
 * Which sessions count, and their minutes, payment, group and local day, come from the
 * trigger-maintained `hour_session` table (migration 0007); the arithmetic is below.
 */
export interface HourLog {
  entries: HourEntry[];
  /** Minutes of reciprocal peer coaching the coach received as the client (whole log). */
  peerReceivedMinutes: number;
  /** Minutes of peer coaching given beyond that, moved to pro bono (whole log). */
  peerOverMinutes: number;
}

export interface HourLogOptions {
  /** Client names and contacts on each entry (for reports). */
  names?: boolean;
  /** The client directory to name them from, when the caller has read it already. */
  directory?: ClientDirectory;
  /**
   * Only the entries dated from..to (inclusive; a missing end is open). Each entry is exactly
   * the whole log's entry for that day: peer coaching is still allocated over the whole log.
   */
  from?: string | null;
  to?: string | null;
}

const PAID = new Set(['paid', 'barter', 'internal', 'third-party']);
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

export interface SessionMinutes {
  paid: number;
  proBono: number;
  peer: number;
}

/**
 * How a session's minutes count. `peerPaid` is the part of reciprocal peer coaching the coach
 * gave that counts as paid (see `allocatePeerCoaching`). Linear in the minutes, so it applies
 * equally to the summed minutes of several sessions with the same payment.
 */
export function sessionMinutes(payment: string, minutes: number, peerPaid: number): SessionMinutes {
  if (payment === 'peer-as-coach') return { paid: peerPaid, proBono: minutes - peerPaid, peer: minutes };
  if (PAID.has(payment)) return { paid: minutes, proBono: 0, peer: 0 };
  return { paid: 0, proBono: minutes, peer: 0 };
}

export interface PeerGiven {
  sessionId: string;
  date: string;
  minutes: number;
  isGroup: boolean;
  groupSize: number;
  /** The part that counts as paid. */
  paid: number;
}

export interface PeerAllocation {
  receivedMinutes: number;
  overMinutes: number;
  /** Peer coaching the coach gave, in the order it happened. */
  given: PeerGiven[];
}

/**
 * Reciprocal peer coaching the coach gave counts as paid up to the minutes they received as a
 * client, allocated in the order the sessions happened; the rest is pro bono. Sessions at the
 * same instant go in the order they came to count (hour_session.id), as everywhere in the log.
 */
export function allocatePeerCoaching(db: Db): PeerAllocation {
  const rows = db
    .prepare(
      `SELECT session_id, payment, minutes, local_date, is_group, group_size FROM hour_session
       WHERE payment IN ('peer-as-coach', 'peer-as-client')
       ORDER BY starts_at, id`,
    )
    .raw()
    .all() as [string, string, number, string, 0 | 1, number][];
  let receivedMinutes = 0;
  for (const row of rows) if (row[1] === 'peer-as-client') receivedMinutes += row[2];
  let balance = receivedMinutes;
  let overMinutes = 0;
  const given: PeerGiven[] = [];
  for (const [sessionId, payment, minutes, date, isGroup, groupSize] of rows) {
    if (payment !== 'peer-as-coach') continue;
    const paid = Math.min(minutes, balance);
    balance -= paid;
    overMinutes += minutes - paid;
    given.push({ sessionId, date, minutes, isGroup: isGroup === 1, groupSize, paid });
  }
  return { receivedMinutes, overMinutes, given };
}

/** id, engagement_id, local_date, minutes, payment, is_group, group_size */
type SessionRow = [string, string, string, number, string, 0 | 1, number];

type KV = { k: string; v: string };

function groupBy(rows: KV[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { k, v } of rows) {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return map;
}

interface ManualRow {
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
}

export interface ClientInfo {
  name: string;
  contact: string;
  mayBeListed: boolean;
}
export type ClientDirectory = ReadonlyMap<string, ClientInfo>;

export function buildHourLog(db: Db, opts: HourLogOptions = {}): HourLog {
  syncHourTables(db);
  const period = { from: opts.from ?? FIRST_DAY, to: opts.to ?? LAST_DAY };
  const whole = opts.from == null && opts.to == null;
  const clients = opts.names ? (opts.directory ?? clientDirectory(db)) : null;
  const peer = allocatePeerCoaching(db);
  const peerPaid = new Map(peer.given.map((g) => [g.sessionId, g.paid]));

  // Who was coached: the attendees where a session has any, else the engagement's participants.
  // Read once into maps (a correlated subquery per session costs seconds at 200,000 sessions).
  const attendees = groupBy(
    db
      .prepare(
        whole
          ? 'SELECT session_id AS k, client_id AS v FROM session_attendee ORDER BY session_id, client_id'
          : `SELECT a.session_id AS k, a.client_id AS v
             FROM hour_session h JOIN session_attendee a ON a.session_id = h.session_id
             WHERE h.local_date BETWEEN @from AND @to AND h.attendees > 0
             ORDER BY a.session_id, a.client_id`,
      )
      .all(whole ? {} : period) as KV[],
  );
  const participants = groupBy(
    db
      .prepare(
        'SELECT engagement_id AS k, client_id AS v FROM engagement_participant ORDER BY engagement_id, client_id',
      )
      .all() as KV[],
  );
  // Sponsors from a map rather than a join: most engagements have none.
  const sponsors = new Map(
    db.prepare(`SELECT id, sponsor_name FROM engagement WHERE sponsor_name <> ''`).raw().all() as [
      string,
      string,
    ][],
  );
  const rows = db
    .prepare(
      `SELECT session_id, engagement_id, local_date, minutes, payment, is_group, group_size FROM hour_session
       WHERE local_date BETWEEN @from AND @to AND payment <> 'peer-as-client'
       ORDER BY local_date, starts_at, id`,
    )
    .raw()
    .all(period) as SessionRow[];

  const entries: HourEntry[] = [];
  for (const [id, engagementId, date, total, payment, isGroup, groupSize] of rows) {
    const keys = [...(attendees.get(id) ?? participants.get(engagementId) ?? [])];
    const minutes = sessionMinutes(payment, total, peerPaid.get(id) ?? 0);
    const first = clients && keys[0] ? clients.get(keys[0]) : undefined;
    entries.push({
      source: 'session',
      id,
      engagementId,
      date,
      endDate: date,
      clientKeys: keys,
      clientLabel: first?.name ?? '',
      clientContact: first?.contact ?? '',
      mayBeListed: clients ? keys.every((k) => clients.get(k)?.mayBeListed ?? false) : false,
      mode: isGroup === 1 ? 'group' : 'individual',
      groupSize,
      paidMinutes: minutes.paid,
      proBonoMinutes: minutes.proBono,
      peerMinutes: minutes.peer,
      sponsor: sponsors.get(engagementId) ?? '',
    });
  }
  entries.push(...manualEntries(db, period));
  // Stable: within a day, sessions in the order they happened, then manual entries.
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entries, peerReceivedMinutes: peer.receivedMinutes, peerOverMinutes: peer.overMinutes };
}

/** Hours logged outside Coachbook that start in the period, by start date. */
export function manualEntries(db: Db, period: { from: string; to: string }): HourEntry[] {
  const manual = db
    .prepare('SELECT * FROM manual_hours WHERE start_date BETWEEN @from AND @to ORDER BY start_date, id')
    .all(period) as ManualRow[];
  return manual.map((m) => {
    // Linked to a client record: the same key as that client's sessions, so the person counts once.
    const person =
      m.client_id ??
      `manual:${foldForSearch(m.client_name.trim())}|${foldForSearch(m.client_contact.trim())}`;
    const keys = [person, ...Array.from({ length: m.group_size - 1 }, (_, i) => `manual:${m.id}:${i + 1}`)];
    return {
      source: 'manual',
      id: m.id,
      engagementId: null,
      date: m.start_date,
      endDate: m.end_date,
      clientKeys: keys,
      clientLabel: m.client_name,
      clientContact: m.client_contact,
      mayBeListed: m.may_be_listed === 1,
      mode: m.mode,
      groupSize: m.group_size,
      paidMinutes: m.paid_minutes,
      proBonoMinutes: m.pro_bono_minutes,
      peerMinutes: 0,
      sponsor: '',
    };
  });
}

/** Every client's name, contact (e-mail, phone) and listing consent, by id. */
export function clientDirectory(db: Db): Map<string, ClientInfo> {
  const rows = db.prepare('SELECT id, full_name, email, phone, may_be_listed FROM client').all() as {
    id: string;
    full_name: string;
    email: string;
    phone: string;
    may_be_listed: 0 | 1;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: r.full_name,
        contact: [r.email, r.phone].filter(Boolean).join(', '),
        mayBeListed: r.may_be_listed === 1,
      },
    ]),
  );
}
