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

/**
 * The locale for Chromium's own controls, which the app cannot word itself: the day/month/year
 * order inside date fields, and the spelling and context menus. It is read once at start (the
 * `lang` switch), so a change applies from the next start. Null: follow the system, which is
 * already right when the coach chose neither a language nor a date format.
 */
export function controlsLocale(preferences: AppPreferences, systemLocales: readonly string[]): string | null {
  const { language, dateFormat } = preferences;
  if (language === 'system' && dateFormat === 'locale') return null;
  const chosen = resolveLanguage(language, systemLocales);
  const system = systemLocales.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === chosen);
  const own = system?.replace('_', '-') ?? CONTROLS_DEFAULT[chosen];
  // A region whose convention is the chosen order; where the language has none (Spanish is
  // always day first), its own convention stays.
  const ordered = ORDERED_LOCALES[chosen][dateFormat];
  return ordered ?? own;
}

const CONTROLS_DEFAULT: Record<Language, string> = { en: 'en-US', es: 'es-419' };
const ORDERED_LOCALES: Record<Language, Partial<Record<AppPreferences['dateFormat'], string>>> = {
  en: { mdy: 'en-US', dmy: 'en-GB', iso: 'en-CA' },
  es: {},
};

export const preferencesChannels = {
  get: channel<AppPreferences>()(noInput),
  set: channel<AppPreferences>()(appPreferences),
};
