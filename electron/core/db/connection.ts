import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
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
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a session note written must survive a power cut, and writes are small.
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    // 64 MiB of decrypted pages: every page read from disk costs a decryption, and the hour
    // log and bulk writes touch most of a large practice (default cache is 2 MiB).
    db.pragma('cache_size = -65536');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    if (isSqliteError(error) && (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT')) {
      throw new AppError(
        'practice_damaged',
        'This practice file cannot be read: it is damaged or is not a Coachbook practice.',
      );
    }
    if (isSqliteError(error) && error.code === 'SQLITE_CANTOPEN') {
      throw new AppError('practice_not_found', 'The practice file could not be found or opened.');
    }
    throw error;
  }
}

function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}
