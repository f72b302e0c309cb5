import { randomUUID } from 'node:crypto';
import type { Engagement, EngagementFields, Participant } from '../../shared/engagements';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** Coaching relationships and programmes, with their participants. */

interface EngagementRow {
  id: string;
  title: string;
  kind: Engagement['kind'];
  focus: Engagement['focus'];
  focus_description: string;
  sponsor_name: string;
  sponsor_kind: Engagement['sponsorKind'];
  sponsor_contact: string;
  fee_arrangement: Engagement['feeArrangement'];
  fee_minor: number | null;
  currency: string;
  start_date: string;
  end_date: string | null;
  planned_sessions: number | null;
  frequency: Engagement['frequency'];
  session_minutes: number;
  status: Engagement['status'];
  created_at: string;
  updated_at: string;
}

function params(fields: EngagementFields) {
  return {
    title: fields.title,
    kind: fields.kind,
    focus: fields.focus,
    focus_description: fields.focusDescription,
    sponsor_name: fields.sponsorName,
    sponsor_kind: fields.sponsorKind,
    sponsor_contact: fields.sponsorContact,
    fee_arrangement: fields.feeArrangement,
    fee_minor: fields.feeMinor,
    currency: fields.currency,
    start_date: fields.startDate,
    end_date: fields.endDate,
    planned_sessions: fields.plannedSessions,
    frequency: fields.frequency,
    session_minutes: fields.sessionMinutes,
    status: fields.status,
  };
}

export function createEngagement(db: Db, clock: Clock, fields: EngagementFields): Engagement {
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO engagement (id, title, kind, focus, focus_description, sponsor_name, sponsor_kind, sponsor_contact,
         fee_arrangement, fee_minor, currency, start_date, end_date, planned_sessions, frequency, session_minutes,
         status, created_at, updated_at)
       VALUES (@id, @title, @kind, @focus, @focus_description, @sponsor_name, @sponsor_kind, @sponsor_contact,
         @fee_arrangement, @fee_minor, @currency, @start_date, @end_date, @planned_sessions, @frequency,
         @session_minutes, @status, @now, @now)`,
    ).run({ id, now, ...params(fields) });
    writeParticipants(db, id, fields.participantIds);
  })();
  return getEngagement(db, id);
}

export function updateEngagement(db: Db, clock: Clock, id: string, fields: EngagementFields): Engagement {
  getEngagement(db, id);
  db.transaction(() => {
    db.prepare(
      `UPDATE engagement SET title = @title, kind = @kind, focus = @focus, focus_description = @focus_description,
         sponsor_name = @sponsor_name, sponsor_kind = @sponsor_kind, sponsor_contact = @sponsor_contact,
         fee_arrangement = @fee_arrangement, fee_minor = @fee_minor, currency = @currency, start_date = @start_date,
         end_date = @end_date, planned_sessions = @planned_sessions, frequency = @frequency,
         session_minutes = @session_minutes, status = @status, updated_at = @now
       WHERE id = @id`,
    ).run({ id, now: clock.now().toISOString(), ...params(fields) });
    writeParticipants(db, id, fields.participantIds);
  })();
  return getEngagement(db, id);
}

export function getEngagement(db: Db, id: string): Engagement {
  const row = db.prepare('SELECT * FROM engagement WHERE id = ?').get(id) as EngagementRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:engagements.notFound'));
  return toEngagement(row, participantsOf(db, id));
}

export function listEngagementsForClient(db: Db, clientId: string): Engagement[] {
  const rows = db
    .prepare(
      `SELECT e.* FROM engagement e JOIN engagement_participant p ON p.engagement_id = e.id
       WHERE p.client_id = ? ORDER BY e.start_date DESC, e.created_at DESC`,
    )
    .all(clientId) as EngagementRow[];
  return rows.map((row) => toEngagement(row, participantsOf(db, row.id)));
}

export function listEngagements(db: Db): Engagement[] {
  const rows = db
    .prepare(`SELECT * FROM engagement ORDER BY CASE status WHEN 'active' THEN 0 ELSE 1 END, start_date DESC`)
    .all() as EngagementRow[];
  return rows.map((row) => toEngagement(row, participantsOf(db, row.id)));
}

function participantsOf(db: Db, engagementId: string): Participant[] {
  return db
    .prepare(
      `SELECT c.id, c.full_name AS fullName FROM engagement_participant p JOIN client c ON c.id = p.client_id
       WHERE p.engagement_id = ? ORDER BY c.full_name COLLATE NOCASE`,
    )
    .all(engagementId) as Participant[];
}

function writeParticipants(db: Db, engagementId: string, clientIds: string[]): void {
  const exists = db.prepare('SELECT 1 FROM client WHERE id = ?');
  for (const clientId of clientIds) {
    if (!exists.get(clientId)) {
      throw new AppError('validation', msg('errors:engagements.clientGone'), 'participantIds');
    }
  }
  db.prepare('DELETE FROM engagement_participant WHERE engagement_id = ?').run(engagementId);
  const insert = db.prepare('INSERT INTO engagement_participant (engagement_id, client_id) VALUES (?, ?)');
  for (const clientId of clientIds) insert.run(engagementId, clientId);
}

function toEngagement(row: EngagementRow, participants: Participant[]): Engagement {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    participants,
    focus: row.focus,
    focusDescription: row.focus_description,
    sponsorName: row.sponsor_name,
    sponsorKind: row.sponsor_kind,
    sponsorContact: row.sponsor_contact,
    feeArrangement: row.fee_arrangement,
    feeMinor: row.fee_minor,
    currency: row.currency,
    startDate: row.start_date,
    endDate: row.end_date,
    plannedSessions: row.planned_sessions,
    frequency: row.frequency,
    sessionMinutes: row.session_minutes,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
