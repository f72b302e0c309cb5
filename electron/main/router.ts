import type { z } from 'zod';
import { type Area, channelDef, type Handlers } from '../shared/contract';
import { AppError, type Envelope } from '../shared/errors';

export interface RouterOptions {
  handlers: Handlers;
  /** Is this frame URL the app's own renderer? Anything else is refused before parsing. */
  isTrustedSender: (frameUrl: string) => boolean;
  /** Where unexpected errors go. Receives the channel and error, never the input. */
  logUnexpected?: (channel: string, error: unknown) => void;
}

export type Dispatch = (channel: string, input: unknown, frameUrl: string) => Promise<Envelope<unknown>>;

/**
 * The single door into the main process. Every call is checked (sender, channel,
 * input) and every outcome is an envelope, so a hostile or malformed payload
 * can never throw across IPC or reach a service unvalidated.
 */
export function createRouter({ handlers, isTrustedSender, logUnexpected }: RouterOptions): Dispatch {
  return async (channel, input, frameUrl) => {
    try {
      if (typeof channel !== 'string' || !isTrustedSender(frameUrl)) {
        throw new AppError('forbidden', 'This request did not come from Coachbook.');
      }
      const def = channelDef(channel);
      if (!def) throw new AppError('unknown_channel', 'Coachbook does not know that request.');
      const parsed = def.input.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const [area, verb] = channel.split('.') as [Area, string];
      const handler = (handlers[area] as Record<string, (input: unknown) => unknown>)[verb];
      if (!handler) throw new AppError('unknown_channel', 'Coachbook does not know that request.');
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      try {
        logUnexpected?.(typeof channel === 'string' ? channel : '(invalid)', error);
      } catch {
        // A failing logger must not turn an error envelope into a rejected call.
      }
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong. Nothing was changed.' },
      };
    }
  };
}

function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return new AppError('validation', issue?.message ?? 'That input is not valid.', field);
}
