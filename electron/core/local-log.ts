import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from './clock';

/**
 * Unexpected errors go to a local file for the coach to send us if they choose.
 * Quoted text is redacted: an error message can echo a value, and values may be
 * client names or note text.
 */
export function redact(text: string): string {
  // A quote followed by a letter is an apostrophe inside the value (O'Brien), not its end.
  return text.replace(/'(?:[^']|'(?=\p{L}))*'|"[^"]*"|`[^`]*`/gu, '<redacted>');
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  // Only frame lines: V8 repeats the whole message (every line of it) at the top of the stack.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .join('\n');
  return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${redact(error.message)}\n${frames}`;
}

export function createLocalLog(folder: string, clock: Clock) {
  return (channel: string, error: unknown) => {
    try {
      mkdirSync(folder, { recursive: true });
      appendFileSync(
        join(folder, 'coachbook.log'),
        `${clock.now().toISOString()} ${channel} ${describeError(error)}\n`,
        {
          mode: 0o600,
        },
      );
    } catch {
      // Logging must never take the app down.
    }
  };
}
