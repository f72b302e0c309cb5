import type { Db } from '../../../electron/core/db/connection';

/**
 * A practice's rows in a form two runs can be compared in: every UUID is replaced by the order in
 * which its row was written (services make random ids, the bulk writer seeded ones), each table's
 * rows are sorted. Equal dumps mean the same records with the same links and timestamps.
 */
const WITH_IDS = [
  'agreement_template',
  'client',
  'referral',
  'engagement',
  'agreement',
  'session',
  'note_addendum',
  'goal',
  'goal_progress',
  'action_item',
  'assessment',
  'received_session',
  'ce_entry',
  'manual_hours',
];
export const DUMPED_TABLES = [
  ...WITH_IDS,
  'client_tag',
  'engagement_participant',
  'agreement_signature',
  'session_attendee',
  'note',
  'setting',
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export function canonicalDump(db: Db): Record<string, string[]> {
  const ordinal = new Map<string, string>();
  for (const table of WITH_IDS) {
    for (const id of db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[]) {
      ordinal.set(id, `${table}#${ordinal.size}`);
    }
  }
  const dump: Record<string, string[]> = {};
  for (const table of DUMPED_TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    dump[table] = rows
      .map((row) =>
        JSON.stringify(row, (_key, value) =>
          typeof value === 'string' ? value.replace(UUID, (id) => ordinal.get(id) ?? 'unknown-id') : value,
        ),
      )
      .sort();
  }
  return dump;
}

/** Every row of the tables, ids and all, in rowid order (for "same seed, same rows"). */
export function rawDump(db: Db): string {
  // The default template is made with the practice (a random id), not by the generator.
  const templates = db.prepare('SELECT id FROM agreement_template').pluck().all() as string[];
  let text = DUMPED_TABLES.filter((t) => t !== 'agreement_template')
    .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()))
    .join('\n');
  for (const id of templates) text = text.replaceAll(id, 'template');
  return text;
}
