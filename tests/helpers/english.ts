import { messageText } from '../../electron/core/i18n';

/**
 * Schema and AppError messages are references (electron/shared/messages.ts), put into words
 * where they are shown. Tests that call a schema or a service directly read them in English,
 * the words an English-speaking coach sees.
 */
export function english(message: string): string {
  return messageText(message, 'en');
}

/** The English words of the error `run` throws (it must throw). */
export function thrownText(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return english(error.message);
    throw error;
  }
  throw new Error('expected the call to throw');
}
