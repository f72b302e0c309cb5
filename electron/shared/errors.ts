/**
 * Error codes that cross the IPC boundary. The renderer translates a code into
 * words; `message` is a plain-English fallback and never carries client names or
 * note text (errors are logged, confidential content must not be).
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
