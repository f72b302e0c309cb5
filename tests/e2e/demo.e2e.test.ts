import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, launchBrowser, startApp } from './harness';

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

const PASSPHRASE = 'my own practice passphrase';
const count = (table: string) =>
  app.practices.requireDb().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the demo practice', () => {
  it('opens from the guided start as a separate, labelled practice, and the coach gets back to their own', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    await app.open();
    const { page } = app;
    const guide = page.getByRole('region', { name: 'Getting started' });
    await guide.getByRole('button', { name: 'Explore a demo practice' }).click();
    const dialog = page.getByRole('dialog', { name: 'Explore the demo practice?' });
    await dialog.getByRole('button', { name: 'Open the demo' }).click();

    const banner = page.getByRole('note', { name: 'Demo practice' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain('fictional');
    // A lived-in practice: the client list is full.
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(10);
    expect(app.practices.profile().demo).toBe(true);
    expect(count('session')).toBeGreaterThan(100);

    // The banner follows the coach to every section.
    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Hours' }).waitFor();
    expect(await banner.isVisible()).toBe(true);

    await banner.getByRole('button', { name: 'Back to Rivera Coaching' }).click();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('note', { name: 'Demo practice' }).count()).toBe(0);
    // Nothing from the demo came along.
    expect(app.practices.profile().demo).toBe(false);
    expect(count('client')).toBe(0);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
