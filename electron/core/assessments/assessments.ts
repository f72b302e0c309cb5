import { randomUUID } from 'node:crypto';
import type { AreaScore, Assessment, AssessmentKind } from '../../shared/assessments';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** Wheel of Life assessments for a client: areas and 0-10 scores, repeated over time. */

interface AssessmentRow {
  id: string;
  client_id: string;
  kind: AssessmentKind;
  taken_on: string;
  scores: string;
  note: string;
  created_at: string;
}

export interface NewAssessment {
  clientId: string;
  takenOn: string;
  scores: AreaScore[];
  note: string;
}

/** One day of slack: "today" for a coach east of UTC is already tomorrow in UTC terms. */
const FUTURE_SLACK_MS = 86_400_000;

export function createAssessment(db: Db, clock: Clock, input: NewAssessment): Assessment {
  requireClient(db, input.clientId);
  const latestAllowed = new Date(clock.now().getTime() + FUTURE_SLACK_MS).toISOString().slice(0, 10);
  if (input.takenOn > latestAllowed) {
    throw new AppError('validation', msg('errors:date.inFuture'), 'takenOn');
  }
  const id = randomUUID();
  const scores = input.scores.map(({ area, score }) => ({ area, score }));
  db.prepare(
    `INSERT INTO assessment (id, client_id, kind, taken_on, scores, note, created_at)
     VALUES (?, ?, 'wheel-of-life', ?, ?, ?, ?)`,
  ).run(id, input.clientId, input.takenOn, JSON.stringify(scores), input.note, clock.now().toISOString());
  return getAssessment(db, id);
}

export function getAssessment(db: Db, id: string): Assessment {
  const row = db.prepare('SELECT * FROM assessment WHERE id = ?').get(id) as AssessmentRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:wheel.notFound'));
  return toAssessment(row);
}

/** Newest first: by the day taken, then by when it was recorded. */
export function listAssessments(db: Db, clientId: string): Assessment[] {
  requireClient(db, clientId);
  return (
    db
      .prepare(
        'SELECT * FROM assessment WHERE client_id = ? ORDER BY taken_on DESC, created_at DESC, rowid DESC',
      )
      .all(clientId) as AssessmentRow[]
  ).map(toAssessment);
}

export function removeAssessment(db: Db, id: string): void {
  const { changes } = db.prepare('DELETE FROM assessment WHERE id = ?').run(id);
  if (changes === 0) throw new AppError('not_found', msg('errors:wheel.notFound'));
}

function requireClient(db: Db, clientId: string): void {
  if (!db.prepare('SELECT 1 FROM client WHERE id = ?').get(clientId)) {
    throw new AppError('not_found', msg('errors:clients.notFound'));
  }
}

function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    takenOn: row.taken_on,
    scores: JSON.parse(row.scores) as AreaScore[],
    note: row.note,
    createdAt: row.created_at,
  };
}
