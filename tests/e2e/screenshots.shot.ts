import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: a PNG of every screen, light and dark, into screenshots/.
 * Not part of `npm test`; the journeys in *.e2e.test.ts assert behaviour.
 */
const OUT = join(__dirname, '../../screenshots');
const PASSPHRASE = 'quiet river morning 42';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('screens (%s)', (scheme) => {
  it('captures setup, unlock and every section', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    try {
      await app.open();
      await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();
      await page.getByLabel('Practice name').fill('Rivera Coaching');
      await page.getByLabel('Your name').fill('Ana Rivera');
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
      await shot('01-setup');
      await page.getByRole('button', { name: 'Create practice' }).click();
      await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
      await shot('01b-recovery-key');
      await page.getByLabel('I have written it down or saved it somewhere safe').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      for (const [i, section] of ['Clients', 'Sessions', 'Hours', 'Agreements', 'Settings'].entries()) {
        await page.keyboard.press(`Control+${i + 1}`);
        await page.getByRole('heading', { level: 1, name: section }).waitFor();
        await shot(`${String(i + 3).padStart(2, '0')}-${section.toLowerCase()}`);
      }
      await page.getByRole('button', { name: 'Lock' }).click();
      await page.getByLabel('Passphrase').fill('not the passphrase');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('alert').waitFor();
      await shot('02-unlock-wrong-passphrase');
    } finally {
      await app.close();
    }
  });
});
