import type { z } from 'zod';
import { messageText } from '../core/i18n';
import { type Area, channelDef, type Handlers } from '../shared/contract';
import { AppError, type AppErrorShape, type Envelope } from '../shared/errors';
import { msg } from '../shared/messages';
import type { Language } from '../shared/preferences';

export interface RouterOptions {
  handlers: Handlers;
  /** Is this frame URL the app's own renderer? Anything else is refused before parsing. */
  isTrustedSender: (frameUrl: string) => boolean;
  /** Where unexpected errors go. Receives the channel and error, never the input. */
  logUnexpected?: (channel: string, error: unknown) => void;
  /**
   * The language the coach reads the app in (e.g. documentLanguage), asked for each error so a
   * change of language applies to the very next message. English when absent.
   */
  language?: () => Language;
}

export type Dispatch = (channel: string, input: unknown, frameUrl: string) => Promise<Envelope<unknown>>;

/**
 * The single door into the main process. Every call is checked (sender, channel,
 * input) and every outcome is an envelope, so a hostile or malformed payload
 * can never throw across IPC or reach a service unvalidated. Error messages leave
 * in the coach's language (see electron/shared/messages.ts).
 */
export function createRouter({
  handlers,
  isTrustedSender,
  logUnexpected,
  language,
}: RouterOptions): Dispatch {
  const failure = (shape: AppErrorShape): Envelope<unknown> => ({
    ok: false,
    error: { ...shape, message: inWords(shape.message, language) },
  });
  return async (channel, input, frameUrl) => {
    try {
      if (typeof channel !== 'string' || !isTrustedSender(frameUrl)) {
        throw new AppError('forbidden', msg('errors:request.forbidden'));
      }
      const def = channelDef(channel);
      if (!def) throw new AppError('unknown_channel', msg('errors:request.unknown'));
      const parsed = def.input.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const [area, verb] = channel.split('.') as [Area, string];
      const handler = (handlers[area] as Record<string, (input: unknown) => unknown>)[verb];
      if (!handler) throw new AppError('unknown_channel', msg('errors:request.unknown'));
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toShape());
      try {
        logUnexpected?.(typeof channel === 'string' ? channel : '(invalid)', error);
      } catch {
        // A failing logger must not turn an error envelope into a rejected call.
      }
      return failure({ code: 'internal', message: msg('errors:request.internal') });
    }
  };
}

/** A message in the coach's language; English if the language cannot be read, so an error is never lost to a second one. */
function inWords(message: string, language: RouterOptions['language']): string {
  let chosen: Language = 'en';
  try {
    chosen = language?.() ?? 'en';
  } catch {
    // Keep English.
  }
  try {
    return messageText(message, chosen);
  } catch {
    return message;
  }
}

function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return new AppError('validation', issue?.message ?? msg('errors:request.invalid'), field);
}
