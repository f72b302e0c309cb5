import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { saveCoachProfile, savePracticeDefaults } from '../../electron/core/coach/profile';
import { openDemoPractice } from '../../electron/core/demo/demo-practice';
import { launchBrowser, startApp } from './harness';

/** `npm run screenshots`: Settings › Profile, the Language and region card in Spanish, and the demo practice. */
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

describe('profile, language and demo', () => {
  it('captures the profile tab with credentials and a signature', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      await app.open();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      // A signature as a coach would draw it: a few pen strokes on a canvas.
      const signature = await page.evaluate(() => {
        const c = document.createElement('canvas');
        c.width = 480;
        c.height = 140;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.strokeStyle = '#1b2a4a';
        ctx.lineWidth = 2.4;
        ctx.lineCap = 'round';
        ctx.beginPath();
        ctx.moveTo(40, 95);
        ctx.bezierCurveTo(60, 20, 90, 20, 85, 100);
        ctx.bezierCurveTo(95, 60, 120, 55, 130, 90);
        ctx.bezierCurveTo(150, 60, 170, 60, 175, 92);
        ctx.bezierCurveTo(200, 40, 230, 40, 240, 90);
        ctx.bezierCurveTo(260, 110, 300, 70, 330, 80);
        ctx.bezierCurveTo(360, 90, 400, 60, 440, 70);
        ctx.stroke();
        return c.toDataURL('image/png');
      });
      const db = app.practices.requireDb();
      saveCoachProfile(db, {
        name: 'Ana Rivera',
        email: 'ana@riveracoaching.example',
        credentials: [
          { body: 'ICF', credential: 'ACC', memberNumber: '004211' },
          { body: 'EMCC', credential: 'Practitioner', memberNumber: 'EIA20231187' },
        ],
        signature,
      });
      savePracticeDefaults(db, {
        currency: 'EUR',
        sessionMinutes: 50,
        feeArrangement: 'per-session',
        noteTemplateId: 'grow',
      });
      await page.setViewportSize({ width: 1200, height: 1400 });
      await page.keyboard.press('Control+5');
      await page.getByRole('tab', { name: 'Profile' }).click();
      await page.getByRole('img', { name: 'Your signature' }).waitFor();
      await page.screenshot({ path: join(OUT, 'settings-profile.png') });
    } finally {
      await app.close();
    }
  });

  it('captures the Language and region card in Spanish', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      await app.open();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.evaluate(() =>
        window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('navigation', { name: 'Principal' }).waitFor();
      await page.setViewportSize({ width: 1200, height: 1250 });
      await page.keyboard.press('Control+5');
      await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
      await page.screenshot({ path: join(OUT, 'settings-language-es.png') });
    } finally {
      await app.close();
    }
  });

  it('captures the demo practice with its banner', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      openDemoPractice(app.practices, systemClock);
      await app.open();
      await page.getByRole('note', { name: 'Demo practice' }).waitFor();
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await page.screenshot({ path: join(OUT, 'demo-practice.png') });
    } finally {
      await app.close();
    }
  });
});
