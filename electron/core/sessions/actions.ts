import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { ActionItem, FollowUp } from '../../shared/sessions';
import { type Clock, localToday } from '../clock';
import type { Db } from '../db/connection';

/** Commitments (action items): made in a session, reviewed in the next, followed up across clients. */

const COLUMNS = `a.id, a.engagement_id AS engagementId, a.session_id AS sessionId, a.text, a.owner,
  a.due_date AS dueDate, a.status, a.created_at AS createdAt`;

export function createAction(
  db: Db,
  clock: Clock,
  input: Omit<ActionItem, 'id' | 'status' | 'createdAt'>,
): ActionItem {
  if (!db.prepare('SELECT 1 FROM engagement WHERE id = ?').get(input.engagementId)) {
    throw new AppError('not_found', msg('errors:engagements.notFound'));
  }
  if (input.sessionId) {
    const owner = db.prepare('SELECT engagement_id FROM session WHERE id = ?').pluck().get(input.sessionId);
    if (owner !== input.engagementId)
      throw new AppError('validation', msg('errors:sessions.notInEngagement'));
  }
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.prepare(
    `INSERT INTO action_item (id, engagement_id, session_id, text, owner, due_date, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(id, input.engagementId, input.sessionId, input.text, input.owner, input.dueDate, now, now);
  return getAction(db, id);
}

export function getAction(db: Db, id: string): ActionItem {
  const row = db.prepare(`SELECT ${COLUMNS} FROM action_item a WHERE a.id = ?`).get(id) as
    | ActionItem
    | undefined;
  if (!row) throw new AppError('not_found', msg('errors:actions.notFound'));
  return row;
}

export function setActionStatus(db: Db, clock: Clock, id: string, status: ActionItem['status']): ActionItem {
  getAction(db, id);
  db.prepare('UPDATE action_item SET status = ?, updated_at = ? WHERE id = ?').run(
    status,
    clock.now().toISOString(),
    id,
  );
  return getAction(db, id);
}

export function listActionsForEngagement(db: Db, engagementId: string): ActionItem[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM action_item a WHERE a.engagement_id = ? ORDER BY a.status = 'open' DESC, a.due_date, a.created_at`,
    )
    .all(engagementId) as ActionItem[];
}

export function actionsForSession(db: Db, sessionId: string): ActionItem[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM action_item a WHERE a.session_id = ? ORDER BY a.created_at, a.rowid`)
    .all(sessionId) as ActionItem[];
}

/** Open commitments from earlier sessions (or none) of the engagement: carried into this note for review. */
export function openActionsBefore(
  db: Db,
  engagementId: string,
  startsAt: string,
  sessionId: string,
): ActionItem[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM action_item a LEFT JOIN session s ON s.id = a.session_id
       WHERE a.engagement_id = ? AND a.status = 'open' AND (a.session_id IS NULL OR (s.starts_at < ? AND a.session_id <> ?))
       ORDER BY a.due_date IS NULL, a.due_date, a.created_at`,
    )
    .all(engagementId, startsAt, sessionId) as ActionItem[];
}

/** Across all clients: open commitments overdue or due within `days` of today. */
export function followUps(db: Db, clock: Clock, days: number): FollowUp[] {
  const today = localToday(clock);
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}, e.title AS engagementTitle,
         (SELECT group_concat(c.full_name, char(10)) FROM engagement_participant p JOIN client c ON c.id = p.client_id
           WHERE p.engagement_id = a.engagement_id) AS clientNames
       FROM action_item a JOIN engagement e ON e.id = a.engagement_id
       WHERE a.status = 'open' AND a.due_date IS NOT NULL AND a.due_date <= ?
       ORDER BY a.due_date, a.created_at`,
    )
    .all(horizon) as (ActionItem & { engagementTitle: string; clientNames: string | null })[];
  return rows.map((row) => ({
    ...row,
    clientNames: row.clientNames ? row.clientNames.split('\n') : [],
    overdue: (row.dueDate ?? today) < today,
  }));
}
