import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, launchBrowser, startApp } from './harness';

const PASSPHRASE = 'quiet river morning 42';
const HEADER = [
  'Client Name',
  'Contact Info',
  'Individual or Group',
  '# in group',
  'Start Date',
  'End Date',
  'Paid Hours',
  'Pro Bono Hours',
];
const GOOD = [
  ['Nguyễn Thị Lan', 'lan@example.org', 'Individual', '1', '03/04/2025', '05/06/2025', '12,5', '0'],
  ['李雷', 'li.lei@example.cn', 'Group', '6', '01/02/2025', '01/03/2025', '6', '1,5'],
  ['محمد', '+971 4 123 4567', 'Individual', '', '02/03/2025', '02/03/2025', '0', '1'],
];
const BAD = ['Zoë Fairweather', 'zoe@example.org', 'Individual', '', '10/04/2025', '01/04/2025', '2', '0'];

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

function writeLog(name: string, rows: string[][]): string {
  const path = join(app.dataDir, name);
  writeFileSync(
    path,
    `\uFEFF${Papa.unparse([HEADER, ...rows, ['Total', '', '', '', '', '', '', '']], { delimiter: ';' })}`,
  );
  return path;
}

const importedCount = () =>
  app.practices.requireDb().prepare('SELECT count(*) FROM manual_hours').pluck().get() as number;

describe('a coach importing the log they kept before Coachbook', () => {
  it('previews it with errors, switches the date order, imports the fixed file once', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    await app.open();
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Hours' }).waitFor();
    await page.getByRole('button', { name: 'Import existing log…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import existing log' });
    await dialog.waitFor();

    // The coach cancels the file dialog: nothing changes.
    app.dialogs.nextOpenFile = null;
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Choose file…' }).isEnabled()).toBe(true);

    app.dialogs.nextOpenFile = writeLog('old-log.csv', [...GOOD, BAD]);
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    const table = dialog.getByRole('table', { name: 'Rows in the file' });
    await table.waitFor();
    const focusInDialog = () => page.evaluate(() => document.activeElement?.closest('dialog') != null);
    await expect.poll(focusInDialog).toBe(true);
    // Rows with errors are shown first, the message beside the cell.
    await expect.poll(() => table.getByText('The end date is before the start date.').isVisible()).toBe(true);
    await expect
      .poll(() => dialog.getByText('Row 6 is a totals row: it was skipped.').isVisible())
      .toBe(true);
    const importButton = dialog.getByRole('button', { name: /^Import \d+ entr/ });
    expect(await importButton.textContent()).toBe('Import 3 entries');
    expect(await importButton.isDisabled()).toBe(true);

    // Nothing in the file says which order its dates are in: the coach switches it and the rows are read again.
    // Dates read show their month in words (en-US here), whatever the coach's date format.
    await dialog.getByRole('button', { name: /^All rows/ }).click();
    const lan = table.getByRole('row', { name: /Nguyễn Thị Lan/ });
    expect(await lan.textContent()).toContain('Apr 3, 2025');
    await dialog.getByText('Month first').click();
    await expect.poll(() => lan.textContent()).toContain('Mar 4, 2025');
    expect(await lan.textContent()).toContain('May 6, 2025');
    await dialog.getByText('Day first').click();
    await expect.poll(() => lan.textContent()).toContain('Apr 3, 2025');

    // Committing is refused while any row has errors: nothing was written.
    expect(importedCount()).toBe(0);

    app.dialogs.nextOpenFile = writeLog('fixed-log.csv', [
      ...GOOD,
      [...BAD.slice(0, 4), '01/04/2025', '10/04/2025', '2', '0'],
    ]);
    await dialog.getByRole('button', { name: 'Choose another file…' }).click();
    await expect.poll(() => importButton.textContent()).toBe('Import 4 entries');
    expect(await importButton.isEnabled()).toBe(true);
    await importButton.click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Imported 4 entries.');
    await expect.poll(focusInDialog).toBe(true);
    expect(importedCount()).toBe(4);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The same file again: every row is recognised, nothing is added.
    await page.getByRole('button', { name: 'Import existing log…' }).click();
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => dialog.getByText('Every row is already in Coachbook.').isVisible()).toBe(true);
    expect(await importButton.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(importedCount()).toBe(4);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('previews and imports in Spanish', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    await app.open();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Horas' }).waitFor();
    await page.getByRole('button', { name: 'Importar registro existente…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar registro existente' });
    await dialog.getByRole('heading', { name: 'Una lista de sesiones' }).waitFor();

    app.dialogs.nextOpenFile = writeLog('registro.csv', [...GOOD, BAD]);
    await dialog.getByRole('button', { name: 'Elegir archivo…' }).click();
    const table = dialog.getByRole('table', { name: 'Filas del archivo' });
    await table.waitFor();
    expect(await dialog.getByRole('status').textContent()).toContain('3 entradas nuevas');
    const importButton = dialog.getByRole('button', { name: /^Importar \d+ entrada/ });
    expect(await importButton.textContent()).toBe('Importar 3 entradas');
    expect(await importButton.isDisabled()).toBe(true);
    expect(await dialog.textContent()).toContain('Corrige esta fila en el archivo');
    // The row error, the note about the file and the values read, in Spanish too.
    await expect
      .poll(() => table.getByText('La fecha de fin es anterior a la fecha de inicio.').isVisible())
      .toBe(true);
    expect(await dialog.getByText('La fila 6 es una fila de totales: se omitió.').isVisible()).toBe(true);

    await dialog.getByRole('button', { name: /^Todas las filas/ }).click();
    const lan = table.getByRole('row', { name: /Nguyễn Thị Lan/ });
    expect(await lan.textContent()).toContain('3 abr 2025');
    expect(await lan.textContent()).toContain('12,5');
    expect(await table.getByRole('row', { name: /李雷/ }).textContent()).toContain('Grupal');
    await dialog.getByText('Primero el mes').click();
    await expect.poll(() => lan.textContent()).toContain('4 mar 2025');

    app.dialogs.nextOpenFile = writeLog('registro-corregido.csv', GOOD);
    await dialog.getByRole('button', { name: 'Elegir otro archivo…' }).click();
    await expect.poll(() => importButton.textContent()).toBe('Importar 3 entradas');
    await importButton.click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Se importaron 3 entradas.');
    await dialog.getByRole('button', { name: 'Listo' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
