import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { ReceivedSession } from '../../shared/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** Coaching the coach received: mentor coaching and supervision, counted toward credentials. */

export function listReceived(db: Db): ReceivedSession[] {
  return db
    .prepare(
      `SELECT id, kind, provider_name AS providerName, provider_credential AS providerCredential, mode,
         group_size AS groupSize, starts_at AS startsAt, duration_minutes AS durationMinutes, notes
       FROM received_session ORDER BY starts_at DESC`,
    )
    .all() as ReceivedSession[];
}

export function createReceived(db: Db, clock: Clock, fields: Omit<ReceivedSession, 'id'>): ReceivedSession {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO received_session (id, kind, provider_name, provider_credential, mode, group_size, starts_at,
       duration_minutes, notes, created_at)
     VALUES (@id, @kind, @providerName, @providerCredential, @mode, @groupSize, @startsAt, @durationMinutes, @notes, @now)`,
  ).run({ ...fields, id, now: clock.now().toISOString() });
  return { ...fields, id };
}

export function removeReceived(db: Db, id: string): void {
  if (db.prepare('DELETE FROM received_session WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', msg('errors:entries.notFound'));
  }
}
