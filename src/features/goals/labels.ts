import type { Goal } from '../../../electron/shared/sessions';
import { i18n } from '../../i18n';

export const goalStatuses = [
  'active',
  'paused',
  'achieved',
  'dropped',
] as const satisfies readonly Goal['status'][];

/** A goal's status in the coach's language. */
export function statusLabel(status: Goal['status']): string {
  return i18n.t(`goals:status.${status}`);
}

/** Plan text as steps: one per line, with any "1." / "-" / "•" the coach typed removed. */
export function planSteps(plan: string): string[] {
  return plan
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-*•–])\s*/, '').trim())
    .filter(Boolean);
}
