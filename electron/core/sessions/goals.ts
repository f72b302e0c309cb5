import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Goal, GoalProgress } from '../../shared/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** Goals the client sets for an engagement, with how success is measured, a plan, and progress. */

interface GoalRow {
  id: string;
  engagement_id: string;
  title: string;
  success_measure: string;
  plan: string;
  status: Goal['status'];
  created_at: string;
  updated_at: string;
}

type GoalFields = Omit<Goal, 'id' | 'progress' | 'createdAt' | 'updatedAt'>;

export function createGoal(db: Db, clock: Clock, fields: GoalFields): Goal {
  if (!db.prepare('SELECT 1 FROM engagement WHERE id = ?').get(fields.engagementId)) {
    throw new AppError('not_found', msg('errors:engagements.notFound'));
  }
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.prepare(
    `INSERT INTO goal (id, engagement_id, title, success_measure, plan, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.engagementId, fields.title, fields.successMeasure, fields.plan, fields.status, now, now);
  return getGoal(db, id);
}

export function updateGoal(db: Db, clock: Clock, id: string, fields: GoalFields): Goal {
  const current = getGoal(db, id);
  if (current.engagementId !== fields.engagementId) {
    throw new AppError('validation', msg('errors:goals.staysWithEngagement'), 'engagementId');
  }
  db.prepare(
    'UPDATE goal SET title = ?, success_measure = ?, plan = ?, status = ?, updated_at = ? WHERE id = ?',
  ).run(fields.title, fields.successMeasure, fields.plan, fields.status, clock.now().toISOString(), id);
  return getGoal(db, id);
}

export function addGoalProgress(
  db: Db,
  clock: Clock,
  input: { goalId: string; sessionId: string | null; note: string; percent: number | null },
): Goal {
  const goal = getGoal(db, input.goalId);
  if (input.sessionId) {
    const engagement = db
      .prepare('SELECT engagement_id FROM session WHERE id = ?')
      .pluck()
      .get(input.sessionId);
    if (engagement !== goal.engagementId) {
      throw new AppError('validation', msg('errors:sessions.notInEngagement'), 'sessionId');
    }
  }
  db.prepare(
    'INSERT INTO goal_progress (id, goal_id, session_id, note, percent, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), input.goalId, input.sessionId, input.note, input.percent, clock.now().toISOString());
  return getGoal(db, input.goalId);
}

export function getGoal(db: Db, id: string): Goal {
  const row = db.prepare('SELECT * FROM goal WHERE id = ?').get(id) as GoalRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:goals.notFound'));
  return toGoal(db, row);
}

export function listGoals(db: Db, engagementId: string): Goal[] {
  return (
    db
      .prepare('SELECT * FROM goal WHERE engagement_id = ? ORDER BY created_at')
      .all(engagementId) as GoalRow[]
  ).map((row) => toGoal(db, row));
}

function toGoal(db: Db, row: GoalRow): Goal {
  const progress = db
    .prepare(
      `SELECT id, session_id AS sessionId, note, percent, created_at AS createdAt FROM goal_progress
       WHERE goal_id = ? ORDER BY created_at, rowid`,
    )
    .all(row.id) as GoalProgress[];
  return {
    id: row.id,
    engagementId: row.engagement_id,
    title: row.title,
    successMeasure: row.success_measure,
    plan: row.plan,
    status: row.status,
    progress,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
