import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferencesFile, readPreferences, writePreferences } from '../../../electron/core/preferences';
import { DEFAULT_PREFERENCES, resolveLanguage } from '../../../electron/shared/preferences';

describe('app preferences', () => {
  it('start at the defaults and keep what the coach chose', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prefs-'));
    expect(readPreferences(dir)).toEqual(DEFAULT_PREFERENCES);
    const chosen = { language: 'es', dateFormat: 'dmy', weekStart: 'sunday' } as const;
    writePreferences(dir, chosen);
    expect(readPreferences(dir)).toEqual(chosen);
    expect(JSON.parse(readFileSync(preferencesFile(dir), 'utf8'))).toEqual(chosen);
  });

  it('fall back field by field when the file is damaged or from another version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prefs-'));
    writeFileSync(preferencesFile(dir), '{ not json');
    expect(readPreferences(dir)).toEqual(DEFAULT_PREFERENCES);
    writeFileSync(preferencesFile(dir), JSON.stringify({ language: 'es' }));
    expect(readPreferences(dir)).toEqual({ ...DEFAULT_PREFERENCES, language: 'es' });
    writeFileSync(preferencesFile(dir), JSON.stringify({ language: 'klingon' }));
    expect(readPreferences(dir)).toEqual(DEFAULT_PREFERENCES);
  });

  it("resolve 'system' to the first system language Coachbook has, else English", () => {
    expect(resolveLanguage('system', ['es-MX', 'en-US'])).toBe('es');
    expect(resolveLanguage('system', ['fr-FR', 'es_ES'])).toBe('es');
    expect(resolveLanguage('system', ['fr-FR', 'de'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('en', ['es-ES'])).toBe('en');
  });
});
