import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoachbookApi } from '../../electron/shared/api';
import type { ClientFieldsInput } from '../../electron/shared/clients';
import type { EngagementFieldsInput } from '../../electron/shared/engagements';
import { type AppHarness, launchBrowser, startApp } from './harness';

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

type Win = { coachbook: CoachbookApi };

async function openPractice(): Promise<Page> {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  await app.open();
  await expect
    .poll(() => app.page.getByRole('heading', { level: 1, name: 'Clients' }).isVisible())
    .toBe(true);
  return app.page;
}

async function addClient(page: Page, fields: ClientFieldsInput): Promise<string> {
  const result = await page.evaluate((f) => (window as unknown as Win).coachbook.clients.create(f), fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

async function addEngagement(page: Page, fields: EngagementFieldsInput): Promise<string> {
  const result = await page.evaluate(
    (f) => (window as unknown as Win).coachbook.engagements.create(f),
    fields,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

const engagement = (title: string, participantIds: string[]): EngagementFieldsInput => ({
  title,
  kind: 'individual',
  participantIds,
  focus: 'specific-purpose',
  feeArrangement: 'per-session',
  feeMinor: 12000,
  currency: 'EUR',
  startDate: '2029-09-01',
  sessionMinutes: 60,
});

function sessionRows(): {
  ics_uid: string | null;
  starts_at: string;
  is_draft: number;
  engagement_id: string;
}[] {
  return app.practices
    .requireDb()
    .prepare('SELECT ics_uid, starts_at, is_draft, engagement_id FROM session ORDER BY starts_at')
    .all() as { ics_uid: string | null; starts_at: string; is_draft: number; engagement_id: string }[];
}

function expectClean() {
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
}

/** A work calendar exported from a calendar app, in the week of Monday 11 March 2030. */
const WORK_CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//Calendar//EN',
  'BEGIN:VEVENT',
  'UID:lan-weekly@calendar.example',
  'DTSTAMP:20300101T120000Z',
  'DTSTART;TZID=Europe/Madrid:20300311T100000',
  'DTEND;TZID=Europe/Madrid:20300311T110000',
  'RRULE:FREQ=WEEKLY;COUNT=3',
  'SUMMARY:Coaching – Lan',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:mateo-1@calendar.example',
  'DTSTAMP:20300101T120000Z',
  'DTSTART:20300313T160000Z',
  'DURATION:PT45M',
  'SUMMARY:Check-in',
  'ATTENDEE;CN=Mateo Fernandez Garcia:mailto:mateo@example.es',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:dentist@calendar.example',
  'DTSTAMP:20300101T120000Z',
  'DTSTART:20300312T080000Z',
  'DURATION:PT30M',
  'SUMMARY:Dentist',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:holiday@calendar.example',
  'DTSTART;VALUE=DATE:20300319',
  'SUMMARY:San José',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:gone@calendar.example',
  'DTSTART:20300314T090000Z',
  'DURATION:PT1H',
  'STATUS:CANCELLED',
  'SUMMARY:Lan (cancelled)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:broken@calendar.example',
  'DTSTART;TZID=Atlantis/Capital:20300315T090000',
  'SUMMARY:Mystery meeting',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('a coach bringing sessions in from their calendar', () => {
  it('imports a calendar file as drafts, sees them in the agenda, and importing again adds nothing', async () => {
    const page = await openPractice();
    const lan = await addClient(page, { fullName: 'Nguyễn Thị Lan', preferredName: 'Lan' });
    const mateo = await addClient(page, { fullName: 'Mateo Fernández García', preferredName: 'Mateo' });
    const lanEngagement = await addEngagement(page, engagement('Founder transition', [lan]));
    const mateoEngagement = await addEngagement(page, engagement('First-time manager', [mateo]));
    const icsPath = join(app.dataDir, 'work calendar.ics');
    writeFileSync(icsPath, WORK_CALENDAR);

    await page.getByRole('button', { name: 'Sessions' }).first().click();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await expect.poll(() => agenda.isVisible()).toBe(true);

    // First import: four sessions matched by name (accents or not), one event to assign, problems listed.
    app.dialogs.nextOpenFile = icsPath;
    await page.getByRole('button', { name: 'Import from calendar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from calendar' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('work calendar.ics').isVisible()).toBe(true);
    const problems = dialog.getByRole('region', { name: 'Problems reading the file' });
    expect(await problems.textContent()).toContain('Mystery meeting');
    expect(await problems.textContent()).toContain(
      'The time zone "Atlantis/Capital" is not one Coachbook recognises.',
    );
    expect(await dialog.getByText('Left out: 1 all-day event, 1 cancelled event.').isVisible()).toBe(true);

    const rows = dialog.getByRole('table', { name: 'Calendar events' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(5); // header + 4 matched events
    const lanBoxes = dialog.getByRole('checkbox', { name: /^Import Coaching – Lan/ });
    expect(await lanBoxes.count()).toBe(3);
    for (const box of await lanBoxes.all()) expect(await box.isChecked()).toBe(true);
    const mateoSelect = dialog.getByRole('combobox', { name: /^Engagement for Check-in/ });
    expect(await mateoSelect.inputValue()).toBe(mateoEngagement);

    // The unmatched event is hidden until asked for, and is not imported unless assigned.
    expect(await dialog.getByText('Dentist').count()).toBe(0);
    await dialog.getByRole('checkbox', { name: 'Show 1 event that matches no client' }).check();
    await expect.poll(() => rows.count()).toBe(6);
    expect(await dialog.getByRole('checkbox', { name: /^Import Dentist/ }).isDisabled()).toBe(true);

    const importButton = dialog.getByRole('button', { name: 'Import 4 as drafts' });
    await importButton.click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported 4 sessions as drafts.' }).isVisible())
      .toBe(true);

    const created = sessionRows();
    expect(created.map((s) => [s.starts_at, s.is_draft, s.engagement_id])).toEqual([
      ['2030-03-11T09:00:00.000Z', 1, lanEngagement],
      ['2030-03-13T16:00:00.000Z', 1, mateoEngagement],
      ['2030-03-18T09:00:00.000Z', 1, lanEngagement],
      ['2030-03-25T09:00:00.000Z', 1, lanEngagement],
    ]);

    // The agenda moved to the week of the first imported session and shows the drafts there
    // (the week starts on the locale's first day: Sunday 10 March in en-US).
    const title = agenda.getByRole('heading', { level: 2 });
    await expect.poll(() => title.textContent()).toMatch(/^(Mar 10 – 16, 2030|11–17 Mar 2030)$/);
    const drafts = agenda.getByRole('button', { name: /draft from calendar/ });
    await expect.poll(() => drafts.count()).toBe(2);
    expect(
      await agenda
        .getByRole('button', { name: /^10:00\W{1,5}11:00\W.*Nguyễn Thị Lan, Founder transition, 1 h/ })
        .count(),
    ).toBe(1);
    expect(
      await agenda
        .getByRole('list', { name: /Monday, 11 March 2030: 1 session|Monday, March 11, 2030: 1 session/ })
        .count(),
    ).toBe(1);

    // Second import of the same file: everything is already there, nothing can be imported.
    app.dialogs.nextOpenFile = icsPath;
    await page.getByRole('button', { name: 'Import from calendar…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('Already in Coachbook', { exact: true }).count()).toBe(4);
    for (const box of await dialog.getByRole('checkbox', { name: /^Import Coaching – Lan/ }).all()) {
      expect(await box.isChecked()).toBe(false);
      expect(await box.isDisabled()).toBe(true);
    }
    expect(await dialog.getByRole('button', { name: 'Import 0 as drafts' }).isDisabled()).toBe(true);
    expect(await dialog.getByText('Nothing new to import.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(sessionRows()).toHaveLength(4);

    // Keyboard: the next week holds the second weekly session; the day view narrows to one day.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toMatch(/^(Mar 17 – 23, 2030|18–24 Mar 2030)$/);
    await expect.poll(() => drafts.count()).toBe(1);
    await page.keyboard.press('d');
    await expect.poll(() => agenda.getByRole('list').count()).toBe(1);
    await page.keyboard.press('w');
    await expect.poll(() => agenda.getByRole('list').count()).toBe(7);

    // A draft opens as a session to confirm.
    await drafts.first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).isVisible())
      .toBe(true);
    expectClean();
  });

  it('works in Spanish: the agenda, the import and the export, with weeks from the chosen first day', async () => {
    const page = await openPractice();
    const lan = await addClient(page, { fullName: 'Nguyễn Thị Lan', preferredName: 'Lan' });
    const mateo = await addClient(page, { fullName: 'Mateo Fernández García', preferredName: 'Mateo' });
    await addEngagement(page, engagement('Founder transition', [lan]));
    await addEngagement(page, engagement('First-time manager', [mateo]));
    const icsPath = join(app.dataDir, 'work calendar.ics');
    writeFileSync(icsPath, WORK_CALENDAR);

    await page.evaluate(() =>
      (window as unknown as Win).coachbook.preferences.set({
        language: 'es',
        dateFormat: 'locale',
        weekStart: 'locale',
      }),
    );
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Clientes' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Sesiones' }).first().click();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await expect.poll(() => agenda.isVisible()).toBe(true);
    for (const name of ['Hoy', 'Semana anterior', 'Semana siguiente', 'Día', 'Semana']) {
      expect(await agenda.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
    // Spanish weeks start on Monday.
    expect(await agenda.locator('.agenda-weekday').first().textContent()).toBe('lun');

    app.dialogs.nextOpenFile = icsPath;
    await agenda.getByRole('button', { name: 'Importar del calendario…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar del calendario' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const problems = dialog.getByRole('region', { name: 'Problemas al leer el archivo' });
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.textContent()).toContain(
      'Coachbook no reconoce la zona horaria «Atlantis/Capital».',
    );
    expect(await dialog.getByText('Omitidos: 1 evento de todo el día, 1 evento cancelado.').isVisible()).toBe(
      true,
    );
    expect(
      await dialog.getByRole('columnheader', { name: 'Proceso de coaching', exact: true }).isVisible(),
    ).toBe(true);
    await dialog
      .getByRole('checkbox', { name: 'Mostrar 1 evento que no coincide con ningún cliente' })
      .check();
    await expect.poll(() => dialog.getByText('4 de 5 seleccionados').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Importar 4 como borradores' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Se importaron 4 sesiones como borradores.' }).isVisible(),
      )
      .toBe(true);

    // The week of Monday 11 March 2030, written the Spanish way.
    const title = agenda.getByRole('heading', { level: 2 });
    await expect.poll(() => title.textContent()).toMatch(/^11\s?–\s?17 mar 2030$/);
    await expect
      .poll(() => agenda.getByRole('list', { name: 'lunes, 11 de marzo de 2030: 1 sesión' }).count())
      .toBe(1);
    await expect.poll(() => agenda.getByRole('button', { name: /borrador del calendario/ }).count()).toBe(2);
    expect(
      await agenda.getByText('2 sesiones esta semana, 2 de ellas en borrador por revisar.').count(),
    ).toBe(1);

    // Weeks from Sunday, chosen in Settings: the same week now starts on Sunday 10 March.
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByLabel('Primer día de la semana').selectOption('sunday');
    await page.getByRole('button', { name: 'Sesiones' }).first().click();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await expect.poll(() => title.textContent()).toMatch(/^10\s?–\s?16 mar 2030$/);
    expect(await agenda.locator('.agenda-weekday').first().textContent()).toBe('dom');

    const savePath = join(app.dataDir, 'sesiones.ics');
    app.dialogs.nextSavePath = savePath;
    await agenda.getByRole('button', { name: 'Exportar .ics…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Exportar a tu calendario' });
    await expect.poll(() => exportDialog.isVisible()).toBe(true);
    await exportDialog.getByLabel('Desde').fill('2030-03-31');
    await exportDialog.getByLabel('Hasta').fill('2030-03-01');
    await exportDialog.getByRole('button', { name: 'Exportar…' }).click();
    await expect
      .poll(() => exportDialog.getByText('El último día es anterior al primero.').isVisible())
      .toBe(true);
    await exportDialog.getByRole('button', { name: 'Cancelar' }).click();
    expectClean();
  });

  it('exports the scheduled sessions of a period to an .ics file', async () => {
    const page = await openPractice();
    const lan = await addClient(page, { fullName: 'Nguyễn Thị Lan', preferredName: 'Lan' });
    const lanEngagement = await addEngagement(page, engagement('Founder transition', [lan]));
    const created = await page.evaluate(
      (engagementId) =>
        (window as unknown as Win).coachbook.sessions.create({
          engagementId,
          startsAt: '2030-03-12T09:00:00Z',
          timeZone: 'Europe/Madrid',
          durationMinutes: 60,
          format: 'video',
          attendance: 'scheduled',
          payment: 'paid',
          currency: 'EUR',
        }),
      lanEngagement,
    );
    if (!created.ok) throw new Error(created.error.message);

    await page.getByRole('button', { name: 'Sessions' }).first().click();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const savePath = join(app.dataDir, 'sessions.ics');
    app.dialogs.nextSavePath = savePath;
    await page.getByRole('button', { name: 'Export .ics…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to your calendar' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('From').fill('2030-03-01');
    await dialog.getByLabel('To').fill('2030-03-31');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: savePath }).isVisible()).toBe(true);

    const text = readFileSync(savePath, 'utf8');
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        `UID:${created.value.id}@coachbook`,
        'DTSTART:20300312T090000Z',
        'DTEND:20300312T100000Z',
        'SUMMARY:Coaching: Nguyễn Thị Lan',
      ]),
    );
    expectClean();
  });
});
