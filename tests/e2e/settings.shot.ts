import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type ActivityKind, recordActivity } from '../../electron/core/activity/activity';
import { backupNow, saveBackupSettings } from '../../electron/core/backup/service';
import { createClient } from '../../electron/core/clients/clients';
import type { Clock } from '../../electron/core/clock';
import { createRecoveryKey } from '../../electron/core/practice/keys';
import { saveRetentionSettings } from '../../electron/core/retention/retention';
import { clientFields } from '../../electron/shared/clients';
import { type AppHarness, launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: Settings (practice, security, backups, record keeping, activity),
 * its dialogs, and the damaged-practice screen, light and dark.
 */
const OUT = join(__dirname, '../../screenshots');
const PASSPHRASE = 'quiet river morning 42';
const DAY = 86_400_000;
const at = (days: number, minutes = 0): Clock => ({
  now: () => new Date(Date.now() + days * DAY + minutes * 60_000),
});

function seed(app: AppHarness) {
  const { practices } = app;
  const db = practices.requireDb();
  const person = (fullName: string) => createClient(db, at(0), clientFields.parse({ fullName }));
  for (const name of ['Nguyễn Thị Lan', 'Zoë Fairweather', 'Amara Okafor', 'Kwame Mensah']) person(name);
  const ended: [string, string, string][] = [
    ['Henrik Solberg', 'completed', '2014-03-18T10:00:00Z'],
    ['محمد العلي', 'archived', '2016-09-02T10:00:00Z'],
    ['Priya Raman', 'completed', '2017-05-21T10:00:00Z'],
  ];
  for (const [name, status, updated] of ended) {
    const client = person(name);
    db.prepare('UPDATE client SET status = ?, updated_at = ? WHERE id = ?').run(status, updated, client.id);
  }
  saveRetentionSettings(db, { years: 7 });

  const events: [number, ActivityKind, string][] = [
    [-30, 'practice-created', ''],
    [-30, 'recovery-key-created', ''],
    [-24, 'practice-unlocked', 'unlock'],
    [-24, 'backup-written', 'automatic'],
    [-20, 'note-finalised', ''],
    [-17, 'backup-written', 'manual'],
    [-12, 'export-written', 'reports.hourLogPdf'],
    [-9, 'practice-unlocked', 'unlockRemembered'],
    [-9, 'backup-written', 'automatic'],
    [-6, 'import-committed', ''],
    [-5, 'client-erased', ''],
    [-3, 'passphrase-changed', ''],
    [-3, 'export-written', 'calendar.exportIcs'],
    [-1, 'practice-unlocked', 'unlockWithRecoveryKey'],
    [-1, 'backup-written', 'automatic'],
  ];
  events.forEach(([days, kind, detail], i) => {
    recordActivity(db, at(days, i * 7), kind, detail);
  });
  createRecoveryKey(practices);

  const folder = join(app.dataDir, 'Backup drive', 'Coachbook');
  const { path, keyFile } = practices.unlocked();
  saveBackupSettings(practices, keyFile.practiceId, path, { folder, keep: 10 });
  for (const [days, minutes] of [
    [-24, 0],
    [-17, 3],
    [-9, 41],
    [-3, 12],
    [-1, 7],
  ] as const) {
    backupNow(practices, at(days, minutes));
  }

  return { folder };
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('settings (%s)', (scheme) => {
  it('captures every tab, its dialogs and the damaged-practice screen', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `settings-${name}-${scheme}.png`) });
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      app.practices.unlocked();
      seed(app);
      await page.setViewportSize({ width: 1200, height: 1250 });
      await app.open();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.keyboard.press('Control+5');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await shot('01-practice');

      const tab = (name: string) => page.getByRole('tab', { name });
      await page.setViewportSize({ width: 1200, height: 1180 });
      await tab('Security').click();
      await page.getByRole('heading', { name: 'Recovery key' }).waitFor();
      await page.getByLabel('Current passphrase').fill('not my passphrase');
      await page.getByLabel('New passphrase', { exact: true }).fill('amber harbour lanterns');
      await page.getByLabel('Repeat new passphrase').fill('amber harbour lanterns');
      await page.getByRole('button', { name: 'Change passphrase' }).click();
      await page.getByText('That passphrase is not right.').waitFor();
      await shot('02-security');
      await page.getByRole('button', { name: 'Create a new recovery key…' }).click();
      await page.getByRole('dialog', { name: 'Create a new recovery key?' }).waitFor();
      await shot('03-recovery-key-dialog');
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1200, height: 1120 });

      await tab('Backups').click();
      await page.getByRole('table', { name: 'Saved backups' }).waitFor();
      await page.getByRole('button', { name: 'Check practice file' }).click();
      await page.getByText('No damage found').waitFor();
      await shot('04-backups');
      await page
        .getByRole('button', { name: /^Preview/ })
        .nth(1)
        .click();
      await page.getByRole('dialog', { name: 'Backup preview' }).getByText('Clients').waitFor();
      await shot('05-backup-preview');
      await page.getByRole('dialog').getByRole('button', { name: 'Restore…' }).click();
      await page
        .getByRole('dialog', { name: /^Restore the backup of/ })
        .getByText('This backup holds')
        .waitFor();
      await shot('06-restore-dialog');
      await page.getByRole('button', { name: 'Restore backup' }).click();
      await page.getByText('The file as it was is kept at').waitFor();
      await page.getByRole('table', { name: 'Saved backups' }).waitFor();
      await shot('07-restored');
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await page.setViewportSize({ width: 1200, height: 1000 });

      await tab('Record keeping').click();
      await page.getByRole('table', { name: 'Due for disposal' }).waitFor();
      await shot('08-retention');
      await page.getByRole('button', { name: 'Delete permanently…' }).click();
      const dispose = page.getByRole('dialog', { name: /permanently\?$/ });
      await dispose.getByLabel('Type 3 to confirm').fill('three');
      await dispose.getByRole('button', { name: 'Delete permanently' }).click();
      await dispose.getByText('Type 3 to confirm.').waitFor();
      await shot('09-dispose-dialog');
      await page.keyboard.press('Escape');

      await tab('Activity').click();
      await page.getByRole('region', { name: 'Activity log' }).waitFor();
      await shot('10-activity');

      // A damaged practice file: the unlock screen offers the latest backup.
      const file = app.practices.status().current?.path ?? '';
      app.practices.lock();
      writeFileSync(file, randomBytes(64 * 1024));
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.reload();
      await page.getByLabel('Passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('heading', { name: 'This practice file cannot be opened' }).waitFor();
      await shot('11-damaged-practice');
      await page.getByLabel('Passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Restore the latest backup' }).click();
      await page.getByText('The damaged file is kept at').waitFor();
      await page.getByRole('table', { name: 'Saved backups' }).waitFor();
      await shot('12-damaged-restored');
    } finally {
      await app.close();
    }
  });
});

describe('settings in Spanish', () => {
  it('captures every tab and its dialogs in Spanish', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `settings-${name}-es.png`) });
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      app.practices.unlocked();
      seed(app);
      await page.setViewportSize({ width: 1200, height: 1250 });
      await app.open();
      await page.evaluate(() =>
        window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('navigation', { name: 'Principal' }).waitFor();
      await page.keyboard.press('Control+5');
      await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
      await page.getByRole('heading', { name: 'Idioma y región' }).waitFor();
      await shot('01-practice');

      const tab = (name: string) => page.getByRole('tab', { name, exact: true });
      await page.setViewportSize({ width: 1200, height: 1180 });
      await tab('Seguridad').click();
      await page.getByRole('heading', { name: 'Clave de recuperación' }).waitFor();
      await page.getByLabel('Nueva frase de contraseña', { exact: true }).fill('amber harbour lanterns');
      await page.getByLabel('Repite la nueva frase de contraseña').fill('amber harbour lantern');
      await page.getByRole('button', { name: 'Cambiar la frase de contraseña' }).click();
      await page.getByText('Las dos frases de contraseña no coinciden.').waitFor();
      await shot('02-security');
      await page.getByRole('button', { name: 'Crear una nueva clave de recuperación…' }).click();
      await page.getByRole('dialog', { name: '¿Crear una nueva clave de recuperación?' }).waitFor();
      await shot('03-recovery-key-dialog');
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1200, height: 1120 });

      await tab('Copias de seguridad').click();
      await page.getByRole('table', { name: 'Copias guardadas' }).waitFor();
      await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
      await page.getByText('No se encontraron daños').waitFor();
      await shot('04-backups');
      await page
        .getByRole('button', { name: /^Ver la copia/ })
        .nth(1)
        .click();
      await page
        .getByRole('dialog', { name: 'Vista previa de la copia de seguridad' })
        .getByText('Clientes')
        .waitFor();
      await shot('05-backup-preview');
      await page.getByRole('dialog').getByRole('button', { name: 'Restaurar…' }).click();
      await page
        .getByRole('dialog', { name: /^¿Restaurar la copia de seguridad/ })
        .getByText('Esta copia de seguridad contiene')
        .waitFor();
      await shot('06-restore-dialog');
      await page.getByRole('button', { name: 'Restaurar la copia', exact: true }).click();
      await page.getByText('El archivo tal como estaba se guarda en').waitFor();
      await page.getByRole('table', { name: 'Copias guardadas' }).waitFor();
      await shot('07-restored');
      await page.getByRole('button', { name: 'Descartar' }).click();
      await page.setViewportSize({ width: 1200, height: 1000 });

      await tab('Conservación de registros').click();
      await page.getByRole('table', { name: 'Pendientes de eliminar' }).waitFor();
      await shot('08-retention');
      await page.getByRole('button', { name: 'Borrar de forma permanente…' }).click();
      const dispose = page.getByRole('dialog', { name: /^¿Borrar de forma permanente/ });
      await dispose.getByLabel('Escribe 3 para confirmar').fill('tres');
      await dispose.getByRole('button', { name: 'Borrar de forma permanente' }).click();
      await dispose.getByText('Escribe 3 para confirmar.').waitFor();
      await shot('09-dispose-dialog');
      await page.keyboard.press('Escape');

      await tab('Actividad').click();
      await page.getByRole('region', { name: 'Registro de actividad' }).waitFor();
      await shot('10-activity');
    } finally {
      await app.close();
    }
  });
});
