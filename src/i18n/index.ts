import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, resources } from '../../electron/shared/i18n/resources';
import { translateMessage } from '../../electron/shared/messages';
import { type AppPreferences, resolveLanguage } from '../../electron/shared/preferences';
import { localeFor, setFormatting } from './format';

/**
 * The renderer's one i18next instance. Resources are bundled (no loading over any
 * network); English is the fallback. Keys missing in every language are recorded so
 * the end-to-end tests can fail on them.
 */
export const missingKeys: string[] = [];

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_lngs, ns, key) => {
    missingKeys.push(`${ns}:${key}`);
    // Keys are not confidential; the end-to-end journeys fail on any console error.
    console.error(`Missing translation: ${ns}:${key}`);
  },
});

(globalThis as { __coachbookMissingKeys?: string[] }).__coachbookMissingKeys = missingKeys;

/** Applies language, date format and first day of week; every translated component re-renders. */
export function applyPreferences(preferences: AppPreferences): void {
  const system = typeof navigator === 'undefined' ? [] : navigator.languages;
  const language = resolveLanguage(preferences.language, system);
  setFormatting({
    locale: localeFor(language, system),
    dateFormat: preferences.dateFormat,
    weekStart: preferences.weekStart,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  // changeLanguage emits 'languageChanged' even for the same language, which re-renders
  // components that use useTranslation, so a new date format shows at once too.
  void i18n.changeLanguage(language);
}

/**
 * A message in the coach's language: a message reference from a shared schema the renderer
 * checked itself (electron/shared/messages.ts) becomes words; any other text is returned as it is.
 * Errors from the main process arrive already in words. Call it at render time, like i18n.t.
 */
export function messageText(message: string): string {
  return translateMessage(message, (key, options) => i18n.t(key, options));
}
