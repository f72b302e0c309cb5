import type { Clock } from './clock';
import type { Dialogs, Keychain } from './ports';
import type { PracticeManager } from './practice/practice-manager';

/** What every service call needs: the open practice, the time, and the platform adapters. */
export interface ServiceContext {
  practices: PracticeManager;
  clock: Clock;
  dialogs: Dialogs;
  /** The OS keychain; absent where there is none (then "remember" is unavailable). */
  keychain?: Keychain;
  /** Where the embedded PDF fonts are (resources/fonts, or inside the packaged app). */
  fontsDir: string;
  /** The operating system's preferred languages (e.g. ['es-MX', 'en']), for the 'system' language. */
  systemLocales?: () => readonly string[];
}
