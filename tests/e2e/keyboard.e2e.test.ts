import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../electron/core/agreements/agreements';
import { listTemplates } from '../../electron/core/agreements/templates';
import { createAssessment } from '../../electron/core/assessments/assessments';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { hoursSettings } from '../../electron/core/hours/service';
import { createGoal } from '../../electron/core/sessions/goals';
import { createSession } from '../../electron/core/sessions/sessions';
import { DEFAULT_WHEEL_AREAS } from '../../electron/shared/assessments';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { sessionFields } from '../../electron/shared/sessions';
import { type AppHarness, launchBrowser, startApp } from './harness';

/**
 * One journey by keyboard alone: page.keyboard only, never a click. The test reads the page
 * (what has focus, what is on screen) but acts only through keys, as a coach who cannot or
 * does not use a pointer would.
 */

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

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** A short description of what has focus, for failure messages. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}> ${name}`.trim();
  });

async function expectFocus(page: Page, target: Locator) {
  await target.waitFor();
  await expect
    .poll(() => isFocused(target), { message: `focus is on ${await describeFocus(page)}` })
    .toBe(true);
}

/** Presses Tab (or Shift+Tab) until the target has focus. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await target.waitFor();
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of Tab never reached ${target}; focus is on ${await describeFocus(page)}`);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Types a date into a focused <input type="date"> (en-US order: month, day, year). */
async function typeDate(page: Page, isoDay: string) {
  const [year, month, day] = isoDay.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

describe('a coach who works by keyboard alone', () => {
  it('sets up a practice, adds a client and an engagement, logs and finalises a GROW session, and sets a credential target', async () => {
    app = await startApp(browser);
    const { page } = app;
    const keys = page.keyboard;
    await app.open();

    // Setup: the first field has focus; Tab moves through the form; Enter submits.
    await expectFocus(page, page.getByLabel('Practice name'));
    await keys.type('Rivera Coaching');
    await keys.press('Tab');
    await expectFocus(page, page.getByLabel('Your name'));
    await keys.type('Ana Rivera');
    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await keys.type(PASSPHRASE);
    await tabTo(page, page.getByLabel('Repeat passphrase'));
    await keys.type(PASSPHRASE);
    await keys.press('Enter');

    // The recovery key: tick the box with Space, continue with Enter.
    await page.getByRole('status', { name: 'Recovery key' }).waitFor();
    await tabTo(page, page.getByLabel('I have written it down or saved it somewhere safe'));
    await keys.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await keys.press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    // A first client: the dialog focuses its first field, Enter saves.
    await tabTo(page, page.getByRole('button', { name: 'Add your first client' }));
    await keys.press('Enter');
    const clientDialog = page.getByRole('dialog', { name: 'New client' });
    await expectFocus(page, clientDialog.getByLabel('Full name'));
    await keys.type('Nguyễn Thị Lan');
    await tabTo(page, clientDialog.getByLabel('Email', { exact: true }));
    await keys.type('lan@saigonbloom.vn');
    await keys.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' });
    await expectFocus(page, heading);

    // An engagement: the form focuses its title; focus comes back to the button afterwards.
    const newEngagement = page.getByRole('button', { name: 'New engagement' });
    await tabTo(page, newEngagement);
    await keys.press('Enter');
    const engagementDialog = page.getByRole('dialog', { name: 'New engagement' });
    await expectFocus(page, engagementDialog.getByLabel('Title'));
    await keys.type('Leadership transition');
    await tabTo(page, engagementDialog.getByLabel('Fee', { exact: true }));
    await keys.type('150');
    await tabTo(page, engagementDialog.getByRole('button', { name: 'Create engagement' }));
    await keys.press('Enter');
    await engagementDialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'Leadership transition' }).waitFor();
    await expectFocus(page, newEngagement);

    // Log a session: Ctrl+2, Ctrl+L, a few letters of the client, Enter to choose, Enter to save.
    await keys.press('Control+2');
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    await keys.press('Control+l');
    const logDialog = page.getByRole('dialog', { name: 'Log a session' });
    await expectFocus(page, logDialog.getByRole('combobox', { name: 'Engagement' }));
    await keys.type('lan');
    await logDialog.getByRole('option', { name: /Nguyễn Thị Lan/ }).waitFor();
    await keys.press('Enter');
    await expect.poll(() => logDialog.getByLabel('Length (minutes)').inputValue()).not.toBe('');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();

    // GROW notes: the template chosen from its list with the arrow keys, each section typed in turn.
    const template = page.getByLabel('Template');
    await tabTo(page, template);
    while ((await template.inputValue()) !== 'grow') {
      const before = await template.inputValue();
      await keys.press('ArrowUp');
      if ((await template.inputValue()) === before) await keys.press('ArrowDown');
    }
    const sections: [string, string][] = [
      ['Goal', 'Feel ready to lead her former peers.'],
      ['Reality', 'Promoted three weeks ago; avoiding one-to-ones.'],
      ['Options', 'Name the change openly; ask what each person needs.'],
      ['Will / Way forward', 'A one-to-one with each of the five this month.'],
    ];
    for (const [label, text] of sections) {
      await tabTo(page, page.getByRole('textbox', { name: label, exact: true }));
      await keys.type(text);
    }

    // A commitment, added with Enter from its field.
    const commitments = page.getByRole('region', { name: 'Commitments from this session' });
    await tabTo(page, commitments.getByLabel('Commitment', { exact: true }));
    await keys.type('Book the one-to-ones with the five team members');
    await tabTo(page, commitments.getByLabel('Due', { exact: true }));
    await typeDate(page, addDays(new Date().toISOString().slice(0, 10), 7));
    await tabTo(page, commitments.getByRole('button', { name: 'Add commitment' }));
    await keys.press('Enter');
    await expect.poll(() => commitments.getByRole('listitem').count()).toBe(1);

    // Finalise: the confirmation opens with focus inside it; Enter on its button finalises.
    await tabTo(page, page.getByRole('button', { name: 'Finalise note…' }), { back: true });
    await keys.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Finalise this note?' });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await tabTo(page, confirm.getByRole('button', { name: 'Finalise note' }));
    await keys.press('Enter');
    await page.getByText(/^Finalised \w/).waitFor();

    // Hours: the targets dialog, a checkbox ticked with Space, a date typed, saved with Enter.
    await keys.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Hours' }).waitFor();
    const targetsButton = page.getByRole('button', { name: 'Credential targets…' });
    await tabTo(page, targetsButton);
    await keys.press('Enter');
    const targets = page.getByRole('dialog', { name: 'Credential targets' });
    await targets.waitFor();
    await expect.poll(() => targets.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await tabTo(page, targets.getByRole('checkbox', { name: 'Associate Certified Coach (ACC)' }));
    await keys.press('Space');
    await tabTo(page, targets.getByLabel('Training start date'));
    await typeDate(page, '2025-01-15');
    await tabTo(page, targets.getByRole('button', { name: 'Save targets' }));
    await keys.press('Enter');
    await targets.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'ICF Associate Certified Coach (ACC)' }).waitFor();

    // Everything landed in the practice.
    const db = app.practices.requireDb();
    expect(db.prepare('SELECT full_name, email FROM client').all()).toEqual([
      { full_name: 'Nguyễn Thị Lan', email: 'lan@saigonbloom.vn' },
    ]);
    expect(db.prepare('SELECT title, fee_minor FROM engagement').all()).toEqual([
      { title: 'Leadership transition', fee_minor: 15000 },
    ]);
    const note = db.prepare('SELECT template, sections, finalised_at FROM note').get() as {
      template: string;
      sections: string;
      finalised_at: string | null;
    };
    expect(note.template).toBe('grow');
    expect(note.finalised_at).not.toBe(null);
    expect(JSON.parse(note.sections).map((s: { text: string }) => s.text)).toEqual(
      sections.map(([, t]) => t),
    );
    expect(db.prepare('SELECT text, owner, due_date FROM action_item').all()).toEqual([
      {
        text: 'Book the one-to-ones with the five team members',
        owner: 'client',
        due_date: addDays(new Date().toISOString().slice(0, 10), 7),
      },
    ]);
    expect(hoursSettings(db)).toMatchObject({ targets: ['icf-acc'], trainingStartDate: '2025-01-15' });
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('gets the focus back where it was: lists, inline forms, tabs and the exports menu', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    const db = app.practices.requireDb();
    for (const fullName of ['Amara Okafor', 'Zoë Fairweather']) {
      createClient(db, systemClock, clientFields.parse({ fullName }));
    }
    const lan = createClient(db, systemClock, clientFields.parse({ fullName: 'Nguyễn Thị Lan' }));
    const engagement = createEngagement(
      db,
      systemClock,
      engagementFields.parse({
        title: 'Leadership transition',
        kind: 'individual',
        participantIds: [lan.id],
        focus: 'specific-purpose',
        feeArrangement: 'per-session',
        feeMinor: 15000,
        currency: 'USD',
        startDate: '2026-01-05',
      }),
    );
    for (const startsAt of ['2026-02-02T10:00:00Z', '2026-02-16T10:00:00Z']) {
      createSession(
        db,
        systemClock,
        sessionFields.parse({
          engagementId: engagement.id,
          startsAt,
          timeZone: 'Europe/London',
          durationMinutes: 60,
          format: 'video',
          attendance: 'held',
          payment: 'paid',
          feeMinor: 15000,
          currency: 'USD',
        }),
      );
    }
    createGoal(db, systemClock, {
      engagementId: engagement.id,
      title: 'Lead my first team with confidence',
      successMeasure: '',
      plan: '',
      status: 'active',
    });
    createAssessment(db, systemClock, {
      clientId: lan.id,
      takenOn: '2026-02-02',
      scores: DEFAULT_WHEEL_AREAS.map((area) => ({ area, score: 6 })),
      note: '',
    });
    const template = listTemplates(db)[0];
    if (!template) throw new Error('no template');
    createAgreement(db, systemClock, { engagementId: engagement.id, templateId: template.id });
    const { page } = app;
    const keys = page.keyboard;
    await app.open();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    // Clients: open one from the list with Enter, Escape comes back to the list, on that client.
    const list = page.getByRole('listbox', { name: 'Clients' });
    await tabTo(page, list);
    await keys.press('End');
    await keys.press('Enter');
    await expectFocus(page, page.getByRole('heading', { level: 1, name: 'Zoë Fairweather' }));
    await keys.press('Escape');
    await expectFocus(page, list);
    await expect
      .poll(() => list.getByRole('option', { selected: true }).getAttribute('aria-label'))
      .toContain('Zoë');
    await keys.press('ArrowUp');
    await keys.press('Enter');
    await expectFocus(page, page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }));

    // Inline forms: the first field has focus; Cancel gives it back to the button that opened them.
    const wheel = page.getByRole('region', { name: 'Wheel of Life' });
    const newWheel = wheel.getByRole('button', { name: 'New Wheel of Life' });
    await tabTo(page, newWheel);
    await keys.press('Enter');
    await expectFocus(page, wheel.getByLabel('Taken on'));
    await tabTo(page, wheel.getByRole('button', { name: 'Cancel' }));
    await keys.press('Enter');
    await expectFocus(page, newWheel);

    const goals = page.getByRole('region', { name: /^Goals/ });
    const addGoal = goals.getByRole('button', { name: 'Add goal' });
    await tabTo(page, addGoal, { back: true });
    await keys.press('Enter');
    await expectFocus(page, goals.getByLabel('Goal', { exact: true }));
    await tabTo(page, goals.getByRole('button', { name: 'Cancel' }));
    await keys.press('Enter');
    await expectFocus(page, addGoal);
    const editGoal = goals.getByRole('button', { name: 'Edit goal Lead my first team with confidence' });
    await tabTo(page, editGoal);
    await keys.press('Enter');
    await expectFocus(page, goals.getByLabel('Goal', { exact: true }));
    await tabTo(page, goals.getByRole('button', { name: 'Cancel' }));
    await keys.press('Enter');
    await expectFocus(page, editGoal);

    // Sessions: Enter opens the row, "All sessions" comes back to it; the quick log returns focus on Escape.
    await keys.press('Control+2');
    const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('button');
    await tabTo(page, rows.first());
    await keys.press('ArrowDown');
    const second = rows.nth(1);
    await expectFocus(page, second);
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'All sessions' }), { back: true });
    await keys.press('Enter');
    await expectFocus(page, second);
    await keys.press('Control+l');
    await page.getByRole('dialog', { name: 'Log a session' }).waitFor();
    await keys.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectFocus(page, second);

    // Agreements: arrow keys between the tabs; the new-agreement form and an agreement, there and back.
    await keys.press('Control+4');
    const agreementsTab = page.getByRole('tab', { name: 'Agreements' });
    await tabTo(page, agreementsTab);
    await keys.press('ArrowRight');
    await expectFocus(page, page.getByRole('tab', { name: 'Templates', selected: true }));
    await keys.press('ArrowLeft');
    await expectFocus(page, page.getByRole('tab', { name: 'Agreements', selected: true }));
    const newAgreement = page.getByRole('button', { name: 'New agreement' });
    await tabTo(page, newAgreement, { back: true });
    await keys.press('Enter');
    await expectFocus(page, page.getByLabel('Engagement'));
    await tabTo(
      page,
      page.getByRole('form', { name: 'New agreement' }).getByRole('button', { name: 'Cancel' }),
    );
    await keys.press('Enter');
    await expectFocus(page, newAgreement);
    const row = page.getByRole('table', { name: 'Agreements' }).getByRole('button').first();
    await tabTo(page, row);
    await keys.press('Enter');
    await expectFocus(page, page.getByRole('heading', { level: 1 }));
    await tabTo(page, page.getByRole('button', { name: '← All agreements' }), { back: true });
    await keys.press('Enter');
    await expectFocus(page, row);

    // Hours: the exports menu takes the focus in, Escape gives it back, Tab out closes it.
    await keys.press('Control+3');
    const exportsButton = page.getByRole('button', { name: 'Exports' });
    await tabTo(page, exportsButton);
    await keys.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Exports' });
    await expectFocus(page, panel.getByRole('radio', { name: 'Full names' }));
    await keys.press('ArrowRight');
    await expect.poll(() => panel.getByRole('radio', { name: 'Initials' }).isChecked()).toBe(true);
    await keys.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expectFocus(page, exportsButton);
    await keys.press('Enter');
    await panel.waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Credential targets…' }));
    await panel.waitFor({ state: 'detached' });

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
