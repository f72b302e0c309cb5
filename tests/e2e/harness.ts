import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { systemClock } from '../../electron/core/clock';
import type { Dialogs, Keychain } from '../../electron/core/ports';
import { PracticeManager } from '../../electron/core/practice/practice-manager';
import { documentLanguage } from '../../electron/core/preferences';
import type { ServiceContext } from '../../electron/core/services';
import { createHandlers } from '../../electron/main/handlers';
import { createRouter } from '../../electron/main/router';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { isTrustedUrl } from '../../electron/main/trust';
import { buildApi } from '../../electron/shared/api';
import { channelNames, eventNames } from '../../electron/shared/contract';

/**
 * Runs the built renderer in Debian's Chromium with `window.coachbook` bound to the
 * same router and services the Electron shell uses, over a real temporary practice.
 * The page is served from an origin that cannot resolve (.invalid): every request
 * is answered from out/renderer or refused and recorded, so a test can prove the
 * app made no network request.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const APP_URL = 'https://coachbook.invalid';
// COACHBOOK_OUT lets parallel runs build into their own folder (`electron-vite build --outDir`).
const RENDERER_DIR = join(process.env.COACHBOOK_OUT ?? join(__dirname, '../../out'), 'renderer');
const FONTS_DIR = join(__dirname, '../../resources/fonts');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does).');
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Scripted answers for the file dialogs a journey will meet; null means "cancelled". */
export interface FakeDialogs extends Dialogs {
  nextPracticeFile: string | null;
  nextOpenFile: string | null;
  nextSavePath: string | null;
}

export interface AppHarness {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  practices: PracticeManager;
  dialogs: FakeDialogs;
  /** Requests that tried to leave the app (anything not served from out/renderer). */
  blockedRequests: string[];
  /** Uncaught errors and console errors in the page. */
  pageErrors: string[];
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(
  browser: Browser,
  opts: { dataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<AppHarness> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'coachbook-e2e-'));
  const ownsDataDir = opts.dataDir === undefined;
  const dialogs: FakeDialogs = {
    nextPracticeFile: null,
    nextOpenFile: null,
    nextSavePath: null,
    async choosePracticeFile() {
      return this.nextPracticeFile;
    },
    async chooseFileToOpen() {
      return this.nextOpenFile;
    },
    async chooseSavePath() {
      return this.nextSavePath;
    },
  };
  const practices = new PracticeManager({ dataDir, clock: systemClock, dialogs });
  const services: ServiceContext = {
    practices,
    clock: systemClock,
    dialogs,
    fontsDir: FONTS_DIR,
    keychain: fakeKeychain(),
  };
  const dispatch = createRouter({
    handlers: createHandlers(services),
    isTrustedSender: (url) => isTrustedUrl(url, [APP_URL]),
    logUnexpected: (channel, error) => console.error(`unexpected error on ${channel}`, error),
    language: () => documentLanguage(services),
  });

  const context = await browser.newContext({
    viewport: { width: 1200, height: 780 },
    colorScheme: opts.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  // Fail fast: a journey step that has not happened in 10 s is not going to.
  context.setDefaultTimeout(10_000);
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const file = rendererFile(url);
    if (!file) {
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
  await context.exposeBinding('__coachbookInvoke', (source, channel: string, input: unknown) =>
    dispatch(channel, input, source.frame.url()),
  );
  // The real preload's builder, run in the page: the harness exposes exactly the same surface.
  await context.addInitScript({
    content: `(() => {
      const listeners = new Map();
      window.__coachbookEmit = (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); };
      const listen = (event, listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return () => listeners.get(event).delete(listener);
      };
      const buildApi = ${buildApi.toString()};
      window.coachbook = buildApi(${JSON.stringify(channelNames)}, ${JSON.stringify(eventNames)},
        (channel, input) => window.__coachbookInvoke(channel, input), listen);
    })();`,
  });

  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  practices.onChange((status) => {
    void page
      .evaluate(
        (payload) =>
          (window as unknown as { __coachbookEmit: (e: string, p: unknown) => void }).__coachbookEmit(
            'practice.changed',
            payload,
          ),
        status,
      )
      .catch(() => {});
  });

  return {
    page,
    context,
    dataDir,
    practices,
    dialogs,
    blockedRequests,
    pageErrors,
    async open() {
      await page.goto(`${APP_URL}/index.html`);
    },
    async close() {
      await context.close();
      practices.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function rendererFile(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== APP_URL) return null;
  const root = normalize(RENDERER_DIR + sep);
  const file = normalize(join(root, decodeURIComponent(parsed.pathname).replace(/^\/+/, '') || 'index.html'));
  return file.startsWith(root) && existsSync(file) ? file : null;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Stands in for the OS keychain: seals with a key that lives only in this test process. */
export function fakeKeychain(): Keychain {
  const key = randomBytes(32);
  return {
    isAvailable: () => true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}
