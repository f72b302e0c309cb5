import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import type { CoachbookApi } from '../../electron/shared/api';
import { type ClientFieldsInput, clientFields } from '../../electron/shared/clients';
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

/** A practice made through the API, then the app opened on it (already unlocked). */
async function openPractice(): Promise<Page> {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  await app.open();
  await expect
    .poll(() => app.page.getByRole('heading', { level: 1, name: 'Clients' }).isVisible())
    .toBe(true);
  return app.page;
}

type Win = { coachbook: CoachbookApi };

/** Seeds through window.coachbook in the page (the real router), failing the test on an error envelope. */
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

function countClients(where = '1 = 1', ...params: unknown[]): number {
  return app.practices
    .requireDb()
    .prepare(`SELECT count(*) FROM client WHERE ${where}`)
    .pluck()
    .get(...params) as number;
}

/** Typing goes where it is meant to: wait until the locator holds the keyboard focus. */
async function waitForFocus(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}

const options = (page: Page) => page.getByRole('listbox', { name: 'Clients' }).getByRole('option');
const selectedOption = (page: Page) =>
  page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { selected: true });

/** Controls with no accessible name, from the accessibility tree of what is on screen. */
async function unnamedControls(page: Page): Promise<string[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree
    .split('\n')
    .filter((line) =>
      /^\s*- (button|textbox|searchbox|combobox|checkbox|radio|option|listbox|link|spinbutton)( \[[^\]]*\])*:?$/.test(
        line,
      ),
    );
}

function expectClean() {
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
}

describe('a coach keeping client records', () => {
  it('adds clients in several scripts by keyboard and finds them as they type, with or without accents', async () => {
    const page = await openPractice();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Add your first client' }).isVisible())
      .toBe(true);

    await page.getByRole('button', { name: 'Add your first client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The name field has focus as the dialog opens.
    await waitForFocus(dialog.getByLabel('Full name'));
    await page.keyboard.type('Nguyễn Thị Lan');
    await page.getByLabel('Preferred name').fill('Lan');
    await page.getByLabel('Email', { exact: true }).fill('lan@saigonbloom.vn');
    await page.getByLabel('Organisation', { exact: true }).fill('Saigon Bloom');
    const tags = page.getByLabel('Tags', { exact: true });
    await tags.fill('leadership');
    await tags.press('Enter');
    await tags.pressSequentially('founder,');
    await expect.poll(() => dialog.getByRole('button', { name: /^Remove tag/ }).count()).toBe(2);
    await dialog.getByRole('button', { name: 'Remove tag founder' }).click();
    await tags.fill('women in leadership');
    await page.getByRole('button', { name: 'Add client' }).click();

    // A new client opens on their page; Escape goes back to the list.
    const heading = page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await heading.getAttribute('dir')).toBe('auto');
    await expect.poll(() => page.getByText('women in leadership').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => options(page).count()).toBe(1);

    for (const name of ['Zoë Fairweather', '李雷', 'محمد العلي']) {
      await page.getByRole('listbox', { name: 'Clients' }).focus();
      await page.keyboard.press('n');
      await expect.poll(() => page.getByRole('dialog', { name: 'New client' }).isVisible()).toBe(true);
      await waitForFocus(page.getByRole('dialog', { name: 'New client' }).getByLabel('Full name'));
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('heading', { level: 1, name }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'All clients' }).click();
    }
    await expect.poll(() => options(page).count()).toBe(4);
    expect(countClients()).toBe(4);
    await expect.poll(() => page.getByText('4 clients', { exact: true }).isVisible()).toBe(true);
    expect(await unnamedControls(page)).toEqual([]);

    // Names in every script are shown as written, each isolated for direction.
    for (const name of ['Nguyễn Thị Lan', 'Zoë Fairweather', '李雷', 'محمد العلي']) {
      const cell = page.locator('.client-name', { hasText: name });
      expect(await cell.textContent()).toBe(name);
      expect(await cell.getAttribute('dir')).toBe('auto');
    }

    const search = page.getByLabel('Search clients');
    const expectOnly = async (text: string, name: string) => {
      await search.fill(text);
      await expect
        .poll(() => options(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
        .toEqual([expect.stringContaining(name)]);
    };
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Clients' }).focus();
    await page.keyboard.press('/');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectOnly('nguyen', 'Nguyễn Thị Lan');
    await expectOnly('Nguyễn', 'Nguyễn Thị Lan');
    await expectOnly('zoe', 'Zoë Fairweather');
    await expectOnly('ZOË', 'Zoë Fairweather');
    await expectOnly('李', '李雷');
    await expectOnly('محمد', 'محمد العلي');
    await expectOnly('bloom', 'Nguyễn Thị Lan');
    await expectOnly('women in', 'Nguyễn Thị Lan');

    // Typing character by character searches as you go.
    await search.fill('');
    await search.pressSequentially('fair', { delay: 30 });
    await expect.poll(() => options(page).count()).toBe(1);

    await search.fill('nobody like this');
    await expect.poll(() => page.getByRole('heading', { name: 'No clients match' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => options(page).count()).toBe(4);

    // Arrow keys move the selection from the search box; Enter opens it.
    await page.keyboard.press('Control+f');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedOption(page).getAttribute('aria-label')).toContain('Zoë');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Zoë Fairweather' }).isVisible())
      .toBe(true);
    expectClean();
  });

  it('shows a bad email beside the field, keeps the input, and saves nothing until it is fixed', async () => {
    const page = await openPractice();
    await page.getByRole('button', { name: 'Add your first client' }).click();
    // Focus stays inside the dialog: Shift+Tab from the first field reaches Close, then wraps to the last button.
    await expect
      .poll(() => page.getByLabel('Full name').evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Close');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add client');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Close');
    await page.getByLabel('Full name').fill('Ngozi Eze');
    const email = page.getByLabel('Email', { exact: true });
    await email.fill('ngozi@');
    await page.getByLabel('May be listed on credential logs').check();
    await page.getByRole('button', { name: 'Add client' }).click();

    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const message = page.locator(`[id="${describedBy.split(' ').pop()}"]`);
    expect(await message.textContent()).toBe('Enter an email address like name@example.com.');
    // Focus goes to the first field in error.
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    // The consent date is required once the box is ticked.
    const consentDate = page.getByLabel('Date of consent');
    expect(await consentDate.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Enter the date the client agreed to be listed.').isVisible()).toBe(true);
    expect(countClients()).toBe(0);
    expect(await page.getByLabel('Full name').inputValue()).toBe('Ngozi Eze');

    await email.fill('ngozi@eze.ng');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe(null);
    await consentDate.fill('2025-01-10');
    await page.getByRole('button', { name: 'Add client' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Ngozi Eze' }).isVisible())
      .toBe(true);
    expect(
      countClients(
        'email = ? AND may_be_listed = 1 AND listing_consent_date = ?',
        'ngozi@eze.ng',
        '2025-01-10',
      ),
    ).toBe(1);
    expect(await page.getByText('May be listed, consent given').isVisible()).toBe(true);

    // Editing keeps the same rules; Escape closes without saving.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Phone').fill('call me');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('Use digits, spaces, + ( ) - only.').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(countClients("phone = ''")).toBe(1);
    expectClean();
  });

  it('creates a group engagement with two participants and records a referral out to a therapist', async () => {
    const page = await openPractice();
    await addClient(page, { fullName: 'Sofia Lindqvist', email: 'sofia@nordkraft.se' });
    await addClient(page, { fullName: 'Priya Raghunathan', organisation: 'Meridian Health' });
    await addClient(page, { fullName: 'Hannah Schmidt' });
    await page.reload();
    await page.getByRole('option', { name: /Sofia Lindqvist/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Sofia Lindqvist' }).isVisible())
      .toBe(true);
    expect(await page.getByText('No engagements yet.').isVisible()).toBe(true);

    expect(await unnamedControls(page)).toEqual([]);
    await page.getByRole('button', { name: 'New engagement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New engagement' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await unnamedControls(page)).toEqual([]);
    await waitForFocus(dialog.getByLabel('Title', { exact: true }));
    await page.keyboard.type('Women in Leadership Circle');
    await page.getByRole('radio', { name: /^Group/ }).check();
    await page.getByRole('radio', { name: /^Broad, then narrowing/ }).check();
    await page.getByLabel('Fee', { exact: true }).fill('90.00');
    await page.getByRole('button', { name: 'Create engagement' }).click();
    // Only Sofia so far: the error lands beside the participants picker.
    await expect
      .poll(() => dialog.getByText('A group or team needs at least two clients.').isVisible())
      .toBe(true);
    expect(app.practices.requireDb().prepare('SELECT count(*) FROM engagement').pluck().get()).toBe(0);

    const picker = page.getByRole('combobox', { name: 'Participants' });
    await picker.focus();
    await picker.pressSequentially('priya');
    await expect.poll(() => page.getByRole('option', { name: /Priya Raghunathan/ }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Remove Priya Raghunathan' }).isVisible())
      .toBe(true);
    // Escape closes the suggestions, not the dialog.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Create engagement' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const card = page.getByRole('article', { name: 'Women in Leadership Circle' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('Group');
    expect(await card.textContent()).toContain('$90.00 per session');
    expect(await card.textContent()).toContain('Participants (2)');
    const row = app.practices
      .requireDb()
      .prepare(
        `SELECT e.kind, e.fee_minor AS fee, e.currency, e.focus, count(p.client_id) AS participants
         FROM engagement e JOIN engagement_participant p ON p.engagement_id = e.id GROUP BY e.id`,
      )
      .get();
    expect(row).toEqual({ kind: 'group', fee: 9000, currency: 'USD', focus: 'both', participants: 2 });
    // An active engagement without a signed agreement is flagged.
    expect(await page.getByRole('region', { name: 'Needs attention' }).textContent()).toContain(
      '“Women in Leadership Circle” is active but has no signed agreement.',
    );

    // A referral out to a therapist.
    await page.getByRole('button', { name: 'Add referral' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Add a referral' }).isVisible()).toBe(true);
    await page.getByLabel('Referred to', { exact: true }).fill('Dr. Amira Haddad');
    await page.getByLabel('Their role').fill('therapist');
    await page.getByLabel('Reason').fill('Grief came up; outside the scope of coaching.');
    await page.getByLabel('Date', { exact: true }).fill('2026-01-30');
    await page.getByRole('button', { name: 'Add referral' }).last().click();
    const referrals = page.getByRole('list', { name: 'Referrals' });
    await expect.poll(() => referrals.isVisible()).toBe(true);
    expect(await referrals.textContent()).toContain('Referred out to Dr. Amira Haddad, therapist');
    expect(await referrals.textContent()).toContain('Grief came up; outside the scope of coaching.');
    expect(
      app.practices.requireDb().prepare('SELECT direction, party_role, date FROM referral').get(),
    ).toEqual({ direction: 'out', party_role: 'therapist', date: '2026-01-30' });

    // Removing a referral asks first.
    await referrals.getByRole('button', { name: 'Remove referral to Dr. Amira Haddad' }).click();
    const removeDialog = page.getByRole('dialog', { name: 'Remove this referral?' });
    await expect.poll(() => removeDialog.isVisible()).toBe(true);
    await removeDialog.getByRole('button', { name: 'Keep it' }).click();
    expect(app.practices.requireDb().prepare('SELECT count(*) FROM referral').pluck().get()).toBe(1);
    await referrals.getByRole('button', { name: 'Remove referral to Dr. Amira Haddad' }).click();
    await page.getByRole('button', { name: 'Remove referral', exact: true }).click();
    await expect.poll(() => page.getByText('None recorded.').isVisible()).toBe(true);
    expect(app.practices.requireDb().prepare('SELECT count(*) FROM referral').pluck().get()).toBe(0);

    // The other participant's page shows the same engagement.
    await card.getByRole('button', { name: 'Open Priya Raghunathan' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Priya Raghunathan' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('article', { name: 'Women in Leadership Circle' }).isVisible())
      .toBe(true);
    expectClean();

    // An agreement for the engagement is listed on the client page and opens in Agreements.
    const engagementId = app.practices
      .requireDb()
      .prepare('SELECT id FROM engagement')
      .pluck()
      .get() as string;
    const made = await page.evaluate(async (id) => {
      const api = (window as unknown as Win).coachbook;
      const templates = await api.templates.list();
      if (!templates.ok || !templates.value[0]) throw new Error('no template');
      return api.agreements.create({ engagementId: id, templateId: templates.value[0].id });
    }, engagementId);
    if (!made.ok) throw new Error(made.error.message);
    await page.getByRole('button', { name: 'All clients' }).click();
    await page.getByRole('option', { name: /Priya Raghunathan/ }).click();
    const agreementRow = page.getByRole('button', {
      name: new RegExp(made.value.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    await expect.poll(() => agreementRow.isVisible()).toBe(true);
    expect(await agreementRow.textContent()).toContain('Draft');
    await agreementRow.click();
    await expect.poll(() => page.getByRole('main', { name: 'Agreements' }).isVisible()).toBe(true);
  });

  it('erases a client after their name is typed: gone from search and from the database', async () => {
    const page = await openPractice();
    const tomas = await addClient(page, {
      fullName: 'Tomás Ó Briain',
      email: 'tomas@example.ie',
      tags: ['career'],
    });
    const grace = await addClient(page, { fullName: 'Grace Thompson' });
    const solo: EngagementFieldsInput = {
      title: 'Career change',
      kind: 'individual',
      participantIds: [tomas],
      focus: 'specific-purpose',
      feeArrangement: 'pro-bono',
      currency: 'EUR',
      startDate: '2025-10-01',
    };
    const group: EngagementFieldsInput = {
      ...solo,
      title: 'Peer circle',
      kind: 'group',
      participantIds: [tomas, grace],
    };
    await addEngagement(page, solo);
    await addEngagement(page, group);
    const referral = await page.evaluate(
      (clientId) =>
        (window as unknown as Win).coachbook.referrals.add({
          clientId,
          direction: 'in',
          partyName: 'Dr. Byrne',
          partyRole: 'therapist',
          date: '2025-09-01',
        }),
      tomas,
    );
    expect(referral.ok).toBe(true);
    await page.reload();

    await page.getByLabel('Search clients').fill('tomas');
    await expect.poll(() => options(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Tomás Ó Briain' }).isVisible())
      .toBe(true);

    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase Tomás Ó Briain?' });
    await expect.poll(() => dialog.getByText('Also erased:').isVisible()).toBe(true);
    const summary = await dialog.getByRole('region', { name: 'What will be erased' }).textContent();
    expect(summary).toContain('1 engagement with only this client');
    expect(summary).toContain('1 referral');
    expect(summary).toContain('They leave 1 group engagement');
    const erase = dialog.getByRole('button', { name: 'Erase permanently' });
    const confirm = dialog.getByLabel('Type Tomás Ó Briain to confirm');
    await confirm.fill('Tomas');
    expect(await erase.isDisabled()).toBe(true);
    await confirm.fill('Tomás Ó Briain');
    await erase.click();

    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Clients' }).isVisible()).toBe(true);
    const search = page.getByLabel('Search clients');
    await search.fill('tomas');
    await expect.poll(() => page.getByRole('heading', { name: 'No clients match' }).isVisible()).toBe(true);
    await search.fill('');
    await expect.poll(() => options(page).count()).toBe(1);

    const db = app.practices.requireDb();
    const rows = db.prepare('SELECT * FROM client').all();
    expect(JSON.stringify(rows)).not.toContain('Tomás');
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('tomas');
    expect(countClients()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM referral').pluck().get()).toBe(0);
    expect(db.prepare('SELECT title FROM engagement').pluck().all()).toEqual(['Peer circle']);
    expect(db.prepare('SELECT client_id FROM engagement_participant').pluck().all()).toEqual([grace]);
    expectClean();
  });

  it('scrolls ten thousand clients smoothly, loading pages as they come into view', async () => {
    const page = await openPractice();
    const db = app.practices.requireDb();
    db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const n = String(i).padStart(5, '0');
        createClient(
          db,
          systemClock,
          clientFields.parse({ fullName: `Client ${n}`, tags: i % 10 === 0 ? ['tenth'] : [] }),
        );
      }
    })();
    await page.reload();
    await expect.poll(() => page.getByText('10,000 clients', { exact: true }).isVisible()).toBe(true);
    // Only the rows in view (plus a few) are in the page.
    expect(await options(page).count()).toBeLessThan(60);
    expect(await options(page).first().getAttribute('aria-setsize')).toBe('10000');

    // Jump to the end from the keyboard: the last page is fetched on its own (sparse), not everything before it.
    await page.getByRole('listbox', { name: 'Clients' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('option', { name: /Client 09999/ }).isVisible()).toBe(true);
    await expect.poll(() => selectedOption(page).getAttribute('aria-label')).toContain('Client 09999');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => selectedOption(page).getAttribute('aria-label')).toContain('Client 09998');

    // Scroll to the middle with the wheel; the rows there load.
    await page
      .getByRole('listbox', { name: 'Clients' })
      .evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect
      .poll(() =>
        page
          .getByRole('option', { name: /Client 050/ })
          .first()
          .isVisible(),
      )
      .toBe(true);

    // Filter by tag.
    await page.getByLabel('Filter by tag').selectOption('tenth');
    await expect.poll(() => page.getByText('1,000 clients found').isVisible()).toBe(true);
    expect(await options(page).first().getAttribute('aria-label')).toContain('Client 00000');
    expectClean();
  });

  it('shows the client screens in Spanish once the coach chooses Spanish', async () => {
    const page = await openPractice();
    const lan = await addClient(page, {
      fullName: 'Nguyễn Thị Lan',
      tags: ['liderazgo'],
      mayBeListed: true,
      listingConsentDate: '2025-09-02',
    });
    const studio = await addEngagement(page, {
      title: 'Crecer el estudio',
      kind: 'individual',
      participantIds: [lan],
      focus: 'specific-purpose',
      feeArrangement: 'per-session',
      feeMinor: 9000,
      currency: 'EUR',
      startDate: '2026-01-14',
      plannedSessions: 8,
      frequency: 'monthly',
    });
    // Two sessions held without a signed agreement: the warning counts them.
    for (const startsAt of ['2026-01-20T10:00:00Z', '2026-02-17T10:00:00Z']) {
      const created = await page.evaluate(
        (s) =>
          (window as unknown as Win).coachbook.sessions.create({
            engagementId: s.engagementId,
            startsAt: s.startsAt,
            timeZone: 'Europe/Madrid',
            durationMinutes: 60,
            format: 'video',
            attendance: 'held',
            payment: 'paid',
            currency: 'EUR',
          }),
        { engagementId: studio, startsAt },
      );
      if (!created.ok) throw new Error(created.error.message);
    }
    await page.evaluate(() =>
      (window as unknown as Win).coachbook.preferences.set({
        language: 'es',
        dateFormat: 'locale',
        weekStart: 'locale',
      }),
    );
    await page.reload();

    // The list.
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Clientes' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Nuevo cliente' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Clientes' }).getByRole('option').count())
      .toBe(1);
    expect(await page.getByText('1 cliente', { exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Buscar clientes').fill('nadie así');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Ningún cliente coincide' }).isVisible())
      .toBe(true);
    expect(await page.getByText('Nada coincide con «nadie así».').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Borrar búsqueda y filtros' }).click();

    // The client's page.
    await page.getByRole('option', { name: /Nguyễn Thị Lan/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).isVisible())
      .toBe(true);
    for (const name of [
      'Procesos de coaching',
      'Acuerdos',
      'Derivaciones',
      'Contacto',
      'Etiquetas',
      'Notas privadas',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.getByRole('button', { name: 'Todos los clientes' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Archivar' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Requiere atención' }).textContent()).toContain(
      '«Crecer el estudio» tiene 2 sesiones pero ningún acuerdo firmado.',
    );
    expect(await page.getByText('Puede aparecer en los registros, consentimiento dado el').isVisible()).toBe(
      true,
    );
    const card = page.getByRole('article', { name: 'Crecer el estudio' });
    const facts = ((await card.textContent()) ?? '').replace(/\s/g, ' ');
    expect(facts).toContain('Individual');
    expect(facts).toContain('90,00 € por sesión');
    expect(facts).toContain('8 sesiones previstas · mensual · 60 min cada una');

    // The client form, with a message from the shared rules in Spanish.
    await page.getByRole('button', { name: 'Editar', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Editar a Nguyễn Thị Lan' });
    await expect.poll(() => form.isVisible()).toBe(true);
    await page.getByLabel('Nombre completo').fill('');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect.poll(() => form.getByText('Escribe el nombre del cliente.').isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // The engagement form.
    await page.getByRole('button', { name: 'Nuevo proceso' }).click();
    const engagementForm = page.getByRole('dialog', { name: 'Nuevo proceso de coaching' });
    await expect.poll(() => engagementForm.isVisible()).toBe(true);
    await waitForFocus(engagementForm.getByLabel('Título', { exact: true }));
    await page.keyboard.type('Círculo de liderazgo');
    await page.getByRole('radio', { name: /^Grupal/ }).check();
    await page.getByLabel('Honorarios', { exact: true }).fill('150.50');
    await engagementForm.getByRole('button', { name: 'Crear proceso' }).click();
    await expect
      .poll(() => engagementForm.getByText('Un grupo o equipo necesita al menos dos clientes.').isVisible())
      .toBe(true);
    expect(await engagementForm.getByText('Escribe un importe como 150,00.').isVisible()).toBe(true);
    await engagementForm.getByRole('button', { name: 'Cancelar' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The referral and erase dialogs.
    await page.getByRole('button', { name: 'Añadir derivación' }).click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Añadir una derivación' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('radio', { name: /^Yo derivé a esta persona/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Borrar…' }).click();
    const erase = page.getByRole('dialog', { name: '¿Borrar a Nguyễn Thị Lan?' });
    await expect.poll(() => erase.getByText('También se borra:').isVisible()).toBe(true);
    expect(await erase.getByText('1 proceso de coaching solo con este cliente').isVisible()).toBe(true);
    expect(await erase.getByRole('button', { name: 'Borrar para siempre' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expectClean();
  });

  it('forgets client data on lock and shows it again after unlocking', async () => {
    const page = await openPractice();
    await addClient(page, { fullName: 'Amara Okafor', privateNotes: 'Thinks best while walking.' });
    await page.reload();
    await page.getByRole('option', { name: /Amara Okafor/ }).click();
    await expect.poll(() => page.getByText('Thinks best while walking.').isVisible()).toBe(true);

    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.getByLabel('Passphrase').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('Amara');
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    // Back on the (fresh) list, not the client page that was open.
    await expect.poll(() => options(page).count()).toBe(1);
    expect(await page.getByText('Thinks best while walking.').count()).toBe(0);
    expectClean();
  });
});
