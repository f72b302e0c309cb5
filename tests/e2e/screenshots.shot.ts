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
        // The section's own content, not its loading line.
        await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
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

describe('screens in Spanish', () => {
  it('captures setup, the recovery key, the shell with its guide and palette, and unlock', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-es.png`) });
    try {
      await app.open();
      await page.evaluate(() =>
        window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('heading', { name: 'Configura tu práctica' }).waitFor();
      await page.getByLabel('Nombre de la práctica').fill('Coaching Rivera');
      await page.getByLabel('Tu nombre').fill('Ana Rivera');
      await page.getByLabel('Frase de contraseña', { exact: true }).fill('quiet river');
      await page.getByLabel('Repite la frase de contraseña').fill('quiet river');
      await shot('01-setup');
      await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repite la frase de contraseña').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Crear práctica' }).click();
      await page.getByRole('heading', { name: 'Tu clave de recuperación' }).waitFor();
      await shot('01b-recovery-key');
      await page.getByLabel('La he anotado o guardado en un lugar seguro').check();
      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.getByRole('region', { name: 'Primeros pasos' }).waitFor();
      await shot('03-clients');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('ir a');
      await page.getByRole('dialog', { name: 'Ir a…' }).getByRole('option').first().waitFor();
      await shot('palette');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Bloquear' }).click();
      await page.getByLabel('Frase de contraseña').fill('no es la frase');
      await page.getByRole('button', { name: 'Desbloquear' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByText('Otra práctica').click();
      await shot('02-unlock-wrong-passphrase');
      await page.getByRole('button', { name: '¿Olvidaste tu frase de contraseña?' }).click();
      await page.getByRole('heading', { name: 'Usa tu clave de recuperación' }).waitFor();
      await shot('02b-recover');
    } finally {
      await app.close();
    }
  });
});
