import type { Browser, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { saveNote } from '../../electron/core/sessions/notes';
import { createReceived } from '../../electron/core/sessions/received';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { BUILT_IN_NOTE_TEMPLATES } from '../../electron/shared/note-templates';
import { sessionFields } from '../../electron/shared/sessions';
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

function addClient(fullName: string) {
  return createClient(app.practices.requireDb(), systemClock, clientFields.parse({ fullName }));
}

function addEngagement(fields: EngagementFieldsInput) {
  return createEngagement(app.practices.requireDb(), systemClock, engagementFields.parse(fields));
}

/** A practice with Zoë Núñez in an individual engagement (50-minute sessions at €120), unlocked in the page. */
async function practiceWithZoe() {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  const zoe = addClient('Zoë Núñez');
  const engagement = addEngagement({
    title: 'Stepping into leadership',
    kind: 'individual',
    participantIds: [zoe.id],
    focus: 'specific-purpose',
    feeArrangement: 'per-session',
    feeMinor: 12000,
    currency: 'EUR',
    startDate: '2026-09-01',
    sessionMinutes: 50,
  });
  return { zoe, engagement };
}

async function openSessions() {
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  await app.page.keyboard.press('Control+2');
  await app.page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
}

function db() {
  return app.practices.requireDb();
}

/** Typing goes where it is meant to: wait until the locator holds the keyboard focus. */
async function waitForFocus(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('a coach logging sessions and keeping notes', () => {
  it('quick-logs a session, writes GROW notes with commitments, finalises them, finds them by searching and reviews them next time', async () => {
    const { engagement } = await practiceWithZoe();
    await openSessions();
    const { page } = app;

    // Quick log: open, a few letters of the client, Enter to choose, Enter to save.
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log a session' });
    await dialog.waitFor();
    await waitForFocus(dialog.getByRole('combobox', { name: 'Engagement' }));
    await page.keyboard.type('zo');
    await dialog.getByRole('option', { name: /Zoë Núñez/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();

    // The engagement's defaults filled the form: 50 minutes, paid €120, held (the time is now, so past).
    const first = db().prepare('SELECT * FROM session').get() as Record<string, unknown>;
    expect(first).toMatchObject({
      engagement_id: engagement.id,
      duration_minutes: 50,
      payment: 'paid',
      fee_minor: 12000,
      currency: 'EUR',
      attendance: 'held',
      is_draft: 0,
    });
    const startsAt = new Date(first.starts_at as string);
    expect(startsAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - startsAt.getTime()).toBeLessThan(16 * 60_000);
    expect(startsAt.getUTCMinutes() % 15).toBe(0);

    // GROW notes, autosaved.
    await page.getByLabel('Template').selectOption({ label: 'GROW' });
    await page
      .getByLabel('Goal', { exact: true })
      .fill('Prepare the first reunión con su equipo as the new lead.');
    await page
      .getByLabel('Reality', { exact: true })
      .fill('Former peers now report to her.\nShe avoids hard talks.');
    await page.getByLabel('Options', { exact: true }).fill('<b>delegate</b> the rota, or hire a deputy.');
    await page.getByLabel('Will / Way forward', { exact: true }).fill('Draft the agenda by Friday.');
    await page.getByLabel('Private reflection').fill('I rushed to options; slow down next time.');
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /^Saved/ })
            .count(),
        { timeout: 5000 },
      )
      .toBe(1);
    const saved = db().prepare('SELECT template, sections, reflection FROM note').get() as {
      template: string;
      sections: string;
      reflection: string;
    };
    expect(saved.template).toBe('grow');
    expect(JSON.parse(saved.sections)[0].text).toBe(
      'Prepare the first reunión con su equipo as the new lead.',
    );
    expect(saved.reflection).toBe('I rushed to options; slow down next time.');

    // Two commitments from this session.
    const made = page.getByRole('region', { name: 'Commitments from this session' });
    const nextWeek = addDays(new Date().toISOString().slice(0, 10), 7);
    await made.getByLabel('Commitment', { exact: true }).fill('Book a reunión room for the team');
    await made.getByLabel('Due', { exact: true }).fill(nextWeek);
    await made.getByRole('button', { name: 'Add commitment' }).click();
    await made.getByLabel('Commitment', { exact: true }).fill('Send Zoë the delegation article');
    await made.getByLabel('Owner').selectOption('coach');
    await made.getByRole('button', { name: 'Add commitment' }).click();
    await expect.poll(() => made.getByRole('listitem').count()).toBe(2);

    // Finalise: a confirmation explains it becomes read-only.
    await page.getByRole('button', { name: 'Finalise note…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Finalise this note?' });
    expect(await confirm.textContent()).toContain('read-only');
    await confirm.getByRole('button', { name: 'Finalise note' }).click();
    await page.getByText(/^Finalised \w/).waitFor();
    // The original text is shown, as plain text, and cannot be edited.
    expect(await page.getByRole('textbox', { name: 'Goal', exact: true }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Options', exact: true }).count()).toBe(0);
    await page.getByText('Prepare the first reunión con su equipo as the new lead.').waitFor();
    await page.getByText('<b>delegate</b> the rota, or hire a deputy.').waitFor();
    expect(await page.locator('.ses-note-read b').count()).toBe(0);

    // An addendum, dated.
    await page.getByLabel('Addendum', { exact: true }).fill('Zoë moved the reunión to Thursday.');
    await page.getByRole('button', { name: 'Add addendum' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Addenda' }).textContent())
      .toContain('Zoë moved the reunión to Thursday.');

    // Search without the accent: the note is found, the match highlighted.
    await page.getByRole('button', { name: 'All sessions' }).click();
    await page.getByRole('searchbox', { name: 'Search notes, goals and commitments' }).fill('reunion');
    const results = page.getByRole('region', { name: 'Search results' });
    await results.getByRole('listitem').first().waitFor();
    const noteHit = results.getByRole('button').filter({ hasText: 'Prepare the first' });
    await noteHit.waitFor();
    expect(await noteHit.textContent()).toContain('Zoë Núñez');
    expect(await noteHit.textContent()).toContain('Stepping into leadership');
    expect(await noteHit.locator('mark').allTextContents()).toEqual(['reunión']);
    expect(await results.getByText('Addendum', { exact: true }).count()).toBe(1);
    expect(await results.getByText('Commitment', { exact: true }).count()).toBe(1);
    await noteHit.click();
    await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();
    await page.getByText(/^Finalised \w/).waitFor();

    // A second session, tomorrow: scheduled, and the open commitments are there to review.
    await page.keyboard.press('Control+l');
    const second = page.getByRole('dialog', { name: 'Log a session' });
    await second.waitFor();
    await expect
      .poll(() => second.getByRole('combobox', { name: 'Engagement' }).inputValue())
      .toContain('Zoë Núñez');
    await expect.poll(() => second.getByLabel('Length (minutes)').inputValue()).toBe('50');
    const today = await second.getByLabel('Date').inputValue();
    await second.getByLabel('Date').fill(addDays(today, 1));
    await expect.poll(() => second.getByLabel('Attendance').inputValue()).toBe('scheduled');
    await second.getByRole('button', { name: 'Log session' }).click();
    await page.getByRole('status').filter({ hasText: 'Session scheduled.' }).waitFor();
    const review = page.getByRole('region', { name: 'To review from earlier sessions' });
    await expect.poll(() => review.getByRole('listitem').count()).toBe(2);
    expect(await review.textContent()).toContain('Book a reunión room for the team');
    expect(await review.textContent()).toContain('Send Zoë the delegation article');
    await review
      .getByRole('listitem')
      .filter({ hasText: 'Send Zoë' })
      .getByRole('button', { name: 'Done' })
      .click();
    await review.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(db().prepare("SELECT status FROM action_item WHERE text LIKE 'Send Zoë%'").pluck().get()).toBe(
      'done',
    );

    // The finalised session cannot be deleted: the refusal is shown, and it stays.
    await page.getByRole('button', { name: 'All sessions' }).click();
    // The search is still there on the way back; clearing it shows the list.
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search notes, goals and commitments' }).inputValue())
      .toBe('reunion');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page
      .getByRole('list', { name: 'Sessions' })
      .getByRole('button', { name: /Finalised$/ })
      .click();
    await page.getByText(/^Finalised \w/).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const del = page.getByRole('dialog', { name: 'Delete this session?' });
    await del.getByRole('button', { name: 'Delete session' }).click();
    await expect
      .poll(() => del.getByRole('alert').textContent())
      .toContain('finalised note, so it is part of the record and cannot be deleted');
    await del.getByRole('button', { name: 'Keep session' }).click();
    expect(db().prepare('SELECT count(*) FROM session').pluck().get()).toBe(2);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('logs sessions held in other time zones at the right instant, and a group session with who attended', async () => {
    await practiceWithZoe();
    const li = addClient('李雷');
    const mohammed = addClient('محمد العلي');
    const amara = addClient('Amara Okafor');
    addEngagement({
      title: 'New managers circle',
      kind: 'group',
      participantIds: [li.id, mohammed.id, amara.id],
      focus: 'specific-purpose',
      feeArrangement: 'pro-bono',
      currency: 'USD',
      startDate: '2026-09-01',
      sessionMinutes: 90,
    });
    await openSessions();
    const { page } = app;

    // Mexico City has no daylight saving time: 14:00 there is 20:00 UTC.
    await page.getByRole('button', { name: /^Log session/ }).click();
    let dialog = page.getByRole('dialog', { name: 'Log a session' });
    await waitForFocus(dialog.getByRole('combobox', { name: 'Engagement' }));
    await page.keyboard.type('núñez');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByLabel('Length (minutes)').inputValue()).toBe('50');
    await dialog.getByLabel('Time zone').selectOption('America/Mexico_City');
    await dialog.getByLabel('Date').fill('2026-03-10');
    await dialog.getByLabel('Start time').fill('14:00');
    // A zero-length session is refused beside the field, before anything is sent.
    await dialog.getByLabel('Length (minutes)').fill('0');
    await dialog.getByRole('button', { name: 'Log session' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('A session lasts at least a minute.');
    expect(db().prepare('SELECT count(*) FROM session').pluck().get()).toBe(0);
    await dialog.getByLabel('Length (minutes)').fill('45');
    await dialog.getByRole('button', { name: 'Log session' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();
    expect(db().prepare('SELECT starts_at, time_zone, duration_minutes FROM session').get()).toEqual({
      starts_at: '2026-03-10T20:00:00.000Z',
      time_zone: 'America/Mexico_City',
      duration_minutes: 45,
    });
    // Shown on the clock of the zone it was held in.
    await expect
      .poll(() =>
        page
          .getByRole('definition')
          .filter({ hasText: /2:00\s?PM|14:00/ })
          .count(),
      )
      .toBe(1);

    // Edited with the same form: the wall clock stays in its zone.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit session' });
    expect(await edit.getByLabel('Start time').inputValue()).toBe('14:00');
    expect(await edit.getByLabel('Time zone').inputValue()).toBe('America/Mexico_City');
    await edit.getByLabel('Start time').fill('15:30');
    await edit.getByLabel('Length (minutes)').fill('60');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page
          .getByRole('definition')
          .filter({ hasText: /3:30\s?PM|15:30/ })
          .count(),
      )
      .toBe(1);
    expect(db().prepare('SELECT starts_at, duration_minutes FROM session').get()).toEqual({
      starts_at: '2026-03-10T21:30:00.000Z',
      duration_minutes: 60,
    });

    // Madrid in summer is UTC+2; the next session starts from the zone this engagement last used.
    await page.keyboard.press('Control+l');
    dialog = page.getByRole('dialog', { name: 'Log a session' });
    await expect.poll(() => dialog.getByLabel('Time zone').inputValue()).toBe('America/Mexico_City');
    await dialog.getByLabel('Time zone').selectOption('Europe/Madrid');
    await dialog.getByLabel('Date').fill('2026-07-01');
    await dialog.getByLabel('Start time').fill('09:30');
    await dialog.getByRole('button', { name: 'Log session' }).click();
    await expect
      .poll(() =>
        db().prepare("SELECT starts_at FROM session WHERE time_zone = 'Europe/Madrid'").pluck().get(),
      )
      .toBe('2026-07-01T07:30:00.000Z');

    // A group: every participant is ticked; untick the one who did not come.
    await page.keyboard.press('Control+l');
    dialog = page.getByRole('dialog', { name: 'Log a session' });
    await dialog.waitFor();
    // The form starts from the last engagement (Zoë's), chosen once the list has loaded; that choice
    // selects the field's text, so letters typed before it arrives would be replaced by the next ones.
    const engagementField = dialog.getByRole('combobox', { name: 'Engagement' });
    await waitForFocus(engagementField);
    await expect.poll(() => engagementField.inputValue()).toContain('Zoë Núñez');
    await page.keyboard.type('circle');
    await page.keyboard.press('Enter');
    const attendees = dialog.getByRole('group', { name: 'Who attended' });
    await expect.poll(() => attendees.getByRole('checkbox', { checked: true }).count()).toBe(3);
    expect(await dialog.getByLabel('Payment').inputValue()).toBe('pro-bono');
    await attendees.getByRole('checkbox', { name: 'محمد العلي' }).uncheck();
    await dialog.getByRole('button', { name: 'Log session' }).click();
    await page.getByRole('heading', { level: 1, name: 'New managers circle' }).waitFor();
    const groupSession = db()
      .prepare('SELECT id FROM session WHERE duration_minutes = 90')
      .pluck()
      .get() as string;
    const attended = db()
      .prepare('SELECT client_id FROM session_attendee WHERE session_id = ? ORDER BY client_id')
      .pluck()
      .all(groupSession);
    expect(attended).toEqual([li.id, amara.id].sort());

    // The list: newest first, names in any script.
    await page.getByRole('button', { name: 'All sessions' }).click();
    const list = page.getByRole('list', { name: 'Sessions' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    await expect
      .poll(() => list.getByRole('listitem').first().textContent())
      .toContain('New managers circle');
    await expect.poll(() => page.getByText('3 sessions', { exact: true }).isVisible()).toBe(true);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('confirms an imported draft, filters by client, defines its own note template and records mentor coaching', async () => {
    const { engagement } = await practiceWithZoe();
    const sam = addClient('Samuel Adeyemi');
    const samEngagement = addEngagement({
      title: 'Career change',
      kind: 'individual',
      participantIds: [sam.id],
      focus: 'whole-person',
      feeArrangement: 'pro-bono',
      currency: 'USD',
      startDate: '2026-09-01',
    });
    const fields = (engagementId: string, startsAt: string) =>
      sessionFields.parse({
        engagementId,
        startsAt,
        timeZone: 'Europe/Madrid',
        durationMinutes: 60,
        format: 'video',
        attendance: 'held',
        payment: 'paid',
        currency: 'EUR',
      });
    createSession(db(), systemClock, fields(engagement.id, '2026-11-02T09:00:00Z'), {
      draft: true,
      icsUid: 'evt-1@calendar',
    });
    createSession(db(), systemClock, fields(samEngagement.id, '2026-11-03T09:00:00Z'));
    await openSessions();
    const { page } = app;

    // The imported draft waits for review; Confirm makes it a real session.
    const list = page.getByRole('list', { name: 'Sessions' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: '1 imported draft to review' }).waitFor();
    const draftRow = list.getByRole('listitem').filter({ hasText: 'Draft (imported)' });
    expect(await draftRow.textContent()).toContain('Zoë Núñez');
    await draftRow.getByRole('button', { name: /^Confirm the imported session with Zoë Núñez/ }).click();
    await expect.poll(() => list.getByText('Draft (imported)').count()).toBe(0);
    expect(db().prepare('SELECT is_draft FROM session WHERE ics_uid IS NOT NULL').pluck().get()).toBe(0);

    // Only Zoë's sessions.
    await page.getByRole('combobox', { name: 'Filter by client' }).fill('zoe');
    await page.getByRole('option', { name: /Zoë Núñez/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('1 session with Zoë Núñez').waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);

    // Keyboard: the row opens with Enter.
    await list.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();

    // Her own template, with prompts as placeholders.
    await page.getByRole('button', { name: 'Define your own template…' }).click();
    const define = page.getByRole('dialog', { name: 'Define your own template' });
    await define.getByLabel('Template name').fill('Values check-in');
    await define.getByLabel('Section 1 name').fill('Values in play');
    await define.getByLabel('Section 1 prompt').fill('Which values showed up this week?');
    await define.getByLabel('Section 2 name').fill('Next step');
    await define.getByRole('button', { name: 'Save template' }).click();
    await define.waitFor({ state: 'detached' });
    const values = page.getByRole('textbox', { name: 'Values in play' });
    expect(await values.getAttribute('placeholder')).toBe('Which values showed up this week?');
    expect(await page.getByLabel('Template').inputValue()).not.toBe('grow');
    await values.fill('Courage, kindness');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Saved/ })
          .count(),
      )
      .toBe(1);
    const note = db().prepare('SELECT template, sections FROM note').get() as {
      template: string;
      sections: string;
    };
    expect(JSON.parse(note.sections)).toEqual([
      { key: 's1', label: 'Values in play', text: 'Courage, kindness' },
      { key: 's2', label: 'Next step', text: '' },
    ]);

    // Mentor coaching received, in a group, then removed.
    await page.getByRole('button', { name: 'All sessions' }).click();
    await page.getByRole('tab', { name: 'Mentoring & supervision' }).click();
    await page.getByRole('button', { name: 'Add mentor coaching or supervision' }).click();
    const add = page.getByRole('dialog', { name: 'Add mentor coaching or supervision' });
    await add.getByRole('textbox', { name: 'Mentor coach' }).fill('Amélie Laurent');
    await add.getByLabel('Their credential').fill('ICF MCC');
    await add.getByRole('radio', { name: 'Group' }).check();
    // A group needs its size: refused beside the field until given.
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => add.getByRole('alert').textContent())
      .toContain('Enter how many were in the group.');
    await add.getByLabel('People in the group').fill('6');
    await add.getByLabel('Minutes').fill('90');
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await add.waitFor({ state: 'detached' });
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('Amélie Laurent');
    await expect.poll(() => table.textContent()).toContain('Group of 6');
    await expect.poll(() => page.getByText('1.5 h', { exact: true }).count()).toBe(1);
    expect(db().prepare('SELECT mode, group_size, duration_minutes FROM received_session').get()).toEqual({
      mode: 'group',
      group_size: 6,
      duration_minutes: 90,
    });
    await page.getByRole('button', { name: /^Remove mentor coaching with Amélie Laurent/ }).click();
    await page
      .getByRole('dialog', { name: 'Remove this entry?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect.poll(() => page.getByRole('table').count()).toBe(0);

    // Locking forgets everything: after unlocking, the filter is gone too.
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByText('1 session with Zoë Núñez').waitFor();
    await page.keyboard.press('Control+Shift+L');
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+2');
    await page.getByText('2 sessions', { exact: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Filter by client' }).inputValue()).toBe('');

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the list, a session with its note, the quick log and mentoring received in Spanish', async () => {
    const { engagement } = await practiceWithZoe();
    const fields = (startsAt: string, attendance: 'held' | 'scheduled') =>
      sessionFields.parse({
        engagementId: engagement.id,
        startsAt,
        timeZone: 'Europe/Madrid',
        durationMinutes: 90,
        format: 'video',
        attendance,
        payment: 'paid',
        feeMinor: 12000,
        currency: 'EUR',
      });
    const held = createSession(db(), systemClock, fields('2026-11-02T09:00:00Z', 'held'));
    createSession(db(), systemClock, fields('2026-11-09T09:00:00Z', 'scheduled'), {
      draft: true,
      icsUid: 'evt-es@calendar',
    });
    const grow = BUILT_IN_NOTE_TEMPLATES.find((t) => t.id === 'grow');
    saveNote(db(), systemClock, {
      sessionId: held.id,
      template: 'grow',
      sections: (grow?.sections ?? []).map((def, i) => ({
        key: def.key,
        label: def.label,
        text: i === 0 ? 'Preparar la primera reunión con su equipo.' : '',
      })),
      reflection: '',
    });
    createReceived(db(), systemClock, {
      kind: 'mentor-coaching',
      providerName: 'Amélie Laurent',
      providerCredential: 'ICF MCC',
      mode: 'group',
      groupSize: 6,
      startsAt: '2026-10-20T16:00:00Z',
      durationMinutes: 90,
      notes: '',
    });
    await app.open();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    await page.keyboard.press('Control+2');

    // The list: its heading, tabs, counts and search in Spanish.
    await page.getByRole('heading', { level: 1, name: 'Sesiones' }).waitFor();
    for (const name of ['Sesiones', 'Agenda', 'Seguimientos', 'Mentoría y supervisión']) {
      expect(await page.getByRole('tab', { name, exact: true }).isVisible(), name).toBe(true);
    }
    await page.getByText('2 sesiones', { exact: true }).waitFor();
    await page.getByRole('button', { name: '1 borrador importado por revisar' }).waitFor();
    expect(
      await page.getByRole('searchbox', { name: 'Buscar en notas, objetivos y compromisos' }).count(),
    ).toBe(1);
    const list = page.getByRole('list', { name: 'Sesiones' });
    expect(await list.getByText('Borrador (importado)').count()).toBe(1);
    expect(
      await list.getByRole('button', { name: /^Confirmar la sesión importada con Zoë Núñez/ }).count(),
    ).toBe(1);

    // The quick log.
    await page.getByRole('button', { name: /^Registrar sesión/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar una sesión' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Proceso de coaching' }).count()).toBe(1);
    expect(await dialog.getByLabel('Duración (minutos)').count()).toBe(1);
    expect(await dialog.getByRole('radio', { name: 'Videollamada' }).count()).toBe(1);
    expect(await dialog.getByLabel('Asistencia').inputValue()).toBe('held');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'detached' });

    // One session: its facts, the GROW headings in Spanish, commitments; then finalised.
    await list.getByRole('button', { name: /Nota en borrador$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();
    expect(await page.getByRole('button', { name: 'Todas las sesiones' }).isVisible()).toBe(true);
    expect(await page.getByText('1 h 30 min', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Nota de la sesión' }).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Objetivo', exact: true }).inputValue()).toBe(
      'Preparar la primera reunión con su equipo.',
    );
    expect(await page.getByRole('textbox', { name: 'Voluntad / Camino a seguir' }).count()).toBe(1);
    expect(await page.getByLabel('Plantilla').locator('option:checked').textContent()).toBe('GROW');
    expect(
      await page
        .getByRole('region', { name: 'Compromisos de esta sesión' })
        .getByRole('button', {
          name: 'Añadir compromiso',
        })
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Finalizar nota…' }).click();
    const finalise = page.getByRole('dialog', { name: '¿Finalizar esta nota?' });
    expect(await finalise.textContent()).toContain('solo lectura');
    await finalise.getByRole('button', { name: 'Finalizar nota' }).click();
    await page.getByText(/^Finalizada el \d/).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Objetivo' }).isVisible()).toBe(true);
    // What is stored keeps the built-in wording; only the screen speaks Spanish.
    const stored = db().prepare('SELECT sections FROM note').pluck().get() as string;
    expect(JSON.parse(stored)[0].label).toBe('Goal');

    // Mentoring received, with hours in Spanish numbers.
    await page.getByRole('button', { name: 'Todas las sesiones' }).click();
    await page.getByRole('tab', { name: 'Mentoría y supervisión' }).click();
    await page.getByRole('table').waitFor();
    expect(await page.getByText('Mentoría de coaching recibida').isVisible()).toBe(true);
    expect(await page.getByText('1,5 h', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('table').textContent()).toContain('Grupo de 6');
    expect(await page.getByRole('button', { name: 'Añadir mentoría o supervisión' }).isVisible()).toBe(true);

    // Search results.
    await page.getByRole('tab', { name: 'Sesiones' }).click();
    await page.getByRole('searchbox', { name: 'Buscar en notas, objetivos y compromisos' }).fill('reunion');
    const results = page.getByRole('region', { name: 'Resultados de búsqueda' });
    await results.getByRole('listitem').first().waitFor();
    await expect.poll(() => results.textContent()).toContain('1 coincidencia de “reunion”');
    expect(await results.getByText('Nota', { exact: true }).count()).toBe(1);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
