import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * The real app, launched by Playwright. Electron downloads its binary outside npm
 * on first install; where that download is impossible the test is skipped and says why.
 */
function electronBinary(): string | null {
  try {
    const path = createRequire(__filename)('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.warn(
    '[skip] tests/electron/smoke.test.ts: the Electron binary is not installed (it is downloaded from outside the npm registry). The browser harness in tests/e2e covers the renderer and main-process handlers.',
  );
}

describe.skipIf(!binary)('the real Electron app', () => {
  it('opens a window showing the setup screen on first launch', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'coachbook-electron-'));
    const app = await _electron.launch({
      executablePath: binary ?? undefined,
      args: [join(__dirname, '../../out/main/index.js'), `--user-data-dir=${userData}`],
    });
    try {
      const window = await app.firstWindow();
      await expect
        .poll(() => window.getByRole('heading', { name: 'Set up your practice' }).isVisible())
        .toBe(true);
      // The page sees window.coachbook and nothing of Node or Electron.
      const globals = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: typeof (globalThis as { coachbook?: unknown }).coachbook,
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
