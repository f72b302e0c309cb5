import type { Goal } from '../../../electron/shared/sessions';

export const goalStatuses = [
  'active',
  'paused',
  'achieved',
  'dropped',
] as const satisfies readonly Goal['status'][];

export const statusLabels: Record<Goal['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** Plan text as steps: one per line, with any "1." / "-" / "•" the coach typed removed. */
export function planSteps(plan: string): string[] {
  return plan
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-*•–])\s*/, '').trim())
    .filter(Boolean);
}
