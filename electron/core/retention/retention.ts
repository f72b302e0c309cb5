import type { DisposalCandidate, RetentionSettings } from '../../shared/backups';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { eraseClientRecords } from '../clients/erasure';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { monthsBefore } from '../hours/evaluate';
import { readSetting, writeSetting } from '../settings';

/**
 * How long the records of clients whose coaching ended are kept, and disposing of
 * them when that time is up (the ICF Code of Ethics asks coaches to store and dispose
 * of records securely). Nothing is deleted without the coach's confirmation.
 */
const KEY = 'retention.settings';

export function retentionSettings(db: Db): RetentionSettings {
  return readSetting<RetentionSettings>(db, KEY, { years: null });
}

export function saveRetentionSettings(db: Db, settings: RetentionSettings): RetentionSettings {
  writeSetting(db, KEY, settings);
  return retentionSettings(db);
}

export function disposalDue(db: Db, clock: Clock, today?: string): DisposalCandidate[] {
  const { years } = retentionSettings(db);
  if (years === null) return [];
  const cutoff = monthsBefore(today ?? clock.now().toISOString().slice(0, 10), years * 12);
  return db
    .prepare(
      `SELECT c.id AS clientId, c.full_name AS fullName, c.status,
         max(substr(c.updated_at, 1, 10), coalesce((SELECT substr(max(s.starts_at), 1, 10) FROM session s
           JOIN engagement_participant p ON p.engagement_id = s.engagement_id WHERE p.client_id = c.id), '')) AS lastActivity
       FROM client c
       WHERE c.status IN ('completed', 'archived')
       GROUP BY c.id
       HAVING lastActivity < @cutoff
       ORDER BY lastActivity`,
    )
    .all({ cutoff }) as DisposalCandidate[];
}

export function disposeRecords(db: Db, clock: Clock, clientIds: string[], confirm: string): number {
  const due = new Set(disposalDue(db, clock).map((c) => c.clientId));
  const notDue = clientIds.filter((id) => !due.has(id));
  if (notDue.length > 0) throw new AppError('validation', msg('errors:retention.notDue'), 'clientIds');
  if (confirm.trim() !== String(clientIds.length)) {
    throw new AppError(
      'validation',
      msg('errors:retention.typeToConfirm', { expected: clientIds.length }),
      'confirm',
    );
  }
  db.transaction(() => {
    for (const id of clientIds) eraseClientRecords(db, id);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return clientIds.length;
}
