import { existsSync } from 'node:fs';
import type { PracticeStatus } from '../../shared/practice';
import type { Language } from '../../shared/preferences';
import type { Clock } from '../clock';
import type { PracticeManager } from '../practice/practice-manager';
import { readSetting, writeSetting } from '../settings';
import { DEMO_DEFAULTS, generateDemoPractice } from './generate';

/**
 * The demo practice: a separate practice file of fictional records from the demo
 * generator, so a new coach can explore a lived-in practice without mixing anything
 * into their own. Its passphrase is public on purpose: it holds nothing confidential.
 * Its records are written in the coach's language.
 */
export const DEMO_PASSPHRASE = 'demo-practice-passphrase';
export const DEMO_PRACTICE_NAME = 'Demo practice';
/** The demo's name in each language: the list of practices shows it, and its agreements name it. */
export const DEMO_PRACTICE_NAMES: Readonly<Record<Language, string>> = {
  en: DEMO_PRACTICE_NAME,
  es: 'Práctica de demostración',
};
export const DEMO_COACH = 'Sofía Marín';
/** The language a demo's records are in; a demo without it (made before it was kept) is English. */
export const DEMO_LANGUAGE_SETTING = 'demo.language';

/**
 * Opens the demo practice in `language` (the coach's), making it first if this computer has
 * none, or has one in another language. The current practice is locked.
 */
export function openDemoPractice(
  practices: PracticeManager,
  clock: Clock,
  language: Language = 'en',
): PracticeStatus {
  const existing = practices.status().known.find((p) => p.demo && existsSync(p.path));
  if (existing) {
    practices.select({ path: existing.path });
    const status = practices.unlock({ passphrase: DEMO_PASSPHRASE });
    if (readSetting(practices.requireDb(), DEMO_LANGUAGE_SETTING, 'en') === language) return status;
    // It holds nothing real, so a demo in another language is made again in the coach's.
    practices.discardCreated(existing.path);
  }
  const created = practices.create({
    name: DEMO_PRACTICE_NAMES[language],
    coachName: DEMO_COACH,
    passphrase: DEMO_PASSPHRASE,
    demo: true,
  });
  const path = created.current?.path as string;
  try {
    const db = practices.requireDb();
    generateDemoPractice(db, clock, { ...DEMO_DEFAULTS, mode: 'services', language });
    writeSetting(db, DEMO_LANGUAGE_SETTING, language);
  } catch (error) {
    // All or nothing: a half-written demo is removed, and the coach's own practice stays selected.
    practices.discardCreated(path);
    throw error;
  }
  return practices.status();
}
