import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../shared/contract';
import {
  type AppPreferences,
  appPreferences,
  DEFAULT_PREFERENCES,
  type Language,
  resolveLanguage,
} from '../shared/preferences';
import { writeFileAtomic } from './fs-atomic';
import type { ServiceContext } from './services';

/** preferences.json in the user data folder, next to the list of practices. */
export function preferencesFile(dataDir: string): string {
  return join(dataDir, 'preferences.json');
}

export function readPreferences(dataDir: string): AppPreferences {
  const file = preferencesFile(dataDir);
  if (!existsSync(file)) return DEFAULT_PREFERENCES;
  try {
    // Fields added in later versions fall back to their defaults; a damaged file costs only the preferences.
    const parsed = appPreferences.partial().safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? { ...DEFAULT_PREFERENCES, ...parsed.data } : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export function writePreferences(dataDir: string, preferences: AppPreferences): AppPreferences {
  writeFileAtomic(preferencesFile(dataDir), `${JSON.stringify(preferences, null, 2)}\n`);
  return preferences;
}

export function preferencesHandlers({ practices }: ServiceContext): Pick<Handlers, 'preferences'> {
  return {
    preferences: {
      get: () => readPreferences(practices.dataDir),
      set: (input) => writePreferences(practices.dataDir, input),
    },
  };
}

/** The language exported documents are written in: the one the coach reads the app in. */
export function documentLanguage(ctx: ServiceContext): Language {
  return resolveLanguage(readPreferences(ctx.practices.dataDir).language, ctx.systemLocales?.() ?? []);
}
