import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

/**
 * Prepared statements kept per open connection. better-sqlite3 has no statement cache: every
 * `db.prepare()` parses and plans the SQL again, which for a one-row INSERT costs more than
 * running it. Repository functions that run often (a row at a time, or inside bulk loops) ask
 * here instead. Keyed by the connection object, so a closed practice's statements go with it.
 *
 * A cached statement is shared by every caller of the same SQL, so never change its mode
 * (`.pluck()`, `.raw()`, `.expand()`, `.safeIntegers()`): ask for a plucking one with
 * `{ pluck: true }`. Nor `.iterate()` it: a statement that is still iterating cannot run again.
 */
const byConnection = new WeakMap<Db, Map<string, Database.Statement>>();

export function cachedStatement(db: Db, sql: string, opts: { pluck?: boolean } = {}): Database.Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  const key = opts.pluck ? `pluck\u0000${sql}` : sql;
  let statement = statements.get(key);
  if (!statement) {
    statement = db.prepare(sql);
    if (opts.pluck) statement.pluck();
    statements.set(key, statement);
  }
  return statement;
}
