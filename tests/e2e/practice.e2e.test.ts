import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keyFilePath } from '../../electron/core/practice/practice-manager';
import { type AppHarness, launchBrowser, sha256, startApp } from './harness';

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

describe('a coach setting up Coachbook', () => {
  it('sets up a practice, locks it, and unlocks it with the wrong then the right passphrase', async () => {
    app = await startApp(browser);
    const { page } = app;
    await app.open();

    await expect
      .poll(() => page.getByRole('heading', { name: 'Set up your practice' }).isVisible())
      .toBe(true);
    await page.getByLabel('Practice name').fill('Rivera Coaching');
    await page.getByLabel('Your name').fill('Ana Rivera');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByLabel('Repeat passphrase').fill('short');
    await page.getByRole('button', { name: 'Create practice' }).click();
    // The main process refuses it and the error lands beside the passphrase field.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('at least 10 characters');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Create practice' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    expect(readdirSync(app.dataDir)).not.toContain('practices');

    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create practice' }).click();

    // The recovery key is shown once; continuing needs the coach to confirm they stored it.
    const key = await page.getByRole('status', { name: 'Recovery key' }).textContent();
    expect(key).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    const keyPdf = join(app.dataDir, 'recovery.pdf');
    app.dialogs.nextSavePath = keyPdf;
    await page.getByRole('button', { name: 'Save as printable PDF…' }).click();
    await expect.poll(() => existsSync(keyPdf)).toBe(true);
    const printed = execFileSync('pdftotext', [keyPdf, '-'], { encoding: 'utf8' }).replace(/[^A-Z2-7]/g, '');
    expect(printed).toContain((key ?? 'missing').replaceAll('-', ''));
    await page.getByLabel('I have written it down or saved it somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.isVisible()).toBe(true);
    await expect.poll(() => nav.textContent()).toContain('Rivera Coaching');
    expect(app.practices.status().state).toBe('unlocked');

    // Keyboard navigation between sections.
    await page.keyboard.press('Control+2');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sessions' }).isVisible()).toBe(true);
    await page.keyboard.press('Control+5');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Settings' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Rivera Coaching' }).isVisible()).toBe(true);
    expect(app.practices.status().state).toBe('locked');
    expect(await page.getByText('Ana Rivera').count()).toBe(0);

    const dbPath = app.practices.status().current?.path ?? '';
    const before = [sha256(dbPath), sha256(keyFilePath(dbPath))];
    await page.getByLabel('Passphrase').fill('quiet river morning 43');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    expect(app.practices.status().state).toBe('locked');
    expect([sha256(dbPath), sha256(keyFilePath(dbPath))]).toEqual(before);

    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(app.practices.status().state).toBe('unlocked');

    // Forgotten passphrase: the recovery key opens it and sets a new one.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill((key ?? '').toLowerCase());
    await page.getByLabel('New passphrase', { exact: true }).fill('a whole new passphrase');
    await page.getByLabel('Repeat new passphrase').fill('a whole new passphrase');
    await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    app.practices.lock();
    expect(() => app.practices.unlock({ passphrase: PASSPHRASE })).toThrow();
    expect(app.practices.unlock({ passphrase: 'a whole new passphrase' }).state).toBe('unlocked');

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps two practices apart and switches between them', async () => {
    app = await startApp(browser);
    await app.practices.create({
      name: 'Coaching',
      coachName: 'Sam Lee',
      passphrase: 'coaching passphrase 1',
    });
    app.practices.lock();
    const { page } = app;
    await app.open();
    await expect.poll(() => page.getByRole('heading', { name: 'Coaching' }).isVisible()).toBe(true);

    await page.getByText('Another practice').click();
    await page.getByRole('button', { name: 'Create a new practice…' }).click();
    await page.getByLabel('Practice name').fill('Community Programme');
    await page.getByLabel('Your name').fill('Sam Lee');
    await page.getByLabel('Passphrase', { exact: true }).fill('community passphrase 2');
    await page.getByLabel('Repeat passphrase').fill('community passphrase 2');
    await page.getByRole('button', { name: 'Create practice' }).click();
    await page.getByLabel('I have written it down or saved it somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.textContent()).toContain('Community Programme');

    await page.getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('button', { name: 'Switch to Coaching' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Coaching' }).isVisible()).toBe(true);
    await page.getByLabel('Passphrase').fill('community passphrase 2');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    await page.getByLabel('Passphrase').fill('coaching passphrase 1');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => nav.textContent()).toContain('Coaching');
    expect(app.practices.profile().name).toBe('Coaching');
    expect(readdirSync(join(app.dataDir, 'practices')).sort()).toEqual([
      'coaching.coachbook',
      'coaching.coachbook-shm',
      'coaching.coachbook-wal',
      'coaching.coachbook.key',
      'community-programme.coachbook',
      'community-programme.coachbook.key',
    ]);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a coach who works in Spanish', () => {
  it('picks Español on the setup screen, and the choice stays after a reload', async () => {
    app = await startApp(browser);
    const { page } = app;
    await app.open();
    await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();

    await page.getByLabel('Language').selectOption('es');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Configura tu práctica' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Crear práctica' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Nombre de la práctica').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    await page.reload();
    await page.getByRole('heading', { name: 'Configura tu práctica' }).waitFor();
    expect(await page.getByLabel('Idioma').inputValue()).toBe('es');

    // And back: the choice is the same preference as in Settings, so "System default" is offered too.
    await page.getByLabel('Idioma').selectOption('system');
    await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('sets up, finds the way around, locks and unlocks in Spanish', async () => {
    app = await startApp(browser);
    const { page } = app;
    await app.open();
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();

    await page.getByRole('heading', { name: 'Configura tu práctica' }).waitFor();
    await page.getByLabel('Nombre de la práctica').fill('Coaching Rivera');
    await page.getByLabel('Tu nombre').fill('Ana Rivera');
    await page.getByLabel('Frase de contraseña', { exact: true }).fill('corta');
    await expect.poll(() => page.getByText('Demasiado corta').isVisible()).toBe(true);
    await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repite la frase de contraseña').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Crear práctica' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Las dos frases de contraseña no coinciden.');
    await page.getByLabel('Repite la frase de contraseña').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Crear práctica' }).click();

    await page.getByRole('heading', { name: 'Tu clave de recuperación' }).waitFor();
    await page.getByRole('status', { name: 'Clave de recuperación' }).waitFor();
    await page.getByLabel('La he anotado o guardado en un lugar seguro').check();
    await page.getByRole('button', { name: 'Continuar' }).click();

    const nav = page.getByRole('navigation', { name: 'Principal' });
    await nav.waitFor();
    for (const name of ['Clientes', 'Sesiones', 'Horas', 'Acuerdos', 'Ajustes', 'Bloquear']) {
      expect(await nav.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
    const guide = page.getByRole('region', { name: 'Primeros pasos' });
    await expect.poll(() => guide.textContent()).toContain('0 de 3 completados');
    expect(await guide.getByRole('button', { name: 'Añade un cliente' }).isVisible()).toBe(true);
    expect(await guide.getByRole('button', { name: 'Ocultar' }).isVisible()).toBe(true);

    // The command palette speaks Spanish and finds a section without its accent.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Ir a…' });
    const search = palette.getByRole('combobox', { name: 'Ir a un cliente, una sección o una acción' });
    await search.waitFor();
    expect(await palette.getByRole('button', { name: 'Cerrar' }).isVisible()).toBe(true);
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('practica');
    await expect
      .poll(() => palette.getByRole('option', { name: /Bloquear práctica/ }).isVisible())
      .toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('horas');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main', { name: 'Horas' }).isVisible()).toBe(true);

    await nav.getByRole('button', { name: 'Bloquear' }).click();
    await page.getByRole('heading', { name: 'Coaching Rivera' }).waitFor();
    expect(await page.getByText('Escribe tu frase de contraseña para abrir esta práctica.').isVisible()).toBe(
      true,
    );
    expect(await page.getByLabel('Idioma').inputValue()).toBe('es');
    await page.getByLabel('Frase de contraseña').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Desbloquear' }).click();
    await nav.waitFor();

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
