import { randomUUID } from 'node:crypto';
import type { ErasurePreview } from '../../shared/clients';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { foldForSearch } from '../../shared/search-text';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { buildHourLog } from '../hours/log';
import { insertManualHours } from '../hours/service';
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
    manualHourEntries: db
      .prepare('SELECT count(*) FROM manual_hours WHERE client_id = ?')
      .pluck()
      .get(id) as number,
  };
}

/**
 * `keepHoursAt`: when given, the client's held hours from engagements that go with them
 * are kept as anonymised manual log lines first (hours already reported stay countable),
 * and manual lines linked to the client keep their hours under the same anonymous name.
 */
export function eraseClient(db: Db, id: string, confirmName: string, keepHoursAt: Clock | null = null): void {
  const client = getClient(db, id);
  if (foldForSearch(confirmName.trim()) !== foldForSearch(client.fullName.trim())) {
    throw new AppError('validation', msg('errors:clients.confirmName'), 'confirmName');
  }
  db.transaction(() => {
    if (keepHoursAt) keepAnonymisedHours(db, keepHoursAt, id);
    eraseClientRecords(db, id);
  })();
  // secure_delete zeroes freed pages in the database; checkpoint so the WAL keeps no copy either.
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Erases without the name check: for retention disposal, which is confirmed as a batch. */
export function eraseClientRecords(db: Db, id: string): void {
  const solo = soloEngagementIds(db, id);
  db.transaction(() => {
    // Hours from an earlier log that were linked to this client name them: they go too.
    db.prepare('DELETE FROM manual_hours WHERE client_id = ?').run(id);
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

/** One anonymised manual line per engagement that is erased with the client, from the hour log. */
function keepAnonymisedHours(db: Db, clock: Clock, clientId: string): void {
  const solo = new Set(soloEngagementIds(db, clientId));
  const byEngagement = new Map<string, { start: string; end: string; paid: number; proBono: number }>();
  for (const entry of buildHourLog(db).entries) {
    if (!entry.engagementId || !solo.has(entry.engagementId)) continue;
    const line = byEngagement.get(entry.engagementId) ?? {
      start: entry.date,
      end: entry.endDate,
      paid: 0,
      proBono: 0,
    };
    // ISO days sort as strings (Math.min/max would turn them into NaN).
    line.start = [entry.date, line.start].sort()[0] ?? line.start;
    line.end = [entry.endDate, line.end].sort()[1] ?? line.end;
    line.paid += entry.paidMinutes;
    line.proBono += entry.proBonoMinutes;
    byEngagement.set(entry.engagementId, line);
  }
  // One name for all of this client's lines, different from any other erased client's: the hour log
  // counts distinct clients by name, so the person still counts once, and not as anyone else.
  const label = `Erased client ${randomUUID().slice(0, 4).toUpperCase()} (${clock.now().toISOString().slice(0, 10)})`;
  db.prepare(
    `UPDATE manual_hours SET client_name = ?, client_contact = '', may_be_listed = 0, client_id = NULL
     WHERE client_id = ?`,
  ).run(label, clientId);
  for (const line of byEngagement.values()) {
    if (line.paid + line.proBono === 0) continue;
    insertManualHours(db, clock, {
      clientName: label,
      clientContact: '',
      mode: 'individual',
      groupSize: 1,
      startDate: line.start,
      endDate: line.end,
      paidMinutes: line.paid,
      proBonoMinutes: line.proBono,
      mayBeListed: false,
    });
  }
}
