import type { App } from 'electron';
import { readPreferences } from '../core/preferences';
import { controlsLocale } from '../shared/preferences';

/**
 * Before the app is ready: Chromium's date fields and menus in the coach's language and date
 * order (see controlsLocale). A preferences file that cannot be read leaves the system's.
 */
export function applyControlsLocale(
  app: Pick<App, 'getPath' | 'getPreferredSystemLanguages' | 'commandLine'>,
): string | null {
  const locale = controlsLocale(readPreferences(app.getPath('userData')), app.getPreferredSystemLanguages());
  if (locale) app.commandLine.appendSwitch('lang', locale);
  return locale;
}
