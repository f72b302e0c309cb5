import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { type Attendance, type Payment, sessionFields } from '../../electron/shared/sessions';
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

/**
 * A certification candidate's practice. The expectations below are computed here, from
 * this data and the ICF ACC numbers in DOMAIN.md, not by the hours engine.
 */
const TRAINING_START = '2025-01-15';
const APPLICATION = '2026-12-31';
/** 18 months before the application date: hours after this day are "recent". */
const RECENT_AFTER = '2025-06-30';
const ACC = { total: 100, paid: 75, clients: 8, recent: 25, maxGroup: 15 };

interface EngagementSeed {
  key: string;
  members: string[];
  fields: Omit<EngagementFieldsInput, 'participantIds'>;
}
interface SessionSeed {
  engagement: string;
  date: string;
  minutes: number;
  payment: Payment;
  attendance?: Attendance;
}

const sixteen = Array.from({ length: 16 }, (_, i) => `Town hall member ${String(i + 1).padStart(2, '0')}`);
const circle = ['Dana Kowalski', 'Eli Ben-David', 'Fatima Zahra', 'Goran Petrović'];

const base = {
  focus: 'specific-purpose',
  currency: 'USD',
  startDate: '2025-01-01',
} as const;

const engagements: EngagementSeed[] = [
  {
    key: 'alex',
    members: ['Alex Moreau'],
    fields: {
      ...base,
      title: 'Career pivot',
      kind: 'individual',
      feeArrangement: 'per-session',
      feeMinor: 12000,
    },
  },
  {
    key: 'bea',
    members: ['Beatriz Souza'],
    fields: {
      ...base,
      title: 'New director',
      kind: 'sponsored',
      sponsorName: 'Northwind Health',
      sponsorKind: 'employer',
      feeArrangement: 'package',
      feeMinor: 240000,
    },
  },
  {
    key: 'chidi',
    members: ['Chidi Okeke'],
    fields: { ...base, title: 'Community mentoring', kind: 'individual', feeArrangement: 'pro-bono' },
  },
  {
    key: 'big',
    members: sixteen,
    fields: {
      ...base,
      title: 'Town hall circle',
      kind: 'group',
      feeArrangement: 'per-session',
      feeMinor: 50000,
    },
  },
  {
    key: 'circle',
    members: circle,
    fields: {
      ...base,
      title: 'Founders circle',
      kind: 'group',
      feeArrangement: 'per-session',
      feeMinor: 30000,
    },
  },
];

const sessions: SessionSeed[] = [
  // Before coach-specific training began: not counted.
  { engagement: 'alex', date: '2025-01-06', minutes: 90, payment: 'paid' },
  // Older than the recent window, after training.
  { engagement: 'alex', date: '2025-02-03', minutes: 60, payment: 'paid' },
  { engagement: 'alex', date: '2025-03-03', minutes: 60, payment: 'paid' },
  { engagement: 'alex', date: '2025-04-07', minutes: 60, payment: 'paid' },
  { engagement: 'alex', date: '2026-01-12', minutes: 60, payment: 'paid' },
  { engagement: 'alex', date: '2026-02-09', minutes: 60, payment: 'paid' },
  { engagement: 'alex', date: '2026-10-05', minutes: 60, payment: 'paid', attendance: 'no-show' },
  { engagement: 'bea', date: '2026-03-02', minutes: 90, payment: 'third-party' },
  { engagement: 'bea', date: '2026-03-16', minutes: 90, payment: 'third-party' },
  { engagement: 'bea', date: '2026-03-30', minutes: 90, payment: 'third-party' },
  { engagement: 'bea', date: '2026-04-13', minutes: 90, payment: 'third-party' },
  { engagement: 'chidi', date: '2026-05-04', minutes: 45, payment: 'pro-bono' },
  { engagement: 'chidi', date: '2026-05-18', minutes: 45, payment: 'pro-bono' },
  { engagement: 'chidi', date: '2026-06-01', minutes: 45, payment: 'pro-bono' },
  // A group of 16: over the ICF limit of 15, not counted.
  { engagement: 'big', date: '2026-07-06', minutes: 120, payment: 'paid' },
  { engagement: 'big', date: '2026-07-20', minutes: 120, payment: 'paid' },
  { engagement: 'circle', date: '2026-09-07', minutes: 75, payment: 'paid' },
];

const groupSizeOf = (key: string) => engagements.find((e) => e.key === key)?.members.length ?? 0;
const membersOf = (key: string) => engagements.find((e) => e.key === key)?.members ?? [];
const isPaid = (s: SessionSeed) => s.payment !== 'pro-bono';
const h = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const sum = (list: SessionSeed[], f: (s: SessionSeed) => number = (s) => s.minutes) =>
  list.reduce((total, s) => total + f(s), 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function expectations(
  manual: { minutes: number; paidMinutes: number; date: string; clients: number }[] = [],
) {
  const held = sessions.filter((s) => (s.attendance ?? 'held') === 'held');
  const beforeTraining = held.filter((s) => s.date < TRAINING_START);
  const tooLarge = held.filter((s) => s.date >= TRAINING_START && groupSizeOf(s.engagement) > ACC.maxGroup);
  const counted = held.filter(
    (s) => s.date >= TRAINING_START && s.date <= APPLICATION && groupSizeOf(s.engagement) <= ACC.maxGroup,
  );
  const countedManual = manual.filter((m) => m.date >= TRAINING_START && m.date <= APPLICATION);
  const total = h(sum(counted) + countedManual.reduce((t, m) => t + m.minutes, 0));
  const paid = h(sum(counted.filter(isPaid)) + countedManual.reduce((t, m) => t + m.paidMinutes, 0));
  const clients =
    new Set(counted.flatMap((s) => membersOf(s.engagement))).size +
    countedManual.reduce((t, m) => t + m.clients, 0);
  const recent = h(
    sum(counted.filter((s) => s.date > RECENT_AFTER)) +
      countedManual.filter((m) => m.date > RECENT_AFTER).reduce((t, m) => t + m.minutes, 0),
  );
  const gap = (need: number, have: number) => Math.round((need - have) * 100) / 100;
  const missing = [
    total < ACC.total ? `${gap(ACC.total, total)} more hours` : null,
    paid < ACC.paid ? `${gap(ACC.paid, paid)} more paid hours` : null,
    clients < ACC.clients ? `${plural(ACC.clients - clients, 'more client', 'more clients')}` : null,
    recent < ACC.recent ? `${gap(ACC.recent, recent)} more recent hours` : null,
  ].filter((m): m is string => m !== null);
  const everyone = new Set(held.flatMap((s) => membersOf(s.engagement))).size;
  return {
    total,
    paid,
    clients,
    recent,
    missing,
    exclusions: [
      `${h(sum(beforeTraining))} h before your training start date`,
      `${plural(tooLarge.length, 'session', 'sessions')} in groups over ${ACC.maxGroup} (${h(sum(tooLarge))} h)`,
    ],
    totals: {
      hours: h(sum(held) + manual.reduce((t, m) => t + m.minutes, 0)),
      paid: h(sum(held.filter(isPaid)) + manual.reduce((t, m) => t + m.paidMinutes, 0)),
      proBono: h(
        sum(held.filter((s) => !isPaid(s))) + manual.reduce((t, m) => t + m.minutes - m.paidMinutes, 0),
      ),
      clients: everyone + manual.reduce((t, m) => t + m.clients, 0),
      entries: held.length + manual.length,
    },
  };
}

/** The practice above, seeded through the domain functions, unlocked in the page. */
async function candidatePractice() {
  app = await startApp(browser);
  app.practices.create({ name: 'Okafor Coaching', coachName: 'Ngozi Okafor', passphrase: PASSPHRASE });
  const db = app.practices.requireDb();
  const engagementIds = new Map<string, string>();
  for (const e of engagements) {
    const participantIds = e.members.map(
      (fullName) => createClient(db, systemClock, clientFields.parse({ fullName })).id,
    );
    const engagement = createEngagement(
      db,
      systemClock,
      engagementFields.parse({ ...e.fields, participantIds }),
    );
    engagementIds.set(e.key, engagement.id);
  }
  for (const s of sessions) {
    createSession(
      db,
      systemClock,
      sessionFields.parse({
        engagementId: engagementIds.get(s.engagement),
        startsAt: `${s.date}T10:00:00+00:00`,
        timeZone: 'Europe/London',
        durationMinutes: s.minutes,
        format: 'video',
        attendance: s.attendance ?? 'held',
        payment: s.payment,
        currency: 'USD',
      }),
    );
  }
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The totals strip as label → value. */
async function totals(page: Page): Promise<Record<string, string>> {
  return page
    .getByRole('region', { name: 'Totals' })
    .evaluate((dl) =>
      Object.fromEntries(
        [...dl.querySelectorAll('.hours-total')].map((tile) => [
          tile.querySelector('dt')?.textContent ?? '',
          tile.querySelector('.hours-total-value')?.textContent ?? '',
        ]),
      ),
    );
}

const items = (list: Locator) => list.getByRole('listitem').allTextContents();

describe('a certification candidate tracking hours toward ICF ACC', () => {
  it('sets the target, sees exactly what counts and what is missing, and logs outside hours and CE', async () => {
    await candidatePractice();
    const { page } = app;
    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Hours' }).waitFor();

    // Before any target: the totals of everything logged.
    const before = expectations();
    await expect
      .poll(() => totals(page))
      .toEqual({
        'Total hours': String(before.totals.hours),
        Paid: String(before.totals.paid),
        'Pro bono': String(before.totals.proBono),
        Clients: String(before.totals.clients),
        'Log entries': String(before.totals.entries),
      });

    // Choose ICF ACC, the training start date and the planned application date.
    await page.getByRole('button', { name: 'Credential targets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Credential targets' });
    await dialog.getByRole('checkbox', { name: 'Associate Certified Coach (ACC)' }).check();
    await dialog.getByLabel('Training start date').fill(TRAINING_START);
    await dialog.getByLabel('Planned application date').fill(APPLICATION);
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await dialog.waitFor({ state: 'detached' });

    const acc = page.getByRole('region', { name: 'ICF Associate Certified Coach (ACC)' });
    await acc.waitFor();
    expect(await items(acc.getByRole('list', { name: 'Still needed' }))).toEqual(before.missing);
    expect(before.missing).toEqual([
      '85.5 more hours',
      '62.75 more paid hours',
      '1 more client',
      '13.5 more recent hours',
    ]);
    expect(await items(acc.getByRole('list', { name: 'Not counted for this credential' }))).toEqual(
      before.exclusions,
    );
    expect(before.exclusions).toEqual([
      '1.5 h before your training start date',
      '2 sessions in groups over 15 (4 h)',
    ]);
    const bar = (name: string) => acc.getByRole('progressbar', { name, exact: true });
    expect(await bar('Coaching hours').getAttribute('aria-valuetext')).toBe(`${before.total} of 100 hours`);
    expect(await bar('Paid hours').getAttribute('aria-valuetext')).toBe(`${before.paid} of 75 hours`);
    expect(await bar('Clients').getAttribute('aria-valuetext')).toBe(`${before.clients} of 8 clients`);
    expect(await bar('Hours in the last 18 months').getAttribute('aria-valuetext')).toBe(
      `${before.recent} of 25 hours`,
    );
    expect(await acc.textContent()).toContain(`${before.total} / 100 hours`);
    expect(await acc.textContent()).toMatch(/Rules as of 2025-2026 — International Coaching Federation/);
    // ACC needs mentor coaching too: none logged yet.
    const mentor = page.getByRole('region', { name: 'Mentor coaching' });
    expect(await items(mentor.getByRole('list', { name: 'Still needed' }))).toContain(
      '10 more hours of mentor coaching',
    );

    // The chart speaks its numbers, and the same numbers show as a table.
    const chart = page.getByRole('region', { name: 'Hours over time' });
    expect(await chart.getByRole('img').getAttribute('aria-label')).toContain(
      `${before.totals.hours} hours, ${before.totals.paid} paid and ${before.totals.proBono} pro bono`,
    );
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const lastRow = chart.getByRole('table').getByRole('row').last();
    expect(await lastRow.textContent()).toContain('September 2026');
    const sponsors = page.getByRole('region', { name: 'Hours by sponsor' });
    expect(await sponsors.getByRole('img').getAttribute('aria-label')).toContain('Northwind Health 6 h');

    // Hours from an old log: validated before anything is sent.
    await page.getByRole('button', { name: 'Add hours logged elsewhere' }).click();
    const manual = page.getByRole('dialog', { name: 'Add hours logged elsewhere' });
    await manual.getByLabel('Client name').fill('Hana Ito');
    await manual.getByLabel('Contact information').fill('hana@example.org');
    await manual.getByLabel('Start date').fill('2026-08-31');
    await manual.getByLabel('End date').fill('2026-08-01');
    await manual.getByLabel('Paid hours').fill('one and a half');
    await manual.getByRole('button', { name: 'Add hours' }).click();
    await manual.getByText('Enter hours as a number, like 1.5.').waitFor();
    await manual.getByText('The end date is before the start date.').waitFor();
    await manual.getByLabel('Start date').fill('2026-08-01');
    await manual.getByLabel('End date').fill('2026-08-31');
    await manual.getByLabel('Paid hours').fill('1.5');
    await manual.getByLabel('Pro bono hours').fill('0.5');
    await manual.getByRole('checkbox', { name: 'The client agreed to be listed in my coaching log' }).check();
    await manual.getByRole('button', { name: 'Add hours' }).click();
    await manual.waitFor({ state: 'detached' });

    const hana = { minutes: 120, paidMinutes: 90, date: '2026-08-01', clients: 1 };
    const after = expectations([hana]);
    await expect
      .poll(() => totals(page))
      .toEqual({
        'Total hours': String(after.totals.hours),
        Paid: String(after.totals.paid),
        'Pro bono': String(after.totals.proBono),
        Clients: String(after.totals.clients),
        'Log entries': String(after.totals.entries),
      });
    expect(after.totals.hours).toBe(before.totals.hours + 2);
    const row = page
      .getByRole('table', { name: 'Hours logged elsewhere' })
      .getByRole('row', { name: /Hana Ito/ });
    expect(await row.textContent()).toContain('1.5 h');
    // A period as the language writes it (en-US here): 'Aug 1 – 31, 2026'.
    expect(await row.textContent()).toMatch(/Aug 1\s*–\s*31, 2026/);
    // The eighth client: that requirement is now met and leaves the list.
    await expect.poll(() => items(acc.getByRole('list', { name: 'Still needed' }))).toEqual(after.missing);
    expect(after.missing).toEqual(['83.5 more hours', '61.25 more paid hours', '11.5 more recent hours']);
    expect(await bar('Clients').getAttribute('aria-valuetext')).toBe('8 of 8 clients, met');

    // Old-log hours about a current client: offered as the same person, counted once when linked.
    await page.getByRole('button', { name: 'Add hours logged elsewhere' }).click();
    await manual.getByLabel('Client name').fill('CHIDI OKEKE');
    await manual.getByLabel('Start date').fill('2024-06-03');
    await manual.getByLabel('Pro bono hours').fill('3');
    await manual.getByRole('button', { name: 'Add hours' }).click();
    await manual.waitFor({ state: 'detached' });
    const twice = expectations([hana, { minutes: 180, paidMinutes: 0, date: '2024-06-03', clients: 1 }]);
    const clientsTotal = async () => (await totals(page)).Clients;
    await expect.poll(clientsTotal).toBe(String(twice.totals.clients));
    const notice = page.getByRole('note').filter({ hasText: 'counts as two clients' });
    expect(await notice.textContent()).toContain(
      '1 entry names someone who is also your client in Coachbook.',
    );
    // One entry is linked from its row; the note has no second button for it.
    expect(await notice.getByRole('button').count()).toBe(0);
    const chidi = page
      .getByRole('table', { name: 'Hours logged elsewhere' })
      .getByRole('row', { name: /CHIDI/ });
    expect(await chidi.textContent()).toContain('Also your client Chidi Okeke?');
    await chidi
      .getByRole('button', { name: 'CHIDI OKEKE is your client Chidi Okeke: link them and count them once' })
      .click();
    await expect.poll(() => chidi.textContent()).toContain('Client record: Chidi Okeke');
    await expect.poll(clientsTotal).toBe(String(twice.totals.clients - 1));
    expect(await notice.count()).toBe(0);
    // Not the same person after all: unlink; then link by hand, searching the clients.
    await chidi.getByRole('button', { name: 'Unlink CHIDI OKEKE from the client record' }).click();
    await expect.poll(clientsTotal).toBe(String(twice.totals.clients));
    await chidi.getByRole('button', { name: 'Link CHIDI OKEKE to a client record…' }).click();
    const linking = page.getByRole('dialog', { name: 'Link to a client record' });
    await linking.getByRole('combobox', { name: 'Client' }).fill('okeke');
    await linking.getByRole('option', { name: /Chidi Okeke/ }).click();
    await linking.waitFor({ state: 'detached' });
    await expect.poll(clientsTotal).toBe(String(twice.totals.clients - 1));
    await page.getByRole('button', { name: 'Remove entry for CHIDI OKEKE' }).click();
    await page
      .getByRole('dialog', { name: 'Remove this entry?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect.poll(clientsTotal).toBe(String(after.totals.clients));

    // Two such entries: the note links both at once.
    for (const name of ['Alex Moreau', 'BEATRIZ SOUZA']) {
      await page.getByRole('button', { name: 'Add hours logged elsewhere' }).click();
      await manual.getByLabel('Client name').fill(name);
      await manual.getByLabel('Start date').fill('2024-05-06');
      await manual.getByLabel('Paid hours').fill('1');
      await manual.getByRole('button', { name: 'Add hours' }).click();
      await manual.waitFor({ state: 'detached' });
    }
    await expect.poll(clientsTotal).toBe(String(after.totals.clients + 2));
    await notice.getByRole('button', { name: 'Link all 2' }).click();
    await expect.poll(clientsTotal).toBe(String(after.totals.clients));
    await expect.poll(() => notice.count()).toBe(0);
    for (const name of ['Alex Moreau', 'BEATRIZ SOUZA']) {
      await page.getByRole('button', { name: `Remove entry for ${name}` }).click();
      await page
        .getByRole('dialog', { name: 'Remove this entry?' })
        .getByRole('button', { name: 'Remove' })
        .click();
      await page.getByRole('dialog', { name: 'Remove this entry?' }).waitFor({ state: 'detached' });
    }

    // Export the client coaching log: initials only, unlisted clients left out.
    const csvPath = join(app.dataDir, 'client-log.csv');
    app.dialogs.nextSavePath = csvPath;
    await page.getByRole('button', { name: 'Exports' }).click();
    const exportsPanel = page.getByRole('dialog', { name: 'Exports' });
    await exportsPanel.getByRole('radio', { name: 'Initials' }).check();
    expect(await exportsPanel.getByRole('checkbox', { name: /Leave out clients/ }).isChecked()).toBe(true);
    await exportsPanel.getByRole('button', { name: 'Client coaching log as CSV' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Saved to ${csvPath}`);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).not.toContain('Alex Moreau'); // never agreed to be listed
    expect(csv).not.toContain('Hana Ito'); // listed, by initials

    // Renewal: add the target and log continuing education.
    await page.getByRole('button', { name: 'Change' }).click();
    await dialog.getByRole('checkbox', { name: 'Credential renewal (every 3 years)' }).check();
    await dialog.getByLabel('Renewal date').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await dialog.waitFor({ state: 'detached' });
    const renewal = page.getByRole('region', { name: 'ICF credential renewal (every 3 years)' });
    await renewal.waitFor();

    await page.getByRole('button', { name: 'Add continuing education' }).click();
    const ce = page.getByRole('dialog', { name: 'Add continuing education' });
    await ce.getByLabel('Course').fill('Ethics in coaching practice');
    await ce.getByLabel('Provider').fill('ICF Learning');
    await ce.getByLabel('Date').fill('2026-10-01');
    await ce.getByLabel('Units').fill('3.25');
    await ce.getByRole('checkbox', { name: 'Coaching ethics' }).check();
    await ce.getByRole('button', { name: 'Add course' }).click();
    await ce.getByText('Use at most one decimal place.').waitFor();
    await ce.getByLabel('Units').fill('3.5');
    await ce.getByRole('button', { name: 'Add course' }).click();
    await ce.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add continuing education' }).click();
    await ce.getByLabel('Course').fill('Building a coaching business');
    await ce.getByLabel('Provider').fill('Coach Campus');
    await ce.getByLabel('Date').fill('2026-10-20');
    await ce.getByLabel('Units').fill('2');
    await ce.getByRole('radio', { name: 'Resource Development' }).check();
    await expect.poll(() => ce.getByRole('checkbox', { name: 'Coaching ethics' }).count()).toBe(0);
    await ce.getByRole('button', { name: 'Add course' }).click();
    await ce.waitFor({ state: 'detached' });

    const ceTable = page.getByRole('table', { name: 'Continuing education' });
    expect(await ceTable.getByRole('row', { name: /Ethics in coaching practice/ }).textContent()).toContain(
      'Ethics',
    );
    await expect
      .poll(() => items(renewal.getByRole('list', { name: 'Still needed' })))
      .toEqual(['34.5 more CCE units', '20.5 more Core Competencies units']);
    expect(
      await renewal
        .getByRole('progressbar', { name: 'Ethics units', exact: true })
        .getAttribute('aria-valuetext'),
    ).toBe('3.5 of 3 units, met');

    // Removing the manual entry puts the totals back.
    await page.getByRole('button', { name: 'Remove entry for Hana Ito' }).click();
    await page
      .getByRole('dialog', { name: 'Remove this entry?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect.poll(async () => (await totals(page))['Total hours']).toBe(String(before.totals.hours));

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows progress, charts, logs and their dialogs in Spanish', async () => {
    await candidatePractice();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Horas' }).waitFor();
    const totalsStrip = page.getByRole('region', { name: 'Totales' });
    expect(await totalsStrip.textContent()).toContain('Horas totales');
    expect(await page.getByRole('button', { name: 'Importar registro existente…' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Objetivos de credencial…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Objetivos de credencial' });
    // Credential names are proper names; a rule named by what it is gets Spanish words.
    expect(
      await dialog.getByRole('checkbox', { name: 'Renovación de la credencial ICF (cada 3 años)' }).count(),
    ).toBe(1);
    await dialog.getByRole('checkbox', { name: 'Associate Certified Coach (ACC)' }).check();
    await dialog.getByLabel('Fecha de inicio de la formación').fill(TRAINING_START);
    await dialog.getByLabel('Fecha prevista de solicitud').fill(APPLICATION);
    await dialog.getByRole('button', { name: 'Guardar objetivos' }).click();
    await dialog.waitFor({ state: 'detached' });

    // What is missing and what is left out, worded in the renderer from main's numbers.
    const acc = page.getByRole('region', { name: 'ICF Associate Certified Coach (ACC)' });
    await acc.waitFor();
    expect(await items(acc.getByRole('list', { name: 'Lo que falta' }))).toEqual([
      '85,5 horas más',
      '62,75 horas remuneradas más',
      '1 cliente más',
      '13,5 horas recientes más',
    ]);
    expect(await items(acc.getByRole('list', { name: 'No cuentan para esta credencial' }))).toEqual([
      '1,5 h antes de la fecha de inicio de tu formación',
      '2 sesiones en grupos de más de 15 (4 h)',
    ]);
    expect(
      await acc.getByRole('progressbar', { name: 'Clientes', exact: true }).getAttribute('aria-valuetext'),
    ).toBe('7 de 8 clientes');
    // The recency window comes from main as a number of months, no longer as English words.
    expect(
      await acc
        .getByRole('progressbar', { name: 'Horas en los últimos 18 meses', exact: true })
        .getAttribute('aria-valuetext'),
    ).toMatch(/ de 25 horas$/);
    expect(await acc.textContent()).toContain('En curso');
    const mentor = page.getByRole('region', { name: 'Mentoría de coaching' });
    expect(await items(mentor.getByRole('list', { name: 'Lo que falta' }))).toContain(
      '10 horas más de mentoría de coaching',
    );

    const chart = page.getByRole('region', { name: 'Horas a lo largo del tiempo' });
    await chart.getByRole('button', { name: 'Mostrar como tabla' }).click();
    expect(await chart.getByRole('table').getByRole('row').last().textContent()).toContain(
      'septiembre de 2026',
    );
    // Rows without a sponsor's name are worded here, from their kind.
    const sponsors = page.getByRole('region', { name: 'Horas por patrocinador' });
    expect(await sponsors.getByRole('img').getAttribute('aria-label')).toContain(
      'Sin patrocinador (cliente o pro bono)',
    );
    await sponsors.getByRole('button', { name: 'Mostrar como tabla' }).click();
    await sponsors.getByRole('table').waitFor();
    const sponsorRows = await sponsors.getByRole('table').getByRole('rowheader').allTextContents();
    expect(sponsorRows).toContain('Sin patrocinador (cliente o pro bono)');
    expect(sponsorRows).toContain('Northwind Health');
    expect(sponsorRows.join(' ')).not.toMatch(/No sponsor/);
    expect(await page.getByRole('heading', { name: 'Formación continua' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Añadir horas registradas en otro lugar' }).click();
    const manual = page.getByRole('dialog', { name: 'Añadir horas registradas en otro lugar' });
    await manual.getByLabel('Nombre del cliente').fill('Hana Ito');
    await manual.getByLabel('Fecha de inicio').fill('2026-08-31');
    await manual.getByLabel('Fecha de fin').fill('2026-08-01');
    await manual.getByLabel('Horas remuneradas').fill('una y media');
    await manual.getByRole('button', { name: 'Añadir horas' }).click();
    await manual.getByText('Escribe las horas como un número, por ejemplo 1,5.').waitFor();
    await manual.getByLabel('Horas remuneradas').fill('1,5');
    await manual.getByRole('button', { name: 'Añadir horas' }).click();
    await manual.getByText('La fecha de fin es anterior a la fecha de inicio.').waitFor();
    await manual.getByRole('button', { name: 'Cancelar' }).click();

    await page.getByRole('button', { name: 'Añadir formación continua' }).click();
    const ce = page.getByRole('dialog', { name: 'Añadir formación continua' });
    expect(await ce.getByRole('radio', { name: 'Competencias Clave' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Exportaciones' }).click();
    const exportsPanel = page.getByRole('dialog', { name: 'Exportaciones' });
    await expect.poll(() => exportsPanel.getByRole('radio', { name: 'Iniciales' }).isVisible()).toBe(true);
    expect(
      await exportsPanel
        .getByRole('button', { name: 'Registro de coaching con clientes en CSV' })
        .isVisible(),
    ).toBe(true);
    await page.keyboard.press('Escape');

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('explains where hours come from when there are none yet', async () => {
    app = await startApp(browser);
    app.practices.create({ name: 'Okafor Coaching', coachName: 'Ngozi Okafor', passphrase: PASSPHRASE });
    await app.open();
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+3');
    const empty = page.getByRole('region', { name: 'No coaching hours yet' });
    expect(await empty.textContent()).toContain('Hours come from the sessions you mark as held');
    await empty.getByRole('button', { name: 'Set credential targets' }).click();
    const dialog = page.getByRole('dialog', { name: 'Credential targets' });
    // Every body's credentials, grouped.
    for (const body of ['ICF', 'EMCC', 'CCE']) {
      expect(await dialog.getByRole('group', { name: new RegExp(`^${body}`) }).count()).toBe(1);
    }
    await dialog.getByRole('checkbox', { name: 'Professional Certified Coach (PCC)' }).check();
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    const pcc = page.getByRole('region', { name: 'ICF Professional Certified Coach (PCC)' });
    await expect
      .poll(() => items(pcc.getByRole('list', { name: 'Still needed' })))
      .toEqual(['500 more hours', '450 more paid hours', '25 more clients', '50 more recent hours']);
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
