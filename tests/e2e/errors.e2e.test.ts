import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writePreferences } from '../../electron/core/preferences';
import { DEFAULT_PREFERENCES } from '../../electron/shared/preferences';
import { type AppHarness, launchBrowser, startApp } from './harness';

const PASSPHRASE = 'quiet river morning 42';

let browser: Browser;
let app: AppHarness;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await app?.close();
});

describe('errors from the main process, in the coach’s language', () => {
  it('a wrong passphrase on the Spanish unlock screen is refused in Spanish, and in English after switching', async () => {
    app = await startApp(browser);
    await app.practices.create({ name: 'Coaching Rivera', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    app.practices.lock();
    writePreferences(app.dataDir, { ...DEFAULT_PREFERENCES, language: 'es' });
    const { page } = app;
    await app.open();

    await page.getByRole('heading', { name: 'Coaching Rivera' }).waitFor();
    await page.getByLabel('Frase de contraseña').fill('quiet river morning 43');
    await page.getByRole('button', { name: 'Desbloquear' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Esa frase de contraseña no es correcta.');
    expect(app.practices.status().state).toBe('locked');

    // The language is read for each message: switching on the same screen applies to the next one.
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    await page.getByLabel('Passphrase').fill('quiet river morning 44');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That passphrase is not right.');

    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(app.practices.status().state).toBe('unlocked');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
