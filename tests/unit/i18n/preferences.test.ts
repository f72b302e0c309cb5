import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferencesFile, readPreferences, writePreferences } from '../../../electron/core/preferences';
import { controlsLocale, DEFAULT_PREFERENCES, resolveLanguage } from '../../../electron/shared/preferences';

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

  it("give Chromium's date fields the coach's language and day order, or leave the system's", () => {
    const prefs = (over: Partial<typeof DEFAULT_PREFERENCES>) => ({ ...DEFAULT_PREFERENCES, ...over });
    // Nothing chosen: the system's own locale is already right.
    expect(controlsLocale(DEFAULT_PREFERENCES, ['fr-FR'])).toBeNull();
    // A language chosen: the system's region for it when it has one, else a default region.
    expect(controlsLocale(prefs({ language: 'es' }), ['en-US', 'es_MX'])).toBe('es-MX');
    expect(controlsLocale(prefs({ language: 'es' }), ['en-US'])).toBe('es-419');
    expect(controlsLocale(prefs({ language: 'en' }), ['en-GB', 'es-ES'])).toBe('en-GB');
    expect(controlsLocale(prefs({ language: 'en' }), ['es-ES'])).toBe('en-US');
    // A day order chosen: an English region that writes dates that way.
    expect(controlsLocale(prefs({ dateFormat: 'dmy' }), ['en-US'])).toBe('en-GB');
    expect(controlsLocale(prefs({ dateFormat: 'mdy' }), ['en-GB'])).toBe('en-US');
    expect(controlsLocale(prefs({ dateFormat: 'iso' }), ['en-AU'])).toBe('en-CA');
    // Spanish regions all write the day first: the language's own region stays.
    expect(controlsLocale(prefs({ language: 'es', dateFormat: 'mdy' }), ['es-AR'])).toBe('es-AR');
    // Each of those regions really writes dates in the order promised.
    const order = (tag: string) =>
      new Intl.DateTimeFormat(tag)
        .formatToParts(new Date(Date.UTC(2024, 3, 11, 12)))
        .map((p) => p.type)
        .filter((t) => t !== 'literal');
    expect(order('en-GB')).toEqual(['day', 'month', 'year']);
    expect(order('en-US')).toEqual(['month', 'day', 'year']);
    expect(order('en-CA')).toEqual(['year', 'month', 'day']);
    expect(order('es-419')).toEqual(['day', 'month', 'year']);
  });
});
