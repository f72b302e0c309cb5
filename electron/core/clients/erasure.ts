import type { ErasurePreview } from '../../shared/clients';
import { AppError } from '../../shared/errors';
import { foldForSearch } from '../../shared/search-text';
import type { Db } from '../db/connection';
import { getClient } from './clients';

/**
 * Permanent erasure of one client, on request. Engagements where they were the only
 * participant go with them (and so their agreements and, later, sessions and notes);
 * in group engagements they are removed and the group goes on.
 */
export function erasurePreview(db: Db, id: string): ErasurePreview {
  const client = getClient(db, id);
  const solo = soloEngagementIds(db, id);
  const all = db
    .prepare('SELECT count(*) FROM engagement_participant WHERE client_id = ?')
    .pluck()
    .get(id) as number;
  const countIn = (table: string) =>
    solo.length
      ? (db
          .prepare(`SELECT count(*) FROM ${table} WHERE engagement_id IN (${solo.map(() => '?').join(',')})`)
          .pluck()
          .get(...solo) as number)
      : 0;
  return {
    clientId: id,
    fullName: client.fullName,
    engagements: solo.length,
    groupEngagementsLeft: all - solo.length,
    referrals: db.prepare('SELECT count(*) FROM referral WHERE client_id = ?').pluck().get(id) as number,
    agreements: countIn('agreement'),
    sessions: countIn('session'),
    assessments: db.prepare('SELECT count(*) FROM assessment WHERE client_id = ?').pluck().get(id) as number,
  };
}

export function eraseClient(db: Db, id: string, confirmName: string): void {
  const client = getClient(db, id);
  if (foldForSearch(confirmName.trim()) !== foldForSearch(client.fullName.trim())) {
    throw new AppError('validation', 'Type the client’s full name exactly to confirm.', 'confirmName');
  }
  eraseClientRecords(db, id);
  // secure_delete zeroes freed pages in the database; checkpoint so the WAL keeps no copy either.
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Erases without the name check: for retention disposal, which is confirmed as a batch. */
export function eraseClientRecords(db: Db, id: string): void {
  const solo = soloEngagementIds(db, id);
  db.transaction(() => {
    const removeEngagement = db.prepare('DELETE FROM engagement WHERE id = ?');
    for (const engagementId of solo) removeEngagement.run(engagementId);
    db.prepare('DELETE FROM client WHERE id = ?').run(id);
  })();
}

function soloEngagementIds(db: Db, clientId: string): string[] {
  return db
    .prepare(
      `SELECT p.engagement_id FROM engagement_participant p
       WHERE p.client_id = ?
         AND (SELECT count(*) FROM engagement_participant q WHERE q.engagement_id = p.engagement_id) = 1`,
    )
    .pluck()
    .all(clientId) as string[];
}
