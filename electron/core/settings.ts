import type { Db } from './db/connection';

/** Per-practice preferences, stored as JSON values in the `setting` table. */
export function readSetting<T>(db: Db, key: string, fallback: T): T {
  const value = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string | undefined;
  if (value === undefined) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
