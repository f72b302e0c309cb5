import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createCe, createManualHours, saveHoursSettings } from '../../electron/core/hours/service';
import { createReceived } from '../../electron/core/sessions/received';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { ceFields, manualHoursFields } from '../../electron/shared/hours';
import { type Payment, receivedFields, sessionFields } from '../../electron/shared/sessions';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: the Hours section of a coach two years into an ICF path (targets
 * ACC and PCC), about 120 sessions seeded through the domain functions, light and dark.
 */
const OUT = join(__dirname, '../../screenshots');

/** A small deterministic generator, so every run draws the same practice. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Plan {
  title: string;
  members: string[];
  fields: Omit<EngagementFieldsInput, 'participantIds' | 'title'>;
  payment: Payment;
  from: string;
  sessions: number;
  /** Days between sessions. */
  every: number;
  minutes: number[];
}

const individual = (fee: number) =>
  ({
    kind: 'individual',
    feeArrangement: 'per-session',
    feeMinor: fee,
    focus: 'whole-person',
    currency: 'USD',
  }) as const;

const plans: Plan[] = [
  {
    title: 'Finding my next chapter',
    members: ['Tomás Ó Briain'],
    fields: { ...individual(9000), startDate: '2024-07-01' },
    payment: 'paid',
    from: '2024-07-08',
    sessions: 10,
    every: 14,
    minutes: [60],
  },
  {
    title: 'Growing the studio',
    members: ['Nguyễn Thị Lan'],
    fields: {
      ...individual(0),
      kind: 'sponsored',
      feeArrangement: 'package',
      feeMinor: 240000,
      sponsorName: 'Mekong Women Founders Fund',
      sponsorKind: 'grant',
      startDate: '2024-10-01',
    },
    payment: 'third-party',
    from: '2024-10-07',
    sessions: 14,
    every: 21,
    minutes: [60, 75],
  },
  {
    title: 'First-time director',
    members: ['Sofia Lindqvist'],
    fields: {
      ...individual(0),
      kind: 'sponsored',
      feeArrangement: 'package',
      feeMinor: 360000,
      sponsorName: 'Northwind Health',
      sponsorKind: 'employer',
      startDate: '2025-01-06',
    },
    payment: 'third-party',
    from: '2025-01-13',
    sessions: 12,
    every: 18,
    minutes: [60, 90],
  },
  {
    title: 'Leading the night shift',
    members: ['Priya Raghunathan'],
    fields: {
      ...individual(0),
      kind: 'sponsored',
      feeArrangement: 'package',
      feeMinor: 300000,
      sponsorName: 'Northwind Health',
      sponsorKind: 'employer',
      startDate: '2025-09-01',
    },
    payment: 'third-party',
    from: '2025-09-08',
    sessions: 10,
    every: 16,
    minutes: [60],
  },
  {
    title: 'Career pivot',
    members: ['Mateo Fernández García'],
    fields: { ...individual(11000), startDate: '2025-03-01' },
    payment: 'paid',
    from: '2025-03-04',
    sessions: 9,
    every: 21,
    minutes: [60],
  },
  {
    title: 'Founder focus',
    members: ['Amara Okafor'],
    fields: { ...individual(15000), startDate: '2025-06-01' },
    payment: 'paid',
    from: '2025-06-03',
    sessions: 12,
    every: 24,
    minutes: [60, 45],
  },
  {
    title: 'Design lead',
    members: ['Yuki Tanaka'],
    fields: { ...individual(12000), startDate: '2026-02-01' },
    payment: 'paid',
    from: '2026-02-05',
    sessions: 14,
    every: 21,
    minutes: [60],
  },
  {
    title: 'Youth mentors programme',
    members: ['Kwame Mensah'],
    fields: {
      ...individual(0),
      kind: 'individual',
      feeArrangement: 'pro-bono',
      feeMinor: null,
      sponsorName: 'Riverside Community Trust',
      sponsorKind: 'community-partner',
      startDate: '2024-11-01',
    },
    payment: 'pro-bono',
    from: '2024-11-05',
    sessions: 9,
    every: 35,
    minutes: [45, 60],
  },
  {
    title: 'Library job club',
    members: ['Grace Thompson'],
    fields: {
      ...individual(0),
      feeArrangement: 'pro-bono',
      feeMinor: null,
      sponsorName: 'Riverside Community Trust',
      sponsorKind: 'community-partner',
      startDate: '2025-04-01',
    },
    payment: 'pro-bono',
    from: '2025-04-02',
    sessions: 8,
    every: 30,
    minutes: [45],
  },
  {
    title: 'Barter: bookkeeping for coaching',
    members: ['Hannah Schmidt'],
    fields: { ...individual(0), feeArrangement: 'barter', feeMinor: null, startDate: '2025-10-01' },
    payment: 'barter',
    from: '2025-10-06',
    sessions: 6,
    every: 21,
    minutes: [60],
  },
  {
    title: 'Women in Leadership Circle',
    members: [
      'Elif Yılmaz',
      'Chloé Martin',
      'Lucía Romero',
      'Καλλιόπη Παπαδοπούλου',
      'Ana Lúcia Costa',
      'Mei Chen',
    ],
    fields: {
      kind: 'group',
      feeArrangement: 'per-session',
      feeMinor: 48000,
      focus: 'both',
      currency: 'USD',
      startDate: '2025-05-01',
    },
    payment: 'paid',
    from: '2025-05-06',
    sessions: 20,
    every: 28,
    minutes: [90],
  },
  {
    title: 'All-hands resilience sessions',
    members: Array.from({ length: 18 }, (_, i) => `Northwind team member ${i + 1}`),
    fields: {
      kind: 'group',
      feeArrangement: 'per-session',
      feeMinor: 90000,
      focus: 'specific-purpose',
      currency: 'USD',
      sponsorName: 'Northwind Health',
      sponsorKind: 'employer',
      startDate: '2026-04-01',
    },
    payment: 'third-party',
    from: '2026-04-14',
    sessions: 2,
    every: 14,
    minutes: [120],
  },
  {
    title: 'Peer coaching triad',
    members: ['Samuel Adeyemi'],
    fields: {
      ...individual(0),
      kind: 'peer',
      feeArrangement: 'barter',
      feeMinor: null,
      startDate: '2025-08-01',
    },
    payment: 'peer-as-coach',
    from: '2025-08-05',
    sessions: 6,
    every: 14,
    minutes: [60],
  },
];

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function seed(db: Db) {
  const next = random(20260323);
  const today = new Date().toISOString().slice(0, 10);
  let count = 0;
  for (const plan of plans) {
    const participantIds = plan.members.map(
      (fullName, i) =>
        createClient(
          db,
          systemClock,
          clientFields.parse({
            fullName,
            mayBeListed: i % 3 !== 2,
            listingConsentDate: i % 3 !== 2 ? plan.fields.startDate : null,
          }),
        ).id,
    );
    const engagement = createEngagement(
      db,
      systemClock,
      engagementFields.parse({ ...plan.fields, title: plan.title, participantIds }),
    );
    let day = plan.from;
    for (let i = 0; i < plan.sessions && day <= today; i++) {
      const minutes = plan.minutes[Math.floor(next() * plan.minutes.length)] ?? 60;
      const held = next() > 0.06;
      createSession(
        db,
        systemClock,
        sessionFields.parse({
          engagementId: engagement.id,
          startsAt: `${day}T${String(8 + Math.floor(next() * 9)).padStart(2, '0')}:00:00+00:00`,
          timeZone: 'Europe/London',
          durationMinutes: minutes,
          format: next() > 0.25 ? 'video' : 'in-person',
          attendance: held ? 'held' : next() > 0.5 ? 'no-show' : 'late-cancel',
          payment: plan.payment,
          currency: 'USD',
        }),
      );
      count += 1;
      day = addDays(day, plan.every + Math.floor(next() * 6) - 2);
    }
    if (plan.payment === 'peer-as-coach') {
      // The other half of the triad: Samuel coached the coach, four times.
      for (let i = 0; i < 4; i++) {
        createSession(
          db,
          systemClock,
          sessionFields.parse({
            engagementId: engagement.id,
            startsAt: `${addDays(plan.from, 7 + i * 14)}T17:00:00+00:00`,
            timeZone: 'Europe/London',
            durationMinutes: 60,
            format: 'video',
            attendance: 'held',
            payment: 'peer-as-client',
            currency: 'USD',
          }),
        );
        count += 1;
      }
    }
  }

  for (const m of [
    {
      clientName: 'Daniel Weiss',
      clientContact: 'daniel.weiss@posteo.de',
      mode: 'individual',
      groupSize: 1,
      startDate: '2024-09-10',
      endDate: '2024-12-17',
      paidMinutes: 540,
      proBonoMinutes: 0,
      mayBeListed: true,
    },
    {
      clientName: 'Marisol Vega',
      clientContact: 'Eastside Library job club',
      mode: 'group',
      groupSize: 5,
      startDate: '2024-10-02',
      endDate: '2024-11-27',
      paidMinutes: 0,
      proBonoMinutes: 360,
      mayBeListed: false,
    },
    // Coached before Coachbook and since: the screen offers to count her once.
    {
      clientName: 'Sofia Lindqvist',
      clientContact: '',
      mode: 'individual',
      groupSize: 1,
      startDate: '2024-03-04',
      endDate: '2024-06-24',
      paidMinutes: 720,
      proBonoMinutes: 0,
      mayBeListed: true,
    },
  ] as const) {
    createManualHours(db, systemClock, manualHoursFields.parse(m));
  }

  for (const [i, minutes] of [60, 60, 75, 90, 90, 90, 90, 60].entries()) {
    createReceived(
      db,
      systemClock,
      receivedFields.parse({
        kind: 'mentor-coaching',
        providerName: 'Ruth Adebayo',
        providerCredential: 'MCC',
        mode: i < 3 ? 'individual' : 'group',
        groupSize: i < 3 ? null : 6,
        startsAt: `${addDays('2026-06-02', i * 14)}T16:00:00+00:00`,
        durationMinutes: minutes,
      }),
    );
  }

  for (const ce of [
    {
      provider: 'ICF Learning',
      course: 'Ethics in coaching practice',
      date: '2026-03-12',
      units: 3,
      category: 'core-competencies',
      ethics: true,
    },
    {
      provider: 'Coach Campus',
      course: 'Advanced team coaching',
      date: '2026-05-21',
      units: 12.5,
      category: 'core-competencies',
      ethics: false,
    },
    {
      provider: 'Small Business Hub',
      course: 'Pricing your coaching practice',
      date: '2026-09-08',
      units: 4,
      category: 'resource-development',
      ethics: false,
    },
  ] as const) {
    createCe(db, systemClock, ceFields.parse(ce));
  }

  saveHoursSettings(db, {
    targets: ['icf-acc', 'icf-pcc'],
    trainingStartDate: '2024-09-01',
    applicationDate: null,
    renewalDate: null,
  });
  return count;
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The names the capture finds things by, in each language it shoots. */
const WORDS = {
  en: {
    nav: 'Main',
    empty: 'No coaching hours yet',
    targets: 'Credential targets…',
    targetsDialog: 'Credential targets',
    addManual: 'Add hours logged elsewhere',
    clientName: 'Client name',
    group: 'Group',
    startDate: 'Start date',
    endDate: 'End date',
    paidHours: 'Paid hours',
    addHours: 'Add hours',
    endBeforeStart: 'The end date is before the start date.',
    addCe: 'Add continuing education',
    exports: 'Exports',
    overTime: 'Hours over time',
    showTable: 'Show as table',
  },
  es: {
    nav: 'Principal',
    empty: 'Aún no hay horas de coaching',
    targets: 'Objetivos de credencial…',
    targetsDialog: 'Objetivos de credencial',
    addManual: 'Añadir horas registradas en otro lugar',
    clientName: 'Nombre del cliente',
    group: 'Grupal',
    startDate: 'Fecha de inicio',
    endDate: 'Fecha de fin',
    paidHours: 'Horas remuneradas',
    addHours: 'Añadir horas',
    endBeforeStart: 'La fecha de fin es anterior a la fecha de inicio.',
    addCe: 'Añadir formación continua',
    exports: 'Exportaciones',
    overTime: 'Horas a lo largo del tiempo',
    showTable: 'Mostrar como tabla',
  },
} as const;

// English in light and dark; Spanish in light, named `<screen>-es.png`.
describe.each([
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'es'],
] as const)('hours screens (%s, %s)', (scheme, language) => {
  it('captures the Hours section', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const w = WORDS[language];
    const suffix = language === 'en' ? scheme : language;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `hours-${name}-${suffix}.png`) });
    const main = page.getByRole('main');
    const scrollTo = (selector: string) =>
      main.evaluate((el, sel) => {
        const target = el.querySelector(sel);
        if (target) el.scrollTo(0, (target as HTMLElement).offsetTop - 20);
      }, selector);
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
      await page.getByRole('region', { name: w.empty }).waitFor();
      await shot('01-empty');

      seed(app.practices.requireDb());
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+3');
      await page.getByRole('region', { name: 'ICF Professional Certified Coach (PCC)' }).waitFor();
      await shot('02-progress');

      await scrollTo('.hours-charts');
      await shot('03-charts');
      await scrollTo('.hours-logs');
      await shot('04-logs');

      await page.setViewportSize({ width: 1200, height: 2300 });
      await main.evaluate((el) => el.scrollTo(0, 0));
      await shot('00-full');
      await page.setViewportSize({ width: 1200, height: 780 });

      await page.getByRole('button', { name: w.targets }).click();
      await page.getByRole('dialog', { name: w.targetsDialog }).waitFor();
      await shot('05-targets');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: w.addManual }).click();
      const manual = page.getByRole('dialog', { name: w.addManual });
      await manual.getByLabel(w.clientName).fill('Jonas Berg');
      await manual.getByRole('radio', { name: w.group }).check();
      await manual.getByLabel(w.startDate).fill('2024-11-04');
      await manual.getByLabel(w.endDate).fill('2024-10-01');
      await manual.getByLabel(w.paidHours).fill('1,5h');
      await manual.getByRole('button', { name: w.addHours }).click();
      await manual.getByText(w.endBeforeStart).waitFor();
      await shot('06-manual-form-errors');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: w.addCe }).click();
      await page.getByRole('dialog', { name: w.addCe }).waitFor();
      await shot('07-ce-form');
      await page.keyboard.press('Escape');

      await main.evaluate((el) => el.scrollTo(0, 0));
      const exports = page.getByRole('button', { name: w.exports });
      if (await exports.count()) {
        await exports.click();
        await page.getByRole('dialog', { name: w.exports }).waitFor();
        await shot('08-exports');
        await page.keyboard.press('Escape');
      }

      await page.getByRole('region', { name: w.overTime }).getByRole('button', { name: w.showTable }).click();
      await scrollTo('.hours-charts');
      await shot('09-charts-as-table');
    } finally {
      await app.close();
    }
  });
});
