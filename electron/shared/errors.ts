/**
 * Error codes that cross the IPC boundary. A thrown AppError's `message` is a message
 * reference (`msg('errors:…')`, electron/shared/messages.ts) that the router turns into the
 * coach's language before it crosses IPC, so the renderer receives finished words. It never
 * carries client names or note text (errors are logged, confidential content must not be).
 */
export const errorCodes = [
  'validation',
  'forbidden',
  'unknown_channel',
  'internal',
  'locked',
  'no_practice',
  'wrong_passphrase',
  'key_file_missing',
  'key_file_damaged',
  'practice_damaged',
  'practice_too_new',
  'practice_exists',
  'practice_not_found',
  'not_found',
  'backup_damaged',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  /** A message reference inside main; words in the coach's language once it has crossed IPC. */
  message: string;
  /** The input field the error is about, as a dotted path, so the UI can show it beside that field. */
  field?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** A failure the user can act on. Thrown by services, turned into an envelope by the router. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toShape(): AppErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
