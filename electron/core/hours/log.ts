import type { HourEntry } from '../../shared/hours';
import { foldForSearch } from '../../shared/search-text';
import type { Db } from '../db/connection';
import { localDate } from './local-date';

/**
 * The hour log: the one place coaching hours are computed. Every screen, PDF, CSV
 * and spreadsheet reads from here.
 *
 * - Only held, confirmed sessions count; a group session is logged once, and each
 *   participant who attended counts as a distinct client.
 * - Paid includes barter, internal and third-party-paid coaching.
 * - Reciprocal peer coaching counts as paid only up to the minutes the coach spent as
 *   the client; the rest is pro bono (allocated in date order). Minutes received as a
 *   peer client are not coaching experience.
 */
export interface HourLog {
  entries: HourEntry[];
  /** Minutes of reciprocal peer coaching the coach received as the client. */
  peerReceivedMinutes: number;
  /** Minutes of peer coaching given beyond that, moved to pro bono. */
  peerOverMinutes: number;
}

interface SessionRow {
  id: string;
  engagement_id: string;
  starts_at: string;
  time_zone: string;
  duration_minutes: number;
  payment: string;
  sponsor_name: string;
  kind: string;
}

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
}

interface ClientInfo {
  name: string;
  contact: string;
  mayBeListed: boolean;
}

const PAID = new Set(['paid', 'barter', 'internal', 'third-party']);

export function buildHourLog(db: Db, opts: { names?: boolean } = {}): HourLog {
  const clients = opts.names ? clientDirectory(db) : null;
  // Participants and attendees are read once into maps: a correlated subquery per session
  // costs seconds at 200,000 sessions.
  const participants = groupBy(
    db.prepare('SELECT engagement_id AS k, client_id AS v FROM engagement_participant').all() as KV[],
  );
  const attendees = groupBy(
    db.prepare('SELECT session_id AS k, client_id AS v FROM session_attendee').all() as KV[],
  );
  // NOT INDEXED: most sessions are read anyway; a table scan and sort beats walking the
  // starts_at index into random (encrypted) pages.
  const rows = db
    .prepare(
      `SELECT s.id, s.engagement_id, s.starts_at, s.time_zone, s.duration_minutes, s.payment, e.sponsor_name, e.kind
       FROM session s NOT INDEXED JOIN engagement e ON e.id = s.engagement_id
       WHERE s.attendance = 'held' AND s.is_draft = 0
       ORDER BY s.starts_at`,
    )
    .all() as SessionRow[];

  let peerReceivedMinutes = 0;
  for (const row of rows) if (row.payment === 'peer-as-client') peerReceivedMinutes += row.duration_minutes;

  let peerBalance = peerReceivedMinutes;
  let peerOverMinutes = 0;
  const entries: HourEntry[] = [];
  for (const row of rows) {
    if (row.payment === 'peer-as-client') continue;
    const keys = [...(attendees.get(row.id) ?? participants.get(row.engagement_id) ?? [])];
    const multi = row.kind === 'group' || row.kind === 'team';
    const date = localDate(row.starts_at, row.time_zone);
    let paid = 0;
    let proBono = 0;
    let peer = 0;
    if (row.payment === 'peer-as-coach') {
      peer = row.duration_minutes;
      paid = Math.min(peer, peerBalance);
      peerBalance -= paid;
      proBono = peer - paid;
      peerOverMinutes += proBono;
    } else if (PAID.has(row.payment)) {
      paid = row.duration_minutes;
    } else {
      proBono = row.duration_minutes;
    }
    const first = clients && keys[0] ? clients.get(keys[0]) : undefined;
    entries.push({
      source: 'session',
      id: row.id,
      engagementId: row.engagement_id,
      date,
      endDate: date,
      clientKeys: keys,
      clientLabel: first?.name ?? '',
      clientContact: first?.contact ?? '',
      mayBeListed: clients ? keys.every((k) => clients.get(k)?.mayBeListed ?? false) : false,
      mode: multi ? 'group' : 'individual',
      groupSize: multi ? Math.max(keys.length, 1) : 1,
      paidMinutes: paid,
      proBonoMinutes: proBono,
      peerMinutes: peer,
      sponsor: row.sponsor_name,
    });
  }

  const manual = db.prepare('SELECT * FROM manual_hours ORDER BY start_date, id').all() as ManualRow[];
  for (const m of manual) {
    const person = `manual:${foldForSearch(m.client_name.trim())}|${foldForSearch(m.client_contact.trim())}`;
    const keys = [person, ...Array.from({ length: m.group_size - 1 }, (_, i) => `manual:${m.id}:${i + 1}`)];
    entries.push({
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
    });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entries, peerReceivedMinutes, peerOverMinutes };
}

function clientDirectory(db: Db): Map<string, ClientInfo> {
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
