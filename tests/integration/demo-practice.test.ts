import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PRACTICE_NAME, openDemoPractice } from '../../electron/core/demo/demo-practice';
import * as generate from '../../electron/core/demo/generate';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
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
});
