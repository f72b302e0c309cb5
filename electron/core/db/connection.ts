import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { migrate } from './migrations';

export type Db = Database.Database;

/**
 * Opens (or creates) an encrypted practice database with the raw 256-bit data key.
 * SQLCipher v4 format, so the file can be inspected with standard SQLCipher tools
 * when a coach needs to. A wrong key or a foreign file is `practice_damaged`.
 */
export interface OpenOptions {
  create?: boolean;
  /** Path of a native addon built for this runtime (Electron in development); default: node_modules. */
  nativeBinding?: string;
  /** For checking backups: no migrations, no journal changes, nothing written. */
  readOnly?: boolean;
}

export function openPracticeDb(path: string, dataKey: Buffer, opts: OpenOptions = {}): Db {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  let db: Db | undefined;
  try {
    db = new Database(path, {
      fileMustExist: !opts.create,
      readonly: opts.readOnly ?? false,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // Reading the schema is the first real decryption: a wrong key fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (opts.readOnly) return db;
    tunePracticeConnection(db);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    if (isSqliteError(error) && (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT')) {
      throw new AppError('practice_damaged', msg('errors:practice.damaged'));
    }
    if (isSqliteError(error) && error.code === 'SQLITE_CANTOPEN') {
      throw new AppError('practice_not_found', msg('errors:practice.cannotOpen'));
    }
    throw error;
  }
}

/** How much write-ahead log may build up before SQLite copies it into the database file. */
export const WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024;

/**
 * The settings of every writable practice connection, after the key. Exported so the
 * benchmark's unencrypted copy runs with exactly these and differs only in the cipher.
 */
export function tunePracticeConnection(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // FULL: a session note written must survive a power cut, and writes are small.
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  // 64 MiB of decrypted pages: every page read from disk costs a decryption, and the hour
  // log and bulk writes touch most of a large practice (default cache is 2 MiB).
  db.pragma('cache_size = -65536');
  // A checkpoint costs more than the commit that wrote the pages: SQLite3 Multiple Ciphers
  // decrypts each frame from the log (HMAC check) and encrypts it again for the database file,
  // where the commit encrypted it once. SQLite's default checkpoints every 1,000 pages (4 MiB),
  // so after each large transaction, and a page changed by every batch of a bulk import is
  // re-encrypted every batch. Checkpointing per 64 MiB copies such a page once per several
  // batches (bulk insert of 200,000 sessions: 25-35 % faster encrypted; see docs/benchmarks.md).
  // Normal use writes far less, and closing the practice checkpoints and removes the log.
  // The log holds only encrypted pages; journal_size_limit keeps what is left on disk after a
  // checkpoint to the same size.
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.floor(WAL_CHECKPOINT_BYTES / pageSize)}`);
  db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_BYTES}`);
}

function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}
