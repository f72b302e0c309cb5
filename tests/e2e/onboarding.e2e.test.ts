import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { clientFields } from '../../electron/shared/clients';
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

describe('the guided start after setup', () => {
  it('ticks off the first steps as they are done and can be put away', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'New Practice', coachName: 'Sam Lee', passphrase: 'onboarding passphrase' });
    await app.open();
    const { page } = app;
    const guide = page.getByRole('region', { name: 'Getting started' });
    await expect.poll(() => guide.isVisible()).toBe(true);
    expect(await guide.textContent()).toContain('0 of 3 done');

    createClient(app.practices.requireDb(), systemClock, clientFields.parse({ fullName: 'First Client' }));
    await guide.getByRole('button', { name: 'Set a credential target' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Hours' }).isVisible()).toBe(true);
    await expect.poll(() => guide.textContent()).toContain('1 of 3 done');
    expect(await guide.getByRole('button', { name: 'Add a client' }).count()).toBe(0);

    await guide.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => guide.count()).toBe(0);
    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    expect(await page.getByRole('region', { name: 'Getting started' }).count()).toBe(0);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
