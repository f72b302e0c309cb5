import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the fake BrowserWindow saw, shared with the hoisted vi.mock factory. */
const electron = vi.hoisted(() => {
  type Listener = () => void;
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly options: Record<string, unknown>;
    readonly once = vi.fn((event: string, listener: Listener) => {
      this.onceListeners.set(event, listener);
      return this;
    });
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly onceListeners = new Map<string, Listener>();

    constructor(options: Record<string, unknown>) {
      this.options = options;
      FakeBrowserWindow.instances.push(this);
    }
  }
  return { FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: false } };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  nativeTheme: electron.nativeTheme,
}));

import { createMainWindow, secureWebPreferences } from '../../../electron/main/window';

const PRELOAD = '/opt/Coachbook/resources/app/out/preload/index.cjs';
const URL_TO_LOAD = 'app://coachbook/index.html';

function create() {
  const window = createMainWindow({ preloadPath: PRELOAD, url: URL_TO_LOAD });
  const fake = electron.FakeBrowserWindow.instances.at(-1);
  if (!fake) throw new Error('createMainWindow did not construct a BrowserWindow');
  return { window, fake };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.FakeBrowserWindow.instances.length = 0;
    electron.nativeTheme.shouldUseDarkColors = false;
  });

  it('constructs exactly one BrowserWindow and returns it', () => {
    const { window, fake } = create();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(1);
    expect(window).toBe(fake);
  });

  it('locks down the renderer: isolated, sandboxed, no Node, no webview, web security on', () => {
    const { fake } = create();
    const prefs = fake.options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('passes the given preload path', () => {
    const { fake } = create();
    expect((fake.options.webPreferences as Record<string, unknown>).preload).toBe(PRELOAD);
  });

  it('uses exactly the pinned secure web preferences and nothing else', () => {
    const { fake } = create();
    expect(fake.options.webPreferences).toEqual({
      preload: PRELOAD,
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
    });
    expect(fake.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
  });

  it('loads the given URL, once', () => {
    const { fake } = create();
    expect(fake.loadURL).toHaveBeenCalledTimes(1);
    expect(fake.loadURL).toHaveBeenCalledWith(URL_TO_LOAD);
  });

  it('starts hidden and shows the window only when it is ready to show', () => {
    const { fake } = create();
    expect(fake.options.show).toBe(false);
    expect(fake.show).not.toHaveBeenCalled();
    const ready = fake.onceListeners.get('ready-to-show');
    expect(ready).toBeTypeOf('function');
    ready?.();
    expect(fake.show).toHaveBeenCalledTimes(1);
  });

  it('sets the title and a background matching the system theme', () => {
    const light = create().fake;
    expect(light.options.title).toBe('Coachbook');
    expect(light.options.backgroundColor).toBe('#f7f7f5');
    electron.nativeTheme.shouldUseDarkColors = true;
    expect(create().fake.options.backgroundColor).toBe('#16181d');
  });
});
