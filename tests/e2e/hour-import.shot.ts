import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: the log import from the Hours page (Ctrl+3, "Import existing log…"): what it accepts,
 * the preview with errors, the date-order switch and the result, light and dark, at the app's default size.
 */
const OUT = join(__dirname, '../../screenshots');
const HEADER = [
  'Client Name',
  'Contact Information',
  'Individual or Group',
  'Number in Group',
  'Start Date',
  'End Date',
  'Paid Hours',
  'Pro Bono Hours',
];
const ROWS = [
  ['Nguyễn Thị Lan', 'lan.nguyen@saigonbloom.vn', 'Individual', '1', '02/09/2024', '24/02/2025', '12,5', '0'],
  ['李雷', 'li.lei@harbourtech.cn', 'Individual', '', '01/10/2024', '2025-03-11', '8', '0'],
  ['محمد العلي', 'm.alali@nakheel-partners.ae', 'Individual', '1', '14/10/2024', '30/01/2025', '6', '0'],
  [
    'Women in Leadership Circle',
    'sofia.lindqvist@nordkraft.se',
    'Group',
    '',
    '14/01/2025',
    '11/03/2025',
    '9',
    '0',
  ],
  ['Mateo Fernández García', 'mateo.fg@correo.es', 'Individual', '1', '03/02/2025', '28/04/2025', '7,5', '0'],
  ['Kwame Mensah', '+233 30 221 4455', 'Individual', '1', '10/02/2025', '05/02/2025', '0', '4'],
  [
    'Priya Raghunathan',
    'priya.r@meridianhealth.in',
    'One-to-one',
    '1',
    '17/02/2025',
    '31/05/2025',
    '10',
    '0',
  ],
  [
    'Accra Youth Network cohort',
    'kwame@accrayouth.org',
    'Group',
    '12',
    '01/03/2025',
    '30/06/2025',
    '0',
    '14',
  ],
  [
    'Sofia Lindqvist',
    'sofia.lindqvist@nordkraft.se',
    'Individual',
    '1',
    '12/03/2025',
    '12/03/2025',
    'two',
    '0',
  ],
  ['Hannah Schmidt', 'h.schmidt@rheinwerk.de', 'Couple', '2', '19/03/2025', '18/06/2025', '5,5', '0'],
  ['Grace Thompson', 'grace.t@northwind.ca', 'Individual', '1', '02/04/2025', '25/06/2025', '6', '1,5'],
  ['Tomás Ó Briain', 'tomas.obriain@gmail.com', 'Individual', '1', '31/04/2025', '30/05/2025', '3', '0'],
  ['Aroha Ngata', 'aroha.ngata@whanau.org.nz', 'Individual', '1', '05/05/2025', '28/07/2025', '0', '6'],
  ['Yuki Tanaka', 'yuki.tanaka@kumo.jp', 'Individual', '1', '12/05/2025', '04/08/2025', '9', '0'],
];
const AMBIGUOUS = [
  ['Nguyễn Thị Lan', 'lan.nguyen@saigonbloom.vn', 'Individual', '1', '03/04/2025', '05/06/2025', '12,5', '0'],
  ['李雷', 'li.lei@harbourtech.cn', 'Group', '6', '01/02/2025', '01/03/2025', '6', '1,5'],
  ['محمد العلي', '+971 4 123 4567', 'Individual', '', '02/03/2025', '02/03/2025', '0', '1'],
  ['Zoë Fairweather', 'zoe@fairweather.studio', 'Individual', '', '10/04/2025', '01/04/2025', '2', '0'],
];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function writeLog(dir: string, name: string, rows: string[][]): string {
  const path = join(dir, name);
  const totals = ['Total', '', '', '', '', '', '', ''];
  writeFileSync(path, `\uFEFF${Papa.unparse([HEADER, ...rows, totals], { delimiter: ';' })}`);
  return path;
}

/** The names the capture finds things by, in each language it shoots. */
const WORDS = {
  en: {
    nav: 'Main',
    hours: 'Hours',
    open: 'Import existing log…',
    dialog: 'Import existing log',
    choose: 'Choose file…',
    chooseAnother: 'Choose another file…',
    table: 'Rows in the file',
    allRows: /^All rows/,
    monthFirst: 'Month first',
    import3: 'Import 3 entries',
    imported3: 'Imported 3 entries.',
  },
  es: {
    nav: 'Principal',
    hours: 'Horas',
    open: 'Importar registro existente…',
    dialog: 'Importar registro existente',
    choose: 'Elegir archivo…',
    chooseAnother: 'Elegir otro archivo…',
    table: 'Filas del archivo',
    allRows: /^Todas las filas/,
    monthFirst: 'Primero el mes',
    import3: 'Importar 3 entradas',
    imported3: 'Se importaron 3 entradas.',
  },
} as const;

// English in light and dark; Spanish in light, named `<screen>-es.png`.
describe.each([
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'es'],
] as const)('log import (%s, %s)', (scheme, language) => {
  it('captures the preview with errors', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const w = WORDS[language];
    const suffix = language === 'en' ? scheme : language;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${suffix}.png`) });
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      await app.open();
      if (language !== 'en') {
        await page.evaluate(
          (lang) =>
            window.coachbook.preferences.set({ language: lang, dateFormat: 'locale', weekStart: 'locale' }),
          language,
        );
        await page.reload();
      }
      await page.getByRole('navigation', { name: w.nav }).waitFor();
      await page.keyboard.press('Control+3');
      await page.getByRole('heading', { level: 1, name: w.hours }).waitFor();
      await page.getByRole('button', { name: w.open }).click();
      const dialog = page.getByRole('dialog', { name: w.dialog });
      await dialog.waitFor();
      await shot('40-import-log-choose');

      app.dialogs.nextOpenFile = writeLog(app.dataDir, 'client-coaching-log.csv', ROWS);
      await dialog.getByRole('button', { name: w.choose }).click();
      await dialog.getByRole('table', { name: w.table }).waitFor();
      await shot('41-import-log-errors');
      await dialog.getByRole('button', { name: w.allRows }).click();
      await shot('42-import-log-all-rows');

      app.dialogs.nextOpenFile = writeLog(app.dataDir, 'ambiguous-dates.csv', AMBIGUOUS);
      await dialog.getByRole('button', { name: w.chooseAnother }).click();
      await dialog.getByText(w.monthFirst).waitFor();
      await dialog.getByRole('button', { name: w.allRows }).click();
      await shot('43-import-log-date-order');

      app.dialogs.nextOpenFile = writeLog(app.dataDir, 'fixed.csv', AMBIGUOUS.slice(0, 3));
      await dialog.getByRole('button', { name: w.chooseAnother }).click();
      await dialog.getByRole('button', { name: w.import3 }).click();
      await dialog.getByText(w.imported3).waitFor();
      await shot('44-import-log-done');
    } finally {
      await app.close();
    }
  });
});
