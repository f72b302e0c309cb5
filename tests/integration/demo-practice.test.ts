import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEMES_ES } from '../../electron/core/demo/coaching-text.es';
import {
  DEMO_PRACTICE_NAME,
  DEMO_PRACTICE_NAMES,
  openDemoPractice,
} from '../../electron/core/demo/demo-practice';
import * as generate from '../../electron/core/demo/generate';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { writePreferences } from '../../electron/core/preferences';
import { DEFAULT_PREFERENCES } from '../../electron/shared/preferences';
import { routerFor } from './helpers/router';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/** The demo practice is its own file of fictional records, never mixed into the coach's. */
let temp: TempPractice;
let practices: PracticeManager;

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

const count = (table: string) =>
  practices.requireDb().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const column = (sql: string) => practices.requireDb().prepare(sql).pluck().all() as string[];
const demos = () => practices.status().known.filter((p) => p.demo);

/** What a coach reading the demo sees first: its agreements' titles and its engagements' themes. */
function inSpanish(): boolean {
  const foci = new Set(THEMES_ES.map((t) => t.focus));
  const themes = column(`SELECT focus_description FROM engagement WHERE focus = 'specific-purpose'`);
  return (
    themes.length > 0 &&
    themes.every((f) => foci.has(f)) &&
    column('SELECT DISTINCT title FROM agreement').join() === 'Acuerdo de coaching'
  );
}

describe('demo practice', () => {
  it('is a separate, labelled practice file; the real one keeps no demo record', () => {
    const real = practices.status().current?.path as string;
    const status = openDemoPractice(practices, temp.clock);
    expect(status.state).toBe('unlocked');
    expect(status.current?.name).toBe(DEMO_PRACTICE_NAME);
    expect(status.current?.demo).toBe(true);
    expect(status.current?.path).not.toBe(real);
    expect(practices.profile().demo).toBe(true);
    expect(count('client')).toBeGreaterThan(10);
    expect(count('session')).toBeGreaterThan(100);

    // Back in the coach's own practice: nothing from the demo is there.
    practices.select({ path: real });
    practices.unlock({ passphrase: 'a long test passphrase' });
    expect(practices.profile().demo).toBe(false);
    expect(count('client')).toBe(0);
    expect(count('session')).toBe(0);
    expect(practices.status().known.find((p) => p.path === real)?.demo).toBeUndefined();
  });

  it('is made once: opening it again reuses the same file', () => {
    const first = openDemoPractice(practices, temp.clock).current?.path;
    const clients = count('client');
    practices.lock();
    const again = openDemoPractice(practices, temp.clock);
    expect(again.current?.path).toBe(first);
    expect(count('client')).toBe(clients);
    expect(practices.status().known.filter((p) => p.demo)).toHaveLength(1);
  });

  it('leaves nothing behind when making it fails, and the coach’s practice stays selected', () => {
    const real = practices.status().current?.path as string;
    // The WAL side files come and go with opening; the practice files themselves must be as before.
    const files = () =>
      readdirSync(practices.defaultFolder)
        .filter((f) => !/-(wal|shm)$/.test(f))
        .sort();
    const before = files();
    vi.spyOn(generate, 'generateDemoPractice').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => openDemoPractice(practices, temp.clock)).toThrow('disk full');
    expect(files()).toEqual(before);
    expect(practices.status().current?.path).toBe(real);
    expect(practices.status().known.some((p) => p.demo)).toBe(false);
    expect(existsSync(real)).toBe(true);
  });

  it('speaks the coach’s language: opened from the app in Spanish, its records are in Spanish', async () => {
    writePreferences(temp.dataDir, { ...DEFAULT_PREFERENCES, language: 'es' });
    const status = await routerFor(temp, practices).call('practice', 'openDemo', undefined);
    expect(status.current?.demo).toBe(true);
    expect(status.current?.name).toBe(DEMO_PRACTICE_NAMES.es);
    expect(inSpanish()).toBe(true);
    expect(column('SELECT DISTINCT course FROM ce_entry')).toContain('Preguntas poderosas avanzadas');
    // Same practice as in English, worded differently: client names stay as they are.
    expect(count('client')).toBeGreaterThan(10);
  });

  it('is made again in the coach’s language after a change, and kept while the language stays', () => {
    const english = openDemoPractice(practices, temp.clock, 'en').current?.path as string;
    expect(inSpanish()).toBe(false);
    practices.lock();
    const spanish = openDemoPractice(practices, temp.clock, 'es').current?.path as string;
    expect(inSpanish()).toBe(true);
    expect(existsSync(english)).toBe(false);
    expect(demos().map((p) => p.path)).toEqual([spanish]);
    practices.lock();
    expect(openDemoPractice(practices, temp.clock, 'es').current?.path).toBe(spanish);
    expect(inSpanish()).toBe(true);
    expect(demos()).toHaveLength(1);
  });
});
