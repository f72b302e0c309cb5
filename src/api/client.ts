import type { CoachbookApi } from '../../electron/shared/api';
import type { AppErrorShape, Envelope, ErrorCode } from '../../electron/shared/errors';
import { i18n } from '../i18n';

declare global {
  interface Window {
    coachbook: CoachbookApi;
  }
}

/** An error returned by the main process, ready to show beside the field it names. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.field = shape.field;
  }
}

export function api(): CoachbookApi {
  return window.coachbook;
}

/** Turns an envelope into its value or a thrown ApiError. */
export async function unwrap<T>(call: Promise<Envelope<T>>): Promise<T> {
  const envelope = await call;
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** Any thrown value as words for the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('errors.unexpected');
}
