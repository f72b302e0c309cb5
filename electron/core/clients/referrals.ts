import { randomUUID } from 'node:crypto';
import type { Referral } from '../../shared/clients';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { clientExists } from './clients';

/** Referrals in and out: how a coach who is also a therapist documents the boundary. */

export function addReferral(db: Db, clock: Clock, input: Omit<Referral, 'id'>): Referral {
  if (!clientExists(db, input.clientId)) throw new AppError('not_found', msg('errors:clients.notFound'));
  const referral: Referral = { id: randomUUID(), ...input };
  db.prepare(
    `INSERT INTO referral (id, client_id, direction, party_name, party_role, reason, date, created_at)
     VALUES (@id, @clientId, @direction, @partyName, @partyRole, @reason, @date, @now)`,
  ).run({ ...referral, now: clock.now().toISOString() });
  return referral;
}

export function removeReferral(db: Db, id: string): void {
  const result = db.prepare('DELETE FROM referral WHERE id = ?').run(id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:referrals.notFound'));
}

export function listReferrals(db: Db, clientId: string): Referral[] {
  return db
    .prepare(
      `SELECT id, client_id AS clientId, direction, party_name AS partyName, party_role AS partyRole, reason, date
       FROM referral WHERE client_id = ? ORDER BY date DESC, created_at DESC`,
    )
    .all(clientId) as Referral[];
}
