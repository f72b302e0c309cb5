import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { readCoachProfile, readPracticeDefaults } from '../../electron/core/coach/profile';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { getNote } from '../../electron/core/sessions/notes';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { sessionFields } from '../../electron/shared/sessions';
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

// A 1×1 PNG, as a file the coach picks.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function openProfile(): Promise<void> {
  app = await startApp(browser);
  app.practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'profile passphrase 1',
  });
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  await app.page.keyboard.press('Control+5');
  await app.page.getByRole('tab', { name: 'Profile' }).click();
  await app.page.getByRole('heading', { name: 'Your profile' }).waitFor();
}

describe('Settings › Profile', () => {
  it('keeps the coach’s name, credentials, email and signature, and the practice defaults', async () => {
    await openProfile();
    const { page } = app;
    const profile = page.getByRole('region', { name: 'Your profile' });
    await profile.getByLabel('Your name').fill('Ana Rivera Soto');
    await profile.getByLabel('Email').fill('ana@example.org');
    await profile.getByRole('button', { name: 'Add a credential' }).click();
    await profile.getByLabel('Credential', { exact: true }).fill('PCC');
    await profile.getByLabel('Member number').fill('004211');

    const dir = mkdtempSync(join(tmpdir(), 'sig-'));
    writeFileSync(join(dir, 'signature.png'), PNG);
    writeFileSync(join(dir, 'signature.jpg'), PNG);
    // A JPEG is refused with a reason; a PNG is shown back before saving.
    await profile.getByLabel('Choose a PNG image…').setInputFiles(join(dir, 'signature.jpg'));
    await expect.poll(() => profile.getByRole('alert').textContent()).toContain('Choose a PNG image.');
    await profile.getByLabel('Choose a PNG image…').setInputFiles(join(dir, 'signature.png'));
    await profile.getByRole('img', { name: 'Your signature' }).waitFor();

    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.getByRole('status').filter({ hasText: 'Profile saved.' }).waitFor();
    const saved = readCoachProfile(app.practices.requireDb());
    expect(saved).toMatchObject({
      name: 'Ana Rivera Soto',
      email: 'ana@example.org',
      credentials: [{ body: 'ICF', credential: 'PCC', memberNumber: '004211' }],
    });
    expect(saved.signature).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    // The sidebar follows the new name.
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).textContent())
      .toContain('Ana Rivera Soto');

    const defaults = page.getByRole('region', { name: 'Practice defaults' });
    await defaults.getByLabel('Currency').fill('eur');
    await defaults.getByLabel('Session length (minutes)').fill('50');
    await defaults.getByLabel('Fee arrangement').selectOption('package');
    await defaults.getByLabel('Note template').selectOption('ccc-staircase');
    await defaults.getByRole('button', { name: 'Save defaults' }).click();
    await defaults.getByRole('status').filter({ hasText: 'Defaults saved.' }).waitFor();
    expect(readPracticeDefaults(app.practices.requireDb())).toEqual({
      currency: 'EUR',
      sessionMinutes: 50,
      feeArrangement: 'package',
      noteTemplateId: 'ccc-staircase',
    });

    // A new engagement starts from the defaults…
    const db = app.practices.requireDb();
    const client = createClient(db, systemClock, clientFields.parse({ fullName: 'Lan Nguyen' }));
    await page.keyboard.press('Control+1');
    await page.getByRole('option', { name: /Lan Nguyen/ }).click();
    await page.getByRole('button', { name: 'New engagement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New engagement' });
    expect(await dialog.getByLabel('Fee arrangement').inputValue()).toBe('package');
    expect(await dialog.getByLabel('Currency').inputValue()).toBe('EUR');
    expect(await dialog.getByLabel('Usual session length (minutes)').inputValue()).toBe('50');
    await page.keyboard.press('Escape');

    // …and a new session note from the default template.
    const engagement = createEngagement(
      db,
      systemClock,
      engagementFields.parse({
        title: 'Career move',
        kind: 'individual',
        participantIds: [client.id],
        focus: 'specific-purpose',
        feeArrangement: 'pro-bono',
        currency: 'EUR',
        startDate: '2026-01-05',
      }),
    );
    const session = createSession(
      db,
      systemClock,
      sessionFields.parse({
        engagementId: engagement.id,
        startsAt: '2026-01-12T09:00:00.000Z',
        timeZone: 'Europe/Madrid',
        durationMinutes: 50,
        format: 'video',
        attendance: 'held',
        payment: 'pro-bono',
        currency: 'EUR',
      }),
    );
    expect(getNote(db, session.id).template).toBe('ccc-staircase');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('says what is wrong beside the field and saves nothing', async () => {
    await openProfile();
    const { page } = app;
    const profile = page.getByRole('region', { name: 'Your profile' });
    await profile.getByLabel('Email').fill('ana@');
    await profile.getByRole('button', { name: 'Add a credential' }).click();
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(() => profile.getByRole('alert').allTextContents())
      .toEqual([
        'Enter an email address like name@example.com, or leave it empty.',
        'Enter the credential, e.g. PCC.',
      ]);
    const defaults = page.getByRole('region', { name: 'Practice defaults' });
    await defaults.getByLabel('Session length (minutes)').fill('0');
    await defaults.getByRole('button', { name: 'Save defaults' }).click();
    await expect
      .poll(() => defaults.getByRole('alert').textContent())
      .toBe('Enter whole minutes between 5 and 600.');
    const db = app.practices.requireDb();
    expect(readCoachProfile(db)).toEqual({ name: 'Ana Rivera', credentials: [], email: '', signature: null });
    expect(readPracticeDefaults(db).sessionMinutes).toBe(60);
    expect(app.pageErrors).toEqual([]);
  });

  it('is in Spanish when the app is', async () => {
    await openProfile();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('tab', { name: 'Perfil' }).click();
    await page.getByRole('heading', { name: 'Tu perfil' }).waitFor();
    await page.getByRole('heading', { name: 'Valores predeterminados' }).waitFor();
    expect(await page.getByLabel('Forma de pago').locator('option').allTextContents()).toContain('Pro bono');
    expect(await page.getByRole('button', { name: 'Guardar perfil' }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
