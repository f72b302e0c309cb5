import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** What the activity log may record. `detail` is a channel or file kind, never content. */
export const activityKinds = [
  'practice-created',
  'practice-unlocked',
  'passphrase-changed',
  'recovery-key-created',
  'note-finalised',
  'client-erased',
  'records-disposed',
  'export-written',
  'backup-written',
  'backup-restored',
  'import-committed',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export interface ActivityEntry {
  id: number;
  at: string;
  kind: ActivityKind;
  detail: string;
}

export function recordActivity(db: Db, clock: Clock, kind: ActivityKind, detail = ''): void {
  db.prepare('INSERT INTO activity (at, kind, detail) VALUES (?, ?, ?)').run(
    clock.now().toISOString(),
    kind,
    detail,
  );
}

export function listActivity(db: Db, limit: number): ActivityEntry[] {
  return db
    .prepare('SELECT id, at, kind, detail FROM activity ORDER BY id DESC LIMIT ?')
    .all(limit) as ActivityEntry[];
}

/**
 * Which successful calls are significant events. Kept beside the list of kinds so the
 * log's vocabulary lives in one place; the handler wrapper consults it.
 */
export function activityFor(channel: string, result: unknown): { kind: ActivityKind; detail: string } | null {
  if (channel === 'practice.create') return { kind: 'practice-created', detail: '' };
  if (
    channel === 'practice.unlock' ||
    channel === 'practice.unlockRemembered' ||
    channel === 'practice.unlockWithRecoveryKey'
  ) {
    return { kind: 'practice-unlocked', detail: channel.split('.')[1] ?? '' };
  }
  if (channel === 'practice.changePassphrase') return { kind: 'passphrase-changed', detail: '' };
  if (channel === 'practice.createRecoveryKey') return { kind: 'recovery-key-created', detail: '' };
  if (channel === 'notes.finalise') return { kind: 'note-finalised', detail: '' };
  if (channel === 'clients.erase') return { kind: 'client-erased', detail: '' };
  if (channel === 'retention.dispose') return { kind: 'records-disposed', detail: '' };
  if (channel === 'backups.create') return { kind: 'backup-written', detail: 'manual' };
  if (channel === 'backups.restore') return { kind: 'backup-restored', detail: '' };
  if (channel === 'backups.restoreLatest') return { kind: 'backup-restored', detail: 'damaged practice' };
  if (channel === 'hourImport.commit') return { kind: 'import-committed', detail: '' };
  // Exports return the path written, or null when the coach cancelled the dialog.
  const isExport =
    /^(reports\.|calendar\.export|agreements\.exportPdf|practice\.saveRecoveryKeyPdf|clients\.export)/.test(
      channel,
    );
  if (isExport && typeof result === 'string') return { kind: 'export-written', detail: channel };
  return null;
}
