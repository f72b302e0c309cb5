import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { DialogText } from '../core/i18n';

/** The application menu, worded in the language Coachbook started in (roles word their own items). */
export function buildMenu(actions: { lock: () => void }, t: DialogText): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.lock'), accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.lock() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
