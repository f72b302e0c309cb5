import { z } from 'zod';
import { channel, noInput } from './channel';

/**
 * Preferences of this computer's user, kept outside any practice file so the unlock
 * screen already speaks the coach's language. No client data goes here.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const appPreferences = z.strictObject({
  /** 'system' follows the operating system's language when Coachbook has it, else English. */
  language: z.enum(['system', ...LANGUAGES]),
  /** How calendar dates are written; 'locale' follows the language's own convention. */
  dateFormat: z.enum(['locale', 'iso', 'dmy', 'mdy']),
  weekStart: z.enum(['locale', 'monday', 'sunday', 'saturday']),
});

export type AppPreferences = z.infer<typeof appPreferences>;
export type DateFormat = AppPreferences['dateFormat'];
export type WeekStart = AppPreferences['weekStart'];

export const DEFAULT_PREFERENCES: AppPreferences = {
  language: 'system',
  dateFormat: 'locale',
  weekStart: 'locale',
};

/** The language to use: the chosen one, or the first of the system's languages Coachbook has. */
export function resolveLanguage(
  preference: AppPreferences['language'],
  systemLocales: readonly string[],
): Language {
  if (preference !== 'system') return preference;
  for (const tag of systemLocales) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

export const preferencesChannels = {
  get: channel<AppPreferences>()(noInput),
  set: channel<AppPreferences>()(appPreferences),
};
