import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../electron/core/clock';
import type { ScryptParams } from '../../../electron/core/keyring/keyfile';
import type { Dialogs, FileFilter } from '../../../electron/core/ports';
import {
  PracticeManager,
  type PracticeManagerOptions,
} from '../../../electron/core/practice/practice-manager';

/** Cheap scrypt for tests: the real cost (2^17) would make every create/unlock take ~300 ms. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };

/** The instant the fixed test clock starts at. */
export const FIXED_NOW = new Date('2025-03-14T09:26:53.000Z');

export interface TestClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

/** A clock that only moves when a test moves it. */
export function fixedClock(start: Date = FIXED_NOW): TestClock {
  let current = new Date(start.getTime());
  return {
    now: () => new Date(current.getTime()),
    set: (at) => {
      current = new Date(at.getTime());
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * File dialogs whose answers the test sets: a path, or null for "the user cancelled".
 * Every call is recorded (with its options) in `calls`.
 */
export class FakeDialogs implements Dialogs {
  /** What the next choosePracticeFile() returns. */
  next: string | null = null;
  /** What the next chooseFileToOpen() returns. */
  nextFileToOpen: string | null = null;
  /** What the next chooseSavePath() returns. */
  nextSavePath: string | null = null;
  readonly log: Array<{ method: keyof Dialogs; options?: unknown }> = [];

  /** How many times choosePracticeFile() was called. */
  get calls(): number {
    return this.log.filter((c) => c.method === 'choosePracticeFile').length;
  }

  async choosePracticeFile(): Promise<string | null> {
    this.log.push({ method: 'choosePracticeFile' });
    return this.next;
  }

  async chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null> {
    this.log.push({ method: 'chooseFileToOpen', options });
    return this.nextFileToOpen;
  }

  async chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null> {
    this.log.push({ method: 'chooseSavePath', options });
    return this.nextSavePath;
  }
}

/** Makes an empty folder under the OS temp folder. */
export function makeTempDir(prefix = 'coachbook-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TempPractice {
  /** The temp root; everything a test writes lives under it. */
  root: string;
  /** The user data folder handed to PracticeManager. */
  dataDir: string;
  clock: TestClock;
  dialogs: FakeDialogs;
  /** A PracticeManager on `dataDir` (a fresh one is "an app restart"); closed by cleanup(). */
  newManager(overrides?: Partial<PracticeManagerOptions>): PracticeManager;
  /** Another empty folder inside `root` (for practices kept outside the data folder). */
  subDir(name: string): string;
  /** Closes every manager made here and deletes `root`. */
  cleanup(): void;
}

export function tempPractice(): TempPractice {
  const root = makeTempDir();
  const dataDir = join(root, 'userData');
  const clock = fixedClock();
  const dialogs = new FakeDialogs();
  const managers: PracticeManager[] = [];
  let subDirs = 0;
  return {
    root,
    dataDir,
    clock,
    dialogs,
    newManager(overrides = {}) {
      const options: PracticeManagerOptions = { dataDir, clock, dialogs, scrypt: TEST_SCRYPT, ...overrides };
      const manager = new PracticeManager(options);
      managers.push(manager);
      return manager;
    },
    subDir(name) {
      return mkdtempSync(join(root, `${name}-${++subDirs}-`));
    },
    cleanup() {
      for (const manager of managers.splice(0)) {
        try {
          manager.close();
        } catch {
          // Already closed; the folder goes anyway.
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** sha256 of a file's bytes (hex), or null when the file does not exist. */
export function sha256File(path: string): string | null {
  if (!existsSync(path)) return null;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** sha256 of each path, keyed by path, for before/after comparisons. */
export function snapshotFiles(paths: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(paths.map((p) => [p, sha256File(p)]));
}
