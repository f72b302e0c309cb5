import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writePreferences } from '../../../electron/core/preferences';
import { applyControlsLocale } from '../../../electron/main/controls-locale';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences';

/** The slice of Electron's `app` the shell uses before it is ready. */
function fakeApp(dataDir: string, systemLanguages: string[]) {
  return {
    getPath: vi.fn((name: string) => (name === 'userData' ? dataDir : '/nowhere')),
    getPreferredSystemLanguages: () => systemLanguages,
    commandLine: {
      appendSwitch: vi.fn(),
      hasSwitch: vi.fn(),
      getSwitchValue: vi.fn(),
      appendArgument: vi.fn(),
      removeSwitch: vi.fn(),
    },
  };
}

describe('the controls locale switch', () => {
  it("starts Chromium in the coach's language and date order, read from this computer's preferences", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'controls-'));
    writePreferences(dataDir, { ...DEFAULT_PREFERENCES, language: 'es' });
    const app = fakeApp(dataDir, ['en-US']);
    expect(applyControlsLocale(app)).toBe('es-419');
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'es-419');
    expect(app.getPath).toHaveBeenCalledWith('userData');
  });

  it('adds no switch on a first start, so the system locale applies', () => {
    const app = fakeApp(mkdtempSync(join(tmpdir(), 'controls-')), ['fr-FR']);
    expect(applyControlsLocale(app)).toBeNull();
    expect(app.commandLine.appendSwitch).not.toHaveBeenCalled();
  });
});
