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

  it('speaks the coach’s language: a coach using Coachbook in Spanish finds Spanish notes in it', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    await app.open();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    const guide = page.getByRole('region', { name: 'Primeros pasos' });
    await guide.getByRole('button', { name: 'Explorar una práctica de demostración' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Explorar la práctica de demostración?' });
    await dialog.getByRole('button', { name: 'Abrir la demostración' }).click();
    await page.getByRole('note', { name: 'Práctica de demostración' }).waitFor({ timeout: 30_000 });

    // Search without the accent, as a coach would type: the hits are the demo's Spanish notes.
    await page.keyboard.press('Control+2');
    await page.getByRole('searchbox', { name: 'Buscar en notas, objetivos y compromisos' }).fill('reunion');
    const results = page.getByRole('region', { name: 'Resultados de búsqueda' });
    await results.getByRole('listitem').first().waitFor();
    const hits = await results.getByRole('listitem').allTextContents();
    expect(hits.some((hit) => hit.includes('reunión'))).toBe(true);
    expect(hits.join(' ')).not.toMatch(/\b(the|with|wants|meeting)\b/);
    expect(app.practices.profile().demo).toBe(true);
    const agreements = app.practices
      .requireDb()
      .prepare('SELECT DISTINCT title FROM agreement')
      .pluck()
      .all();
    expect(agreements).toEqual(['Acuerdo de coaching']);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
