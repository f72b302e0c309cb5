import { existsSync } from 'node:fs';
import type { PracticeStatus } from '../../shared/practice';
import type { Clock } from '../clock';
import type { PracticeManager } from '../practice/practice-manager';
import { DEMO_DEFAULTS, generateDemoPractice } from './generate';

/**
 * The demo practice: a separate practice file of fictional records from the demo
 * generator, so a new coach can explore a lived-in practice without mixing anything
 * into their own. Its passphrase is public on purpose: it holds nothing confidential.
 */
export const DEMO_PASSPHRASE = 'demo-practice-passphrase';
export const DEMO_PRACTICE_NAME = 'Demo practice';
export const DEMO_COACH = 'Sofía Marín';

/** Opens the demo practice, making it first if this computer has none. The current practice is locked. */
export function openDemoPractice(practices: PracticeManager, clock: Clock): PracticeStatus {
  const existing = practices.status().known.find((p) => p.demo && existsSync(p.path));
  if (existing) {
    practices.select({ path: existing.path });
    return practices.unlock({ passphrase: DEMO_PASSPHRASE });
  }
  const created = practices.create({
    name: DEMO_PRACTICE_NAME,
    coachName: DEMO_COACH,
    passphrase: DEMO_PASSPHRASE,
    demo: true,
  });
  const path = created.current?.path as string;
  try {
    generateDemoPractice(practices.requireDb(), clock, { ...DEMO_DEFAULTS, mode: 'services' });
  } catch (error) {
    // All or nothing: a half-written demo is removed, and the coach's own practice stays selected.
    practices.discardCreated(path);
    throw error;
  }
  return practices.status();
}
