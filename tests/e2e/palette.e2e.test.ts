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

describe('the command palette', () => {
  it('jumps to a client typed without accents, and to a section, by keyboard', async () => {
    app = await startApp(browser);
    app.practices.create({
      name: 'Rivera Coaching',
      coachName: 'Ana Rivera',
      passphrase: 'palette passphrase 1',
    });
    const db = app.practices.requireDb();
    for (const fullName of ['Nguyễn Thị Lan', 'Zoë Brontë', '李雷']) {
      createClient(db, systemClock, clientFields.parse({ fullName }));
    }
    await app.open();
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Go to a client, section or action' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('nguyen');
    // Enter at once, before the debounced search has answered, still goes to the match.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).isVisible())
      .toBe(true);

    await page.keyboard.press('Control+k');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('hours');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Hours' }).isVisible()).toBe(true);

    await page.keyboard.press('Control+k');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
