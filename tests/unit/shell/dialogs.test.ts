import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writePreferences } from '../../../electron/core/preferences';
import { DEFAULT_PREFERENCES, type Language } from '../../../electron/shared/preferences';

/** The user data folder and system languages the fake app reports, and what the dialogs were asked. */
const electron = vi.hoisted(() => ({
  userData: '',
  systemLanguages: ['en-US'] as string[],
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
}));

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`unexpected path ${name}`);
      return electron.userData;
    },
    getPreferredSystemLanguages: () => electron.systemLanguages,
  },
  dialog: { showOpenDialog: electron.showOpenDialog },
}));

import { electronDialogs } from '../../../electron/main/dialogs';

beforeEach(() => {
  electron.userData = mkdtempSync(join(tmpdir(), 'coachbook-dialogs-'));
  electron.systemLanguages = ['en-US'];
  electron.showOpenDialog.mockClear();
});
afterEach(() => rmSync(electron.userData, { recursive: true, force: true }));

function choose(language: Language | 'system') {
  writePreferences(electron.userData, { ...DEFAULT_PREFERENCES, language });
  return electronDialogs(() => null).choosePracticeFile();
}

/** The options the practice-file dialog was opened with. */
const shown = () => electron.showOpenDialog.mock.calls.at(-1)?.[0] as { title: string; filters: unknown };

describe('the practice-file dialog', () => {
  it('asks in Spanish when the coach reads Spanish', async () => {
    await expect(choose('es')).resolves.toBeNull();
    expect(shown()).toMatchObject({
      title: 'Abrir un archivo de práctica',
      filters: [{ name: 'Práctica de Coachbook', extensions: ['coachbook'] }],
    });
  });

  it('asks in English when the coach reads English', async () => {
    await choose('en');
    expect(shown()).toMatchObject({
      title: 'Open a practice file',
      filters: [{ name: 'Coachbook practice', extensions: ['coachbook'] }],
    });
  });

  it('follows the system’s language when the coach has not chosen one', async () => {
    electron.systemLanguages = ['es-AR', 'en-US'];
    await choose('system');
    expect(shown().title).toBe('Abrir un archivo de práctica');
  });

  it('reads the language at each dialog', async () => {
    await choose('en');
    await choose('es');
    expect(electron.showOpenDialog.mock.calls.map((call) => (call[0] as { title: string }).title)).toEqual([
      'Open a practice file',
      'Abrir un archivo de práctica',
    ]);
  });
});
