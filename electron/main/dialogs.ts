import { type BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../core/ports';
import { PRACTICE_EXTENSION } from '../core/practice/practice-manager';

export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async choosePracticeFile() {
      const options: Electron.OpenDialogOptions = {
        title: 'Open a practice file',
        properties: ['openFile'],
        filters: [{ name: 'Coachbook practice', extensions: [PRACTICE_EXTENSION.slice(1)] }],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
