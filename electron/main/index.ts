import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { systemClock } from '../core/clock';
import { dialogText } from '../core/i18n';
import { createLocalLog } from '../core/local-log';
import { PracticeManager } from '../core/practice/practice-manager';
import { documentLanguage } from '../core/preferences';
import type { ServiceContext } from '../core/services';
import { applyControlsLocale } from './controls-locale';
import { electronDialogs } from './dialogs';
import { createHandlers } from './handlers';
import { watchForIdle } from './idle-lock';
import { registerIpc } from './ipc';
import { electronKeychain } from './keychain';
import { buildMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createRouter } from './router';
import { devContentSecurityPolicy, installSecurity } from './security';
import { APP_ORIGIN, isTrustedUrl } from './trust';
import { createMainWindow } from './window';

// The Electron shell: lifecycle, window, menu, dialogs and wiring. All behaviour
// lives in electron/core and is tested without Electron.

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

registerAppScheme(protocol);
applyControlsLocale(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(() => {
    installSecurity(app, session.defaultSession, trustedOrigins);
    serveRenderer(protocol, join(__dirname, '../renderer'));
    if (devServerUrl) {
      const csp = devContentSecurityPolicy(new URL(devServerUrl).origin);
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
      });
    }

    // Development runs use an Electron-ABI copy of the SQLite addon (see native-for-electron.cjs).
    const devBinding = join(app.getAppPath(), 'out/native', process.versions.electron, 'better_sqlite3.node');
    const dialogs = electronDialogs(() => mainWindow);
    const practices = new PracticeManager({
      dataDir: app.getPath('userData'),
      nativeBinding: !app.isPackaged && existsSync(devBinding) ? devBinding : undefined,
      clock: systemClock,
      dialogs,
    });
    // Packaged: electron-builder copies resources/fonts beside the app (extraResources).
    const fontsDir = app.isPackaged
      ? join(process.resourcesPath, 'fonts')
      : join(app.getAppPath(), 'resources/fonts');
    const services: ServiceContext = {
      practices,
      clock: systemClock,
      dialogs,
      fontsDir,
      keychain: electronKeychain,
      systemLocales: () => app.getPreferredSystemLanguages(),
    };
    const dispatch = createRouter({
      handlers: createHandlers(services),
      isTrustedSender: (url) => isTrustedUrl(url, trustedOrigins),
      logUnexpected: createLocalLog(app.getPath('logs'), systemClock),
      // Read at each error, so a language chosen in Settings applies to the next message.
      language: () => documentLanguage(services),
    });
    registerIpc(ipcMain, dispatch);
    practices.onChange((status) => mainWindow?.webContents.send('practice.changed', status));

    watchForIdle(powerMonitor, practices);
    Menu.setApplicationMenu(
      buildMenu({ lock: () => practices.lock() }, dialogText(documentLanguage(services))),
    );

    mainWindow = createMainWindow({
      preloadPath: join(__dirname, '../preload/index.js'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });

    app.on('before-quit', () => practices.close());
  });

  app.on('window-all-closed', () => app.quit());
}
