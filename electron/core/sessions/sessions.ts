import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import {
  type Payment,
  type Session,
  type SessionDefaults,
  type SessionFields,
  type SessionList,
  type SessionListQuery,
  sessionListQuery,
} from '../../shared/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statements';
import { getEngagement } from '../engagements/engagements';

/** Sessions: logged, scheduled, or imported from a calendar as drafts. */

interface SessionRow {
  id: string;
  engagement_id: string;
  starts_at: string;
  time_zone: string;
  duration_minutes: number;
  format: Session['format'];
  attendance: Session['attendance'];
  payment: Session['payment'];
  fee_minor: number | null;
  currency: string;
  is_draft: 0 | 1;
  created_at: string;
  updated_at: string;
  engagement_title: string;
  engagement_kind: string;
  client_names: string | null;
  attendee_ids: string | null;
  has_note: 0 | 1;
  finalised: 0 | 1;
}

const SELECT = `
  SELECT s.*, e.title AS engagement_title, e.kind AS engagement_kind,
    (SELECT group_concat(c.full_name, char(10)) FROM engagement_participant p JOIN client c ON c.id = p.client_id
      WHERE p.engagement_id = s.engagement_id) AS client_names,
    (SELECT group_concat(a.client_id, char(10)) FROM session_attendee a WHERE a.session_id = s.id) AS attendee_ids,
    EXISTS (SELECT 1 FROM note n WHERE n.session_id = s.id) AS has_note,
    EXISTS (SELECT 1 FROM note n WHERE n.session_id = s.id AND n.finalised_at IS NOT NULL) AS finalised
  FROM session s JOIN engagement e ON e.id = s.engagement_id`;

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    engagementTitle: row.engagement_title,
    engagementKind: row.engagement_kind,
    clientNames: row.client_names ? row.client_names.split('\n').sort((a, b) => a.localeCompare(b)) : [],
    startsAt: row.starts_at,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    format: row.format,
    attendance: row.attendance,
    payment: row.payment,
    feeMinor: row.fee_minor,
    currency: row.currency,
    attendeeIds: row.attendee_ids ? row.attendee_ids.split('\n') : [],
    isDraft: row.is_draft === 1,
    hasNote: row.has_note === 1,
    finalised: row.finalised === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSession(db: Db, id: string): Session {
  const row = cachedStatement(db, `${SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:sessions.notFound'));
  return toSession(row);
}

/** A session to create: its fields and, for one imported from a calendar, the draft flag and the event's UID. */
export interface NewSession extends SessionFields {
  draft?: boolean;
  icsUid?: string | null;
}

const INSERT_SESSION = `
  INSERT INTO session (id, engagement_id, starts_at, time_zone, duration_minutes, format, attendance, payment,
    fee_minor, currency, is_draft, ics_uid, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_ATTENDEE = 'INSERT OR IGNORE INTO session_attendee (session_id, client_id) VALUES (?, ?)';

/**
 * The one INSERT of a session and its attendees, shared by every way sessions are created
 * (createSession, createSessions, the demo's bulk writer). Writes and nothing else: the caller
 * checks references (referenceChecker) and runs it inside a transaction.
 */
export function insertSessionRow(db: Db, id: string, now: string, s: NewSession): void {
  cachedStatement(db, INSERT_SESSION).run(
    id,
    s.engagementId,
    s.startsAt,
    s.timeZone,
    s.durationMinutes,
    s.format,
    s.attendance,
    s.payment,
    s.feeMinor,
    s.currency,
    s.draft ? 1 : 0,
    s.icsUid ?? null,
    now,
    now,
  );
  if (s.attendeeIds.length === 0) return;
  const attendee = cachedStatement(db, INSERT_ATTENDEE);
  for (const clientId of s.attendeeIds) attendee.run(id, clientId);
}

/** Creates one session and reads it back (the form's "Save"). */
export function createSession(
  db: Db,
  clock: Clock,
  fields: SessionFields,
  opts: { draft?: boolean; icsUid?: string } = {},
): Session {
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.transaction(() => {
    referenceChecker(db)(fields);
    insertSessionRow(db, id, now, { ...fields, draft: opts.draft, icsUid: opts.icsUid });
  })();
  return getSession(db, id);
}

/**
 * Creates many sessions in one transaction, all or nothing, for callers that bring them in bulk
 * (calendar import, tools). Returns the new ids in order and reads nothing back. The fields are
 * already SessionFields (parsed at the IPC boundary or built from the database), so they are not
 * validated again row by row; references are checked once per engagement.
 */
export function createSessions(db: Db, clock: Clock, sessions: readonly NewSession[]): string[] {
  const now = clock.now().toISOString();
  const ids: string[] = [];
  db.transaction(() => {
    const check = referenceChecker(db);
    for (const s of sessions) {
      check(s);
      const id = randomUUID();
      insertSessionRow(db, id, now, s);
      ids.push(id);
    }
  })();
  return ids;
}

export function updateSession(db: Db, clock: Clock, id: string, fields: SessionFields): Session {
  const current = getSession(db, id);
  if (current.engagementId !== fields.engagementId) {
    const hasCommitments =
      cachedStatement(db, 'SELECT 1 FROM action_item WHERE session_id = ? LIMIT 1').get(id) !== undefined;
    if (current.finalised || hasCommitments) {
      throw new AppError('validation', msg('errors:sessions.staysWithEngagement'), 'engagementId');
    }
  }
  db.transaction(() => {
    referenceChecker(db)(fields);
    cachedStatement(
      db,
      `UPDATE session SET engagement_id = @engagementId, starts_at = @startsAt, time_zone = @timeZone,
         duration_minutes = @durationMinutes, format = @format, attendance = @attendance, payment = @payment,
         fee_minor = @feeMinor, currency = @currency, updated_at = @now WHERE id = @id`,
    ).run({ ...withoutAttendees(fields), id, now: clock.now().toISOString() });
    writeAttendees(db, id, fields.attendeeIds);
  })();
  return getSession(db, id);
}

export function confirmDraft(db: Db, clock: Clock, id: string): Session {
  getSession(db, id);
  db.prepare('UPDATE session SET is_draft = 0, updated_at = ? WHERE id = ?').run(
    clock.now().toISOString(),
    id,
  );
  return getSession(db, id);
}

/** A session whose note is finalised is part of the record and stays. */
export function removeSession(db: Db, id: string): void {
  const session = getSession(db, id);
  if (session.finalised) {
    throw new AppError('validation', msg('errors:sessions.finalisedKept'));
  }
  db.transaction(() => {
    // Commitments made in this session go with it; otherwise they would reappear as "to review" everywhere.
    db.prepare('DELETE FROM action_item WHERE session_id = ?').run(id);
    db.prepare('DELETE FROM session WHERE id = ?').run(id);
  })();
}

export function listSessions(db: Db, input: SessionListQuery): SessionList {
  const q = sessionListQuery.parse(input);
  const where: string[] = [];
  if (q.engagementId) where.push('s.engagement_id = @engagementId');
  if (q.clientId) {
    where.push(
      's.engagement_id IN (SELECT engagement_id FROM engagement_participant WHERE client_id = @clientId)',
    );
  }
  if (q.from) where.push('s.starts_at >= @from');
  if (q.to) where.push('s.starts_at < @to');
  if (q.drafts === 'only') where.push('s.is_draft = 1');
  if (q.drafts === 'exclude') where.push('s.is_draft = 0');
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const params = { engagementId: q.engagementId, clientId: q.clientId, from: q.from, to: q.to };
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => whereSql.includes(`@${key}`)));
  const total = db.prepare(`SELECT count(*) FROM session s ${whereSql}`).pluck().get(used) as number;
  const order = q.order === 'newest' ? 's.starts_at DESC, s.id' : 's.starts_at ASC, s.id';
  const rows = db
    .prepare(`${SELECT} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...used, limit: q.limit, offset: q.offset }) as SessionRow[];
  return { total, offset: q.offset, rows: rows.map(toSession) };
}

/** How the engagement is paid decides how its sessions count: the quick-log default. */
export function defaultPayment(e: { kind: string; feeArrangement: string; sponsorName: string }): Payment {
  if (e.kind === 'peer') return 'peer-as-coach';
  if (e.feeArrangement === 'pro-bono') return 'pro-bono';
  if (e.feeArrangement === 'barter') return 'barter';
  if (e.feeArrangement === 'internal' || e.kind === 'internal') return 'internal';
  if (e.sponsorName || e.kind === 'sponsored') return 'third-party';
  return 'paid';
}

export function sessionDefaults(db: Db, engagementId: string, fallbackZone: string): SessionDefaults {
  const e = getEngagement(db, engagementId);
  const last = db
    .prepare('SELECT format, time_zone FROM session WHERE engagement_id = ? ORDER BY starts_at DESC LIMIT 1')
    .get(engagementId) as { format: SessionDefaults['format']; time_zone: string } | undefined;
  return {
    engagementId,
    durationMinutes: e.sessionMinutes,
    format: last?.format ?? 'video',
    payment: defaultPayment(e),
    feeMinor: e.feeArrangement === 'per-session' ? e.feeMinor : null,
    currency: e.currency,
    timeZone: last?.time_zone ?? fallbackZone,
    attendeeIds: e.kind === 'group' || e.kind === 'team' ? e.participants.map((p) => p.id) : [],
  };
}

function withoutAttendees({ attendeeIds: _ignored, ...rest }: SessionFields) {
  return rest;
}

/**
 * Checks that a session's engagement exists and its attendees take part in it, with the error
 * the form shows next to the field. Remembers each engagement it has looked at, so a bulk
 * insert asks once per engagement, not once per session.
 */
function referenceChecker(db: Db): (fields: SessionFields) => void {
  const exists = new Map<string, boolean>();
  const members = new Map<string, Set<string>>();
  return (fields) => {
    let found = exists.get(fields.engagementId);
    if (found === undefined) {
      found =
        cachedStatement(db, 'SELECT 1 FROM engagement WHERE id = ?').get(fields.engagementId) !== undefined;
      exists.set(fields.engagementId, found);
    }
    if (!found) {
      throw new AppError('validation', msg('errors:sessions.engagementGone'), 'engagementId');
    }
    if (fields.attendeeIds.length === 0) return;
    let participants = members.get(fields.engagementId);
    if (!participants) {
      participants = new Set(
        cachedStatement(db, 'SELECT client_id FROM engagement_participant WHERE engagement_id = ?', {
          pluck: true,
        }).all(fields.engagementId) as string[],
      );
      members.set(fields.engagementId, participants);
    }
    if (fields.attendeeIds.some((clientId) => !participants.has(clientId))) {
      throw new AppError('validation', msg('errors:sessions.attendeesNotParticipants'), 'attendeeIds');
    }
  };
}

function writeAttendees(db: Db, sessionId: string, attendeeIds: string[]): void {
  cachedStatement(db, 'DELETE FROM session_attendee WHERE session_id = ?').run(sessionId);
  const insert = cachedStatement(db, INSERT_ATTENDEE);
  for (const clientId of attendeeIds) insert.run(sessionId, clientId);
}
