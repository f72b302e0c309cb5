import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { DateOrder, HourImportPreview, HourImportResult } from '../../shared/hour-import';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { insertManualHours } from '../hours/service';
import { type ParsedLog, parseLog } from './parse';
import type { RawTable } from './read-file';

/**
 * Previews waiting for the coach to import them, in main-process memory only (never on disk). Each is tied to
 * the open practice's database handle, so locking or switching practice makes it unusable, and expires after
 * a while so client names do not linger in memory.
 */

export const PREVIEW_TTL_MS = 15 * 60 * 1000;
export const MAX_PREVIEWS = 3;

interface Held {
  db: Db;
  table: RawTable;
  parsed: ParsedLog;
  expiresAt: number;
}

const expired = () => new AppError('not_found', msg('errors:hourImport.preview.expired'), 'token');

export class ImportPreviews {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = PREVIEW_TTL_MS,
    private readonly max = MAX_PREVIEWS,
  ) {}

  /** How many previews are held (for tests). */
  get size(): number {
    this.prune();
    return this.held.size;
  }

  /** Reads a file's rows and holds them under a new token. */
  open(db: Db, table: RawTable, order: DateOrder): HourImportPreview {
    this.prune();
    const parsed = parseLog(table, order);
    const token = randomBytes(24).toString('base64url');
    while (this.held.size >= this.max) {
      const oldest = this.held.keys().next().value;
      if (oldest === undefined) break;
      this.held.delete(oldest);
    }
    this.held.set(token, { db, table, parsed, expiresAt: this.clock.now().getTime() + this.ttlMs });
    return previewOf(db, token, table.fileName, parsed);
  }

  /** Reads the held file again with another date order; the token stays the same. */
  reread(db: Db, token: string, order: DateOrder): HourImportPreview {
    const held = this.get(db, token);
    held.parsed = parseLog(held.table, order);
    held.expiresAt = this.clock.now().getTime() + this.ttlMs;
    return previewOf(db, token, held.table.fileName, held.parsed);
  }

  /**
   * All or nothing: refused while any row has errors; otherwise every row not already in Coachbook is added in
   * one transaction. The preview is then forgotten.
   */
  commit(db: Db, clock: Clock, token: string): HourImportResult {
    const held = this.get(db, token);
    const withErrors = held.parsed.rows.filter((r) => r.errors.length > 0).length;
    if (withErrors > 0) {
      throw new AppError(
        'validation',
        msg('errors:hourImport.preview.rowsWithErrors', { count: withErrors }),
        'token',
      );
    }
    const exists = db.prepare('SELECT 1 FROM manual_hours WHERE import_key = ?').pluck();
    const run = db.transaction(() => {
      let created = 0;
      let skipped = 0;
      for (const row of held.parsed.rows) {
        if (!row.fields || !row.importKey) throw new Error('a row without errors has no fields');
        if (exists.get(row.importKey) !== undefined) {
          skipped++;
          continue;
        }
        insertManualHours(db, clock, row.fields, row.importKey);
        created++;
      }
      return { created, skipped };
    });
    const result = run();
    this.held.delete(token);
    return result;
  }

  discard(token: string): void {
    this.held.delete(token);
  }

  clear(): void {
    this.held.clear();
  }

  private get(db: Db, token: string): Held {
    this.prune();
    const held = this.held.get(token);
    if (!held || held.db !== db) throw expired();
    return held;
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [token, held] of this.held) if (held.expiresAt <= now) this.held.delete(token);
  }
}

/** Which of these import keys are already in the practice. */
export function existingImportKeys(db: Db, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT import_key FROM manual_hours WHERE import_key IN (${chunk.map(() => '?').join(',')})`)
      .pluck()
      .all(...chunk) as string[];
    for (const key of rows) found.add(key);
  }
  return found;
}

function previewOf(db: Db, token: string, fileName: string, parsed: ParsedLog): HourImportPreview {
  const keys = parsed.rows.flatMap((r) => (r.importKey ? [r.importKey] : []));
  const existing = existingImportKeys(db, keys);
  let paidMinutes = 0;
  let proBonoMinutes = 0;
  let ready = 0;
  let duplicates = 0;
  let errors = 0;
  const rows = parsed.rows.map(({ importKey, ...row }) => {
    const duplicate = importKey !== null && existing.has(importKey);
    if (row.errors.length > 0) errors++;
    else if (duplicate) duplicates++;
    else {
      ready++;
      paidMinutes += row.fields?.paidMinutes ?? 0;
      proBonoMinutes += row.fields?.proBonoMinutes ?? 0;
    }
    return { ...row, duplicate };
  });
  return {
    token,
    fileName,
    layout: parsed.layout,
    columns: parsed.columns,
    dateOrder: parsed.dateOrder,
    rows,
    counts: { rows: rows.length, ready, duplicates, errors },
    totals: { paidMinutes, proBonoMinutes },
    notes: parsed.notes,
  };
}
