import { app, type BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { dialogText } from '../core/i18n';
import type { Dialogs } from '../core/ports';
import { PRACTICE_EXTENSION } from '../core/practice/practice-manager';
import { readPreferences } from '../core/preferences';
import { type Language, resolveLanguage } from '../shared/preferences';

/**
 * The coach's language, as documentLanguage reads it (preferences.json in the user data folder,
 * which is the PracticeManager's dataDir, else the system's languages), at each dialog.
 */
function coachLanguage(): Language {
  return resolveLanguage(
    readPreferences(app.getPath('userData')).language,
    app.getPreferredSystemLanguages(),
  );
}

/**
 * The Dialogs port with Electron's native dialogs, attached to the main window when there is one.
 * Callers pass their dialogs' words in the coach's language; the practice-file dialog, asked for
 * by the PracticeManager (which has no language), words itself.
 */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const window = getWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  return {
    choosePracticeFile: () => {
      const t = dialogText(coachLanguage());
      return open({
        title: t('practice.open'),
        properties: ['openFile'],
        filters: [{ name: t('filters.practice'), extensions: [PRACTICE_EXTENSION.slice(1)] }],
      });
    },
    chooseFileToOpen: ({ title, filters }) => open({ title, properties: ['openFile'], filters }),
    chooseFolder: ({ title }) => open({ title, properties: ['openDirectory', 'createDirectory'] }),
    async chooseSavePath({ title, defaultName, filters }) {
      const options: SaveDialogOptions = { title, defaultPath: defaultName, filters };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
