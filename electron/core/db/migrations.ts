import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Db } from './connection';
import m0001 from './migrations/0001-initial.sql?raw';
import m0002 from './migrations/0002-clients.sql?raw';
import m0003 from './migrations/0003-agreements.sql?raw';
import m0004 from './migrations/0004-sessions.sql?raw';
import m0005 from './migrations/0005-hours.sql?raw';
import m0006 from './migrations/0006-activity.sql?raw';
import m0007 from './migrations/0007-hour-tables.sql?raw';
import m0008 from './migrations/0008-manual-hours-client.sql?raw';

/**
 * Numbered migrations, in order. This list only ever grows: a shipped migration is
 * never edited, a change is a new entry. The SQL is bundled into the app at build
 * time, so the packaged app reads no loose schema files.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: '0001-initial', sql: m0001 },
  { version: 2, name: '0002-clients', sql: m0002 },
  { version: 3, name: '0003-agreements', sql: m0003 },
  { version: 4, name: '0004-sessions', sql: m0004 },
  { version: 5, name: '0005-hours', sql: m0005 },
  { version: 6, name: '0006-activity', sql: m0006 },
  { version: 7, name: '0007-hour-tables', sql: m0007 },
  { version: 8, name: '0008-manual-hours-client', sql: m0008 },
];

export const LATEST_VERSION = migrations.length;

/** Applies every pending migration in one transaction, then records `user_version`. */
export function migrate(db: Db, target: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new AppError('practice_too_new', msg('errors:practice.tooNew'));
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${pending[pending.length - 1]?.version ?? current}`);
  })();
}
