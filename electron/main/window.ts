import { BrowserWindow, type BrowserWindowConstructorOptions, nativeTheme } from 'electron';

/** The renderer's powers, pinned by a unit test: it is a web page with one narrow API. */
export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export function createMainWindow(opts: { preloadPath: string; url: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Coachbook',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f5',
    webPreferences: secureWebPreferences(opts.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(opts.url).catch((error: { code?: string }) => {
    // Only the error code: the URL is the app's own page, nothing confidential.
    console.error(`Coachbook could not load its window (${error.code ?? 'unknown error'})`);
  });
  return window;
}
