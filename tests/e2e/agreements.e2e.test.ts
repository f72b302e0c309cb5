import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
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

/** A practice with one client in an individual engagement, unlocked in the page. */
async function practiceWithEngagement() {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  const db = app.practices.requireDb();
  const client = createClient(
    db,
    systemClock,
    clientFields.parse({ fullName: 'Nguyễn Thị Lan', email: 'lan@example.org' }),
  );
  createEngagement(
    db,
    systemClock,
    engagementFields.parse({
      title: 'Leadership transition',
      kind: 'individual',
      participantIds: [client.id],
      focus: 'specific-purpose',
      focusDescription: 'Stepping into a first team-lead role.',
      feeArrangement: 'package',
      feeMinor: 180000,
      currency: 'USD',
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      plannedSessions: 10,
      frequency: 'fortnightly',
    }),
  );
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Switches the app to Spanish (a preference outside the practice file) and waits for the shell again. */
async function inSpanish() {
  const { page } = app;
  await page.evaluate(() =>
    window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Principal' }).waitFor();
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('a coach writing a coaching agreement', () => {
  it('creates it from the template, signs it, exports the PDF and attaches the scanned copy', async () => {
    await practiceWithEngagement();
    const { page } = app;
    await page.keyboard.press('Control+4');
    await page.getByRole('button', { name: 'New agreement' }).first().click();
    await page.getByLabel('Engagement').selectOption({ label: 'Leadership transition — Nguyễn Thị Lan' });
    await page.getByRole('button', { name: 'Create draft' }).click();

    const editor = page.getByRole('region', { name: 'Edit agreement' });
    await editor.waitFor();
    const body = page.getByLabel('Agreement text');
    expect(await body.inputValue()).toContain(
      'between Nguyễn Thị Lan ("the client") and Ana Rivera of Rivera Coaching',
    );
    expect(await body.inputValue()).toContain(
      'The fee for the whole programme is $1,800.00, paid by the client.',
    );

    // Edit the draft: the preview follows, and saving keeps it.
    await body.fill(`${await body.inputValue()}\n\n## Extra\n\nWe meet on Tuesdays.`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
    await expect.poll(() => editor.getByRole('heading', { name: 'Extra' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => page.getByText('Sent', { exact: true }).isVisible()).toBe(true);
    // Signing is refused until both parties have signed.
    expect(await page.getByRole('button', { name: 'Mark as signed' }).isDisabled()).toBe(true);

    const clientSig = page.getByRole('form', { name: 'Client signature' });
    expect(await clientSig.getByLabel('Client name').inputValue()).toBe('Nguyễn Thị Lan');
    await clientSig.getByLabel('Client signing date').fill('2026-11-30');
    // Draw a signature stroke with the mouse.
    const pad = clientSig.getByRole('img', { name: /drawing area/ });
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad');
    await page.mouse.move(box.x + 20, box.y + 50);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 20, { steps: 8 });
    await page.mouse.move(box.x + 220, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await clientSig.getByRole('button', { name: 'Add client signature' }).click();
    await expect.poll(() => page.getByRole('img', { name: 'Client signature' }).isVisible()).toBe(true);

    const coachSig = page.getByRole('form', { name: 'Coach signature' });
    expect(await coachSig.getByLabel('Coach name').inputValue()).toBe('Ana Rivera');
    await coachSig.getByRole('button', { name: 'Add coach signature' }).click();
    await page.getByRole('button', { name: 'Mark as signed' }).click();
    await expect.poll(() => page.getByText('Signed', { exact: true }).isVisible()).toBe(true);

    const pdfPath = join(app.dataDir, 'agreement.pdf');
    app.dialogs.nextSavePath = pdfPath;
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(pdfPath);
    const text = pdfText(pdfPath);
    expect(text).toContain('Coaching agreement');
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('Ana Rivera');
    expect(text).toContain('$1,800.00');
    expect(text).toContain('We meet on Tuesdays.');
    expect(text).toContain('Coaching is not therapy');
    expect(text).not.toContain('DRAFT');

    // The scanned signed copy goes inside the practice file.
    const scan = join(app.dataDir, 'scan.pdf');
    writeFileSync(scan, readFileSync(pdfPath));
    app.dialogs.nextOpenFile = scan;
    await page.getByRole('button', { name: 'Attach signed copy…' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Attachments' }).textContent())
      .toContain('scan.pdf');
    const stored = app.practices
      .requireDb()
      .prepare('SELECT bytes FROM agreement_attachment')
      .pluck()
      .get() as Buffer;
    expect(stored.equals(readFileSync(scan))).toBe(true);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a draft PDF as a draft and edits the template the next agreement uses', async () => {
    await practiceWithEngagement();
    const { page } = app;
    await page.keyboard.press('Control+4');
    await page.getByRole('tab', { name: 'Templates' }).click();
    const templateBody = page.getByLabel('Template text');
    await templateBody.fill(
      `${await templateBody.inputValue()}\n\nSessions happen by video for {{client.name}}.`,
    );
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.getByText('Template saved').isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Agreements' }).click();
    await page.getByRole('button', { name: 'New agreement' }).first().click();
    await page.getByRole('button', { name: 'Create draft' }).click();
    const body = page.getByLabel('Agreement text');
    await body.waitFor();
    expect(await body.inputValue()).toContain('Sessions happen by video for Nguyễn Thị Lan.');

    const pdfPath = join(app.dataDir, 'draft.pdf');
    app.dialogs.nextSavePath = pdfPath;
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect.poll(() => existsSync(pdfPath)).toBe(true);
    expect(pdfText(pdfPath)).toContain('DRAFT');
  });

  it('writes and signs an agreement in Spanish', async () => {
    await practiceWithEngagement();
    await inSpanish();
    const { page } = app;
    await page.keyboard.press('Control+4');
    await page.getByRole('heading', { level: 1, name: 'Acuerdos' }).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Aún no hay acuerdos' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Nuevo acuerdo' }).first().click();
    const form = page.getByRole('form', { name: 'Nuevo acuerdo' });
    await form
      .getByLabel('Proceso de coaching')
      .selectOption({ label: 'Leadership transition — Nguyễn Thị Lan' });
    await form.getByLabel('Plantilla').waitFor();
    // The shipped template follows the coach's language, and so does the agreement made from it.
    await expect
      .poll(() => form.getByLabel('Plantilla').locator('option:checked').textContent())
      .toBe('Acuerdo de coaching (predeterminado)');
    await form.getByRole('button', { name: 'Crear borrador' }).click();

    const editor = page.getByRole('region', { name: 'Editar acuerdo' });
    await editor.waitFor();
    expect(await editor.getByText('Todos los cambios guardados').isVisible()).toBe(true);
    expect(await editor.getByRole('button', { name: 'Guardar borrador' }).isDisabled()).toBe(true);
    expect(await editor.getByRole('heading', { name: 'Vista previa' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Firmas' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Copia firmada' }).isVisible()).toBe(true);
    expect(await editor.getByText('El coaching no es terapia', { exact: false }).first().isVisible()).toBe(
      true,
    );
    expect(await editor.getByText('Coaching is not therapy', { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: 'Marcar como enviado' }).click();
    await expect.poll(() => page.getByText('Enviado', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Marcar como firmado' }).isDisabled()).toBe(true);
    const clientSig = page.getByRole('form', { name: 'Firma del cliente' });
    expect(await clientSig.getByLabel('Nombre del cliente').inputValue()).toBe('Nguyễn Thị Lan');
    await clientSig.getByLabel('Fecha de firma del cliente').fill('2026-11-30');
    expect(await clientSig.getByRole('img', { name: /zona de dibujo/ }).isVisible()).toBe(true);
    await clientSig.getByRole('button', { name: 'Añadir firma del cliente' }).click();
    // The signing day is shown in the language's own words.
    await expect.poll(() => page.getByText('30 nov 2026').isVisible()).toBe(true);
    const coachSig = page.getByRole('form', { name: 'Firma del coach' });
    await coachSig.getByRole('button', { name: 'Añadir firma del coach' }).click();
    await page.getByRole('button', { name: 'Marcar como firmado' }).click();
    await expect.poll(() => page.getByText('Firmado', { exact: true }).isVisible()).toBe(true);

    await page.getByRole('button', { name: '← Todos los acuerdos' }).click();
    const table = page.getByRole('table', { name: 'Acuerdos' });
    await table.waitFor();
    for (const name of ['Acuerdo', 'Proceso de coaching', 'Estado', 'Termina']) {
      expect(await table.getByRole('columnheader', { name }).isVisible(), name).toBe(true);
    }
    expect(await table.getByText('Firmado', { exact: true }).isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Plantillas' }).click();
    const template = page.getByRole('region', { name: 'Editar plantilla' });
    await template.waitFor();
    expect(await template.getByLabel('Nombre de la plantilla').isVisible()).toBe(true);
    expect(await template.getByLabel('Texto de la plantilla').isVisible()).toBe(true);
    expect(await template.getByRole('button', { name: 'Guardar plantilla' }).isDisabled()).toBe(true);
    expect(await template.textContent()).toContain('Campos combinados');
    expect(await page.getByRole('button', { name: 'Duplicar plantilla' }).isVisible()).toBe(true);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
