import { type BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs } from '../core/ports';
import { PRACTICE_EXTENSION } from '../core/practice/practice-manager';

/** The Dialogs port with Electron's native dialogs, attached to the main window when there is one. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const window = getWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  return {
    choosePracticeFile: () =>
      open({
        title: 'Open a practice file',
        properties: ['openFile'],
        filters: [{ name: 'Coachbook practice', extensions: [PRACTICE_EXTENSION.slice(1)] }],
      }),
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
