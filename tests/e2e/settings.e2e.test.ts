import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { securitySettings } from '../../electron/core/security-settings';
import { clientFields } from '../../electron/shared/clients';
import { type AppHarness, launchBrowser, sha256, startApp } from './harness';

const PASSPHRASE = 'quiet river morning 42';
const NEW_PASSPHRASE = 'amber harbour lanterns at dusk';

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

/** A fresh, unlocked practice with the app open on Settings. */
async function openSettings(): Promise<void> {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  await app.page.keyboard.press('Control+5');
  await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

const clientCount = () =>
  app.practices.requireDb().prepare('SELECT count(*) FROM client').pluck().get() as number;

const keptAside = () =>
  readdirSync(dirname(app.practices.status().current?.path ?? '')).filter(
    (name) => name.includes('.before-restore-') && !/-(wal|shm)$/.test(name),
  );

function expectClean() {
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
}

describe('Settings', () => {
  it('changes the passphrase, makes a new recovery key, then locks and unlocks with the new passphrase', async () => {
    await openSettings();
    const { page } = app;

    // The tabs work from the keyboard.
    await page.getByRole('tab', { name: 'Practice' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Security' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Security' }).evaluate((el) => el === document.activeElement))
      .toBe(true);

    const current = page.getByLabel('Current passphrase');
    await current.fill('not the passphrase');
    await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Repeat new passphrase').fill(NEW_PASSPHRASE);
    await expect.poll(() => page.getByText('Very strong.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    // The error sits beside the field it is about.
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await current.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('That passphrase is not right.');

    await current.fill(PASSPHRASE);
    await page.getByLabel('Repeat new passphrase').fill(`${NEW_PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect.poll(() => page.getByText('The two passphrases do not match.').isVisible()).toBe(true);
    await page.getByLabel('Repeat new passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Passphrase changed' }).count())
      .toBe(1);
    await expect.poll(() => current.inputValue()).toBe('');

    // A new recovery key: confirmed first, then shown once on its own screen.
    await page.getByRole('button', { name: 'Create a new recovery key…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Create a new recovery key?' });
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(app.practices.status().hasRecoveryKey).toBe(false);
    await page.getByRole('button', { name: 'Create a new recovery key…' }).click();
    await confirm.getByRole('button', { name: 'Create new key' }).click();
    const key = await page.getByRole('status', { name: 'Recovery key' }).textContent();
    expect(key).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(app.practices.status().hasRecoveryKey).toBe(true);
    await page.getByLabel('I have written it down or saved it somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Recovery key' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('tab', { name: 'Security' }).getAttribute('aria-selected'))
      .toBe('true');

    // Remember on this computer, on and off again.
    const remember = page.getByRole('switch', { name: 'Remember on this computer' });
    expect(await remember.getAttribute('aria-checked')).toBe('false');
    await remember.click();
    await expect.poll(() => remember.getAttribute('aria-checked')).toBe('true');
    expect(app.practices.status().remembered).toBe(true);
    await remember.press('Space');
    await expect.poll(() => remember.getAttribute('aria-checked')).toBe('false');
    expect(app.practices.status().remembered).toBe(false);

    // Idle lock.
    await page.getByLabel('Lock when this computer is idle for').selectOption('30');
    await expect.poll(() => securitySettings(app.practices.requireDb()).idleLockMinutes).toBe(30);
    await page.getByLabel('Lock when this computer is idle for').selectOption('0');
    await expect.poll(() => securitySettings(app.practices.requireDb()).idleLockMinutes).toBe(0);

    // Lock now, then only the new passphrase opens it.
    await page.getByRole('button', { name: 'Lock now', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Rivera Coaching' }).isVisible()).toBe(true);
    expect(app.practices.status().state).toBe('locked');
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That passphrase is not right.');
    await page.getByLabel('Passphrase').fill(NEW_PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(app.practices.status().state).toBe('unlocked');
    expectClean();
  });

  it('backs up into a chosen folder, previews, and restores a backup with the current file kept aside', async () => {
    await openSettings();
    const { page } = app;
    const folder = join(app.dataDir, 'External drive', 'Coachbook backups');
    await page.evaluate(
      (f) => window.coachbook.backups.saveSettings({ folder: f, keep: 5, auto: false }),
      folder,
    );
    await page.getByRole('tab', { name: 'Backups' }).click();
    await expect.poll(() => page.getByText(folder, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No backups in the backup folder yet.').isVisible()).toBe(true);
    expect(
      await page
        .getByRole('switch', { name: 'Back up automatically every day' })
        .getAttribute('aria-checked'),
    ).toBe('false');

    await page.getByRole('button', { name: 'Back up now' }).click();
    const written = page.getByRole('status').filter({ hasText: 'Backup written:' });
    await expect.poll(() => written.count()).toBe(1);
    const files = readdirSync(folder).filter((f) => f.endsWith('.coachbook'));
    expect(files).toHaveLength(1);
    expect(await written.textContent()).toContain(files[0]);
    await expect
      .poll(() => page.getByRole('table', { name: 'Saved backups' }).getByRole('row').count())
      .toBe(2);

    // Keep N, beside its field.
    const keep = page.getByLabel('Backups to keep');
    await keep.fill('0');
    await keep.press('Enter');
    await expect.poll(() => page.getByText('Keep between 1 and 365 backups.').isVisible()).toBe(true);
    await keep.fill('12');
    await keep.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.coachbook.backups.settings()))
      .toMatchObject({ ok: true, value: { keep: 12, folder } });

    // A client added after the backup.
    await page.evaluate(() => window.coachbook.clients.create({ fullName: 'Added After The Backup' }));
    expect(clientCount()).toBe(1);

    await page.getByRole('button', { name: /^Preview the backup of/ }).click();
    const preview = page.getByRole('dialog', { name: 'Backup preview' });
    await expect.poll(() => preview.getByRole('definition').first().textContent()).toBe('Rivera Coaching');
    expect(await preview.textContent()).toContain('Clients0');
    await preview.getByRole('button', { name: 'Restore…' }).click();

    const restore = page.getByRole('dialog', { name: /^Restore the backup of/ });
    await expect.poll(() => restore.getByText('This backup holds 0 clients').isVisible()).toBe(true);
    expect(await restore.textContent()).toContain('kept aside');
    await restore.getByRole('button', { name: 'Restore backup' }).click();

    const notice = page.getByRole('status').filter({ hasText: 'The file as it was is kept at' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(app.practices.status().state).toBe('unlocked');
    expect(clientCount()).toBe(0);
    const aside = keptAside();
    expect(aside).toHaveLength(1);
    const asidePath = join(dirname(app.practices.status().current?.path ?? ''), aside[0] ?? '');
    expect(existsSync(asidePath)).toBe(true);
    expect(await notice.textContent()).toContain(asidePath);
    await expect
      .poll(() => page.getByRole('tab', { name: 'Backups' }).getAttribute('aria-selected'))
      .toBe('true');

    // The restored practice passes a full check.
    await page.getByRole('button', { name: 'Check practice file' }).click();
    await expect.poll(() => page.getByText('No damage found.').isVisible()).toBe(true);

    // Choosing another folder (the dialog answers with it).
    const other = join(app.dataDir, 'Other drive');
    app.dialogs.chooseFolder = async () => other;
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect.poll(() => page.getByText(other, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No backups in the backup folder yet.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expectClean();
  });

  it('offers the latest backup when the practice file is damaged, and keeps the damaged file aside', async () => {
    await openSettings();
    const { page } = app;
    createClient(app.practices.requireDb(), systemClock, clientFields.parse({ fullName: 'Survivor Client' }));
    const folder = join(app.dataDir, 'Backups');
    await page.evaluate(
      (f) => window.coachbook.backups.saveSettings({ folder: f, keep: 5, auto: true }),
      folder,
    );
    const made = await page.evaluate(() => window.coachbook.backups.create());
    expect(made.ok).toBe(true);

    const file = app.practices.status().current?.path ?? '';
    app.practices.lock();
    const garbage = randomBytes(64 * 1024);
    writeFileSync(file, garbage);
    await page.reload();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'This practice file cannot be opened' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('main').textContent()).toContain('not changed');
    expect(sha256(file)).toBe(createHash('sha256').update(garbage).digest('hex'));

    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Restore the latest backup' }).click();
    await expect.poll(() => page.getByText('That passphrase is not right.').isVisible()).toBe(true);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Restore the latest backup' }).click();

    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    const notice = page.getByRole('status').filter({ hasText: 'The damaged file is kept at' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('restored from the backup of');
    if (made.ok) expect(text).toContain(made.value.fileName);
    expect(app.practices.status().state).toBe('unlocked');
    expect(clientCount()).toBe(1);
    const aside = keptAside();
    expect(aside).toHaveLength(1);
    const asidePath = join(dirname(file), aside[0] ?? '');
    expect(text).toContain(asidePath);
    // The damaged file is kept exactly as it was.
    expect(readFileSync(asidePath).equals(garbage)).toBe(true);
    expectClean();
  });

  it('lists an ended client past the keeping period and deletes the record after the count is typed', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    const db = app.practices.requireDb();
    const person = (fullName: string) => createClient(db, systemClock, clientFields.parse({ fullName }));
    const old = person('Old Completed Client');
    const active = person('Still Active Client');
    db.prepare(
      `UPDATE client SET status = 'completed', updated_at = '2015-01-01T00:00:00Z' WHERE id = ?`,
    ).run(old.id);
    db.prepare(`UPDATE client SET updated_at = '2015-01-01T00:00:00Z' WHERE id = ?`).run(active.id);
    const { page } = app;
    await app.open();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('tab', { name: 'Record keeping' }).click();
    await expect.poll(() => page.getByText('Records are kept until you decide.').isVisible()).toBe(true);

    await page.getByRole('radio', { name: 'For a number of years' }).check();
    const years = page.getByLabel('Years after the last activity');
    await years.fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => years.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Enter a number of years from 1 to 100.').isVisible()).toBe(true);
    await years.fill('7');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const table = page.getByRole('table', { name: 'Due for disposal' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    const row = table.getByRole('row', { name: /Old Completed Client/ });
    expect(await row.textContent()).toContain('Completed');
    expect(await table.textContent()).not.toContain('Still Active Client');
    expect(await row.getByText('Old Completed Client').getAttribute('dir')).toBe('auto');

    await page.getByRole('button', { name: 'Delete permanently…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 1 client record permanently?' });
    await dialog.waitFor();
    const typed = dialog.getByLabel('Type 1 to confirm');
    await expect.poll(() => typed.evaluate((el) => el === document.activeElement)).toBe(true);
    await typed.fill('2');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => dialog.getByText('Type 1 to confirm.').isVisible()).toBe(true);
    expect(clientCount()).toBe(2);
    await typed.fill('1');
    await typed.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Deleted the records of 1 client' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('No records are due.').isVisible()).toBe(true);
    expect(clientCount()).toBe(1);
    expect(db.prepare('SELECT full_name FROM client').pluck().all()).toEqual(['Still Active Client']);
    expectClean();
  });

  it('switches to Spanish and to ISO dates from Settings at once, and keeps the choice after a reload', async () => {
    await openSettings();
    const { page } = app;
    // Something in the activity log, to see its date change format.
    const folder = join(app.dataDir, 'Backups');
    await page.evaluate(
      (f) => window.coachbook.backups.saveSettings({ folder: f, keep: 5, auto: false }),
      folder,
    );
    expect(await page.evaluate(() => window.coachbook.backups.create())).toMatchObject({ ok: true });
    await page.getByRole('tab', { name: 'Activity' }).click();
    const firstTime = page.getByRole('region', { name: 'Activity log' }).locator('time').first();
    const englishWhen = (await firstTime.textContent()) ?? '';
    expect(englishWhen).not.toMatch(/^\d{4}-\d{2}-\d{2}/);

    await page.getByRole('tab', { name: 'Practice' }).click();
    const card = page.getByRole('region', { name: 'Language and region' });
    // Each date format is shown with today's date written that way.
    const today = await page.evaluate(() => {
      const d = new Date();
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0'));
    });
    const [y, m, d] = today;
    const dateFormat = card.getByLabel('Date format');
    await expect
      .poll(() => dateFormat.locator('option').allTextContents())
      .toEqual([
        expect.stringMatching(/^As the language writes dates \(.+\)$/),
        `${y}-${m}-${d} (year-month-day)`,
        `${d}/${m}/${y} (day/month/year)`,
        `${m}/${d}/${y} (month/day/year)`,
      ]);
    // The browser's own date boxes cannot change while running: said beside the choice.
    expect(await dateFormat.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      await card
        .getByText('Date boxes in forms follow this from the next time Coachbook starts.')
        .isVisible(),
    ).toBe(true);

    // Español: the page and the navigation change language without a reload.
    await card.getByLabel('Language').selectOption('es');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Ajustes' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Principal' });
    expect(await nav.getByRole('button', { name: /Clientes/ }).isVisible()).toBe(true);
    expect(await nav.getByRole('button', { name: /Sesiones/ }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Seguridad', exact: true }).isVisible()).toBe(true);
    const tarjeta = page.getByRole('region', { name: 'Idioma y región' });
    await expect.poll(() => tarjeta.getByRole('status').filter({ hasText: 'Guardado' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    // The activity log's words and dates follow.
    await page.getByRole('tab', { name: 'Actividad' }).click();
    const log = page.getByRole('region', { name: 'Registro de actividad' });
    await expect.poll(() => log.getByRole('row').filter({ hasText: 'Copia hecha a mano' }).count()).toBe(1);
    const spanishWhen = (await log.locator('time').first().textContent()) ?? '';
    expect(spanishWhen).not.toMatch(/^\d{4}-\d{2}-\d{2}/);

    // ISO dates: a date on screen changes format.
    await page.getByRole('tab', { name: 'Práctica' }).click();
    await tarjeta.getByLabel('Formato de fecha').selectOption('iso');
    await tarjeta.getByLabel('Primer día de la semana').selectOption('sunday');
    await page.getByRole('tab', { name: 'Actividad' }).click();
    await expect
      .poll(() => log.locator('time').first().textContent())
      .toMatch(/^\d{4}-\d{2}-\d{2}, \d{1,2}:\d{2}/);

    // The choice is kept on this computer, outside the practice, and survives a reload.
    expect(await page.evaluate(() => window.coachbook.preferences.get())).toEqual({
      ok: true,
      value: { language: 'es', dateFormat: 'iso', weekStart: 'sunday' },
    });
    await page.reload();
    const unlock = page.getByRole('button', { name: 'Desbloquear' });
    await expect
      .poll(async () => (await nav.isVisible()) || (await unlock.isVisible()), { timeout: 10_000 })
      .toBe(true);
    if (await unlock.isVisible()) {
      await page.getByLabel('Frase de contraseña').fill(PASSPHRASE);
      await unlock.click();
    }
    await nav.waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByRole('tab', { name: 'Práctica' }).click();
    expect(await tarjeta.getByLabel('Idioma').inputValue()).toBe('es');
    expect(await tarjeta.getByLabel('Formato de fecha').inputValue()).toBe('iso');
    expect(await tarjeta.getByLabel('Primer día de la semana').inputValue()).toBe('sunday');

    // And back to the system's language (English here).
    await tarjeta.getByLabel('Idioma').selectOption('system');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Settings' }).isVisible()).toBe(true);
    expectClean();
  });

  it('shows every tab and its dialogs in Spanish', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    const db = app.practices.requireDb();
    const ended = createClient(db, systemClock, clientFields.parse({ fullName: 'Old Completed Client' }));
    db.prepare(
      `UPDATE client SET status = 'completed', updated_at = '2015-01-01T00:00:00Z' WHERE id = ?`,
    ).run(ended.id);
    const { page } = app;
    await app.open();
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await nav.waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });

    // Práctica
    for (const name of ['Esta práctica', 'Prácticas', 'Idioma y región']) {
      await expect.poll(() => heading(name).isVisible(), { message: name }).toBe(true);
    }
    await expect.poll(() => page.getByRole('button', { name: 'Nueva práctica…' }).isVisible()).toBe(true);

    // Seguridad
    await tab('Seguridad').click();
    for (const name of ['Frase de contraseña', 'Clave de recuperación', 'En este equipo']) {
      await expect.poll(() => heading(name).isVisible(), { message: name }).toBe(true);
    }
    await page.getByRole('button', { name: 'Cambiar la frase de contraseña' }).click();
    await page.getByLabel('Frase de contraseña actual').fill(PASSPHRASE);
    await page.getByLabel('Nueva frase de contraseña', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Repite la nueva frase de contraseña').fill(`${NEW_PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Cambiar la frase de contraseña' }).click();
    await expect
      .poll(() => page.getByText('Las dos frases de contraseña no coinciden.').isVisible())
      .toBe(true);
    const idle = page.getByLabel('Bloquear tras este tiempo de inactividad');
    await expect.poll(() => idle.isEnabled()).toBe(true);
    expect(await idle.locator('option').allTextContents()).toEqual([
      'Nunca',
      '5 minutos',
      '10 minutos',
      '15 minutos',
      '30 minutos',
      '1 hora',
    ]);
    await expect
      .poll(() => page.getByRole('switch', { name: 'Recordar en este equipo' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Crear una nueva clave de recuperación…' }).click();
    const keyDialog = page.getByRole('dialog', { name: '¿Crear una nueva clave de recuperación?' });
    await keyDialog.waitFor();
    expect(await keyDialog.getByRole('button', { name: 'Crear la nueva clave' }).isVisible()).toBe(true);
    await keyDialog.getByRole('button', { name: 'Cancelar' }).click();

    // Copias de seguridad
    await tab('Copias de seguridad').click();
    await expect.poll(() => heading('Copias de seguridad').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Copia de seguridad guardada:' }).count())
      .toBe(1);
    const saved = page.getByRole('table', { name: 'Copias guardadas' });
    await expect.poll(() => saved.getByRole('row').count()).toBe(2);
    expect(await page.getByText('1 copia en la carpeta').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Ver la copia de seguridad del/ }).click();
    const preview = page.getByRole('dialog', { name: 'Vista previa de la copia de seguridad' });
    await expect.poll(() => preview.getByText('Clientes', { exact: true }).isVisible()).toBe(true);
    await preview.getByRole('button', { name: 'Restaurar…' }).click();
    const restore = page.getByRole('dialog', { name: /^¿Restaurar la copia de seguridad del .+\?$/ });
    await expect
      .poll(() =>
        restore.getByText('Esta copia de seguridad contiene 1 cliente, 0 sesiones, 0 acuerdos.').count(),
      )
      .toBe(1);
    expect(await restore.locator('strong').textContent()).toBe('guarda aparte');
    await restore.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
    await expect
      .poll(() => page.getByText('No se encontraron daños.', { exact: false }).isVisible())
      .toBe(true);

    // Conservación de registros
    await tab('Conservación de registros').click();
    await expect.poll(() => heading('Conservación de registros').isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'Durante un número de años' }).check();
    await page.getByLabel('Años tras la última actividad').fill('7');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    const due = page.getByRole('table', { name: 'Pendientes de eliminar' });
    await expect.poll(() => due.getByRole('row').count()).toBe(2);
    expect(await due.getByRole('row', { name: /Old Completed Client/ }).textContent()).toContain(
      'Finalizado',
    );
    await page.getByRole('button', { name: 'Borrar de forma permanente…' }).click();
    const dispose = page.getByRole('dialog', {
      name: '¿Borrar de forma permanente 1 registro de cliente?',
    });
    await dispose.getByLabel('Escribe 1 para confirmar').fill('2');
    await dispose.getByRole('button', { name: 'Borrar de forma permanente' }).click();
    await expect.poll(() => dispose.getByText('Escribe 1 para confirmar.').isVisible()).toBe(true);
    await dispose.getByRole('button', { name: 'Cancelar' }).click();

    // Actividad
    await tab('Actividad').click();
    const log = page.getByRole('region', { name: 'Registro de actividad' });
    await expect.poll(() => log.getByRole('row').filter({ hasText: 'Copia hecha a mano' }).count()).toBe(1);
    expect(await log.getByRole('columnheader', { name: 'Cuándo' }).isVisible()).toBe(true);
    expectClean();
  });

  it('shows the activity log in plain words, with no confidential text', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    createClient(
      app.practices.requireDb(),
      systemClock,
      clientFields.parse({ fullName: 'Zephyrine Quillfeather' }),
    );
    const { page } = app;
    await app.open();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Control+5');
    await page.getByRole('tab', { name: 'Activity' }).click();

    const log = page.getByRole('region', { name: 'Activity log' });
    await expect.poll(() => log.getByRole('row').count()).toBeGreaterThan(1);
    const unlocked = log.getByRole('row').filter({ hasText: 'Practice unlocked' });
    expect(await unlocked.count()).toBe(1);
    expect(await unlocked.textContent()).toContain('With passphrase');
    // The first unlock of the day made the automatic backup.
    const backup = log.getByRole('row').filter({ hasText: 'Backup written' });
    expect(await backup.count()).toBe(1);
    expect(await backup.textContent()).toContain('Daily automatic backup');
    // Time in the coach's locale, not a raw timestamp.
    const when = (await unlocked.locator('time').textContent()) ?? '';
    expect(when).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(await unlocked.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const text = (await log.textContent()) ?? '';
    expect(text).not.toContain('Zephyrine');
    expect(text).not.toContain('practice-unlocked');
    expectClean();
  });
});
