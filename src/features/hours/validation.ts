import type { core } from 'zod';
import { messageText } from '../../i18n';

/**
 * The Hours forms check their input with the shared schemas (electron/shared) before sending it.
 * The schemas' messages are references (electron/shared/messages.ts): this shows the first problem
 * of each field in the coach's language, keyed by field name ('_form' for the form as a whole).
 * Problems the form found itself (in `found`) come first.
 */
export function issuesByField(
  issues: readonly core.$ZodIssue[],
  found: Record<string, string> = {},
): Record<string, string> {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in found)) found[key] = messageText(issue.message);
  }
  return found;
}
