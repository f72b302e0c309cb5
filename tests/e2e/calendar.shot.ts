import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CoachbookApi } from '../../electron/shared/api';
import type { IcsImportEvent } from '../../electron/shared/calendar';
import type { ClientFieldsInput } from '../../electron/shared/clients';
import type { EngagementFieldsInput } from '../../electron/shared/engagements';
import type { SessionFieldsInput } from '../../electron/shared/sessions';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: the agenda (week and day) over a practice seeded through the API
 * with this week's sessions, imported drafts among them, then the .ics import preview and
 * the export dialog; light and dark.
 */
const OUT = join(__dirname, '../../screenshots');

type Win = { coachbook: CoachbookApi };

const clients: ClientFieldsInput[] = [
  { fullName: 'Nguyễn Thị Lan', preferredName: 'Lan', email: 'lan.nguyen@saigonbloom.vn' },
  { fullName: 'Mateo Fernández García', preferredName: 'Mateo' },
  { fullName: '李雷', preferredName: 'Lei' },
  { fullName: 'محمد العلي', preferredName: 'محمد' },
  { fullName: 'Zoë Fairweather', preferredName: 'Zoë' },
  { fullName: 'Priya Raghunathan', preferredName: 'Priya' },
  { fullName: 'Sofia Lindqvist' },
  { fullName: 'Grace Thompson' },
  { fullName: 'Hannah Schmidt' },
];

/** Engagement title → its participants (one: individual; several: group). */
const engagementPlan: [string, string[], Partial<EngagementFieldsInput>][] = [
  [
    'Growing the studio',
    ['Nguyễn Thị Lan'],
    { feeArrangement: 'package', feeMinor: 240000, currency: 'USD' },
  ],
  ['First-time manager', ['Mateo Fernández García'], {}],
  ['Harbour Tech leadership', ['李雷'], { currency: 'USD' }],
  ['Executive presence', ['محمد العلي'], { currency: 'USD' }],
  ['Career change', ['Zoë Fairweather'], { currency: 'GBP', sessionMinutes: 45 }],
  ['Board readiness', ['Priya Raghunathan'], {}],
  ['Returning to work', ['Sofia Lindqvist'], { feeArrangement: 'pro-bono', feeMinor: null }],
  ['Women in Leadership Circle', ['Grace Thompson', 'Hannah Schmidt', 'Sofia Lindqvist'], { kind: 'group' }],
  ['Thriving at Northwind', ['Grace Thompson'], {}],
];

/** [day of the visible week, local time, minutes, engagement, zone, attendance override]. */
const plan: [number, string, number, string, string, SessionFieldsInput['attendance'] | null][] = [
  [1, '09:00', 60, 'Growing the studio', 'UTC', null],
  [1, '11:30', 45, 'First-time manager', 'UTC', null],
  [1, '14:00', 90, 'Women in Leadership Circle', 'UTC', null],
  [2, '08:30', 60, 'Board readiness', 'UTC', null],
  [2, '10:00', 60, 'Harbour Tech leadership', 'UTC', null],
  [2, '16:00', 60, 'Executive presence', 'Asia/Dubai', null],
  [3, '09:00', 60, 'Growing the studio', 'UTC', null],
  [3, '09:30', 45, 'Career change', 'UTC', null],
  [3, '13:00', 30, 'Returning to work', 'UTC', null],
  [3, '15:30', 60, 'Thriving at Northwind', 'UTC', 'late-cancel'],
  [5, '12:00', 60, 'First-time manager', 'UTC', null],
  [5, '17:00', 60, 'Thriving at Northwind', 'America/Toronto', null],
];

/** Drafts already imported from the coach's calendar this week (UIDs as in the file below). */
const drafts: [number, string, number, string, string][] = [
  [4, '10:00', 60, 'Growing the studio', 'lan-weekly@calendar.example'],
  [4, '15:00', 45, 'Career change', 'zoe-1@calendar.example'],
];

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first day of the agenda's current week, worked out in the page as the agenda does:
 * from the browser's locale, or from `firstDay` (1 = Monday, 7 = Sunday) when given.
 */
async function weekStart(page: Page, firstDayOverride?: number): Promise<{ start: string; today: string }> {
  return page.evaluate((override) => {
    type WithWeek = Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const locale = new Intl.Locale(navigator.language) as WithWeek;
    const firstDay = override ?? (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 1;
    const now = new Date();
    const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
    const back = (today.getUTCDay() - (firstDay % 7) + 7) % 7;
    return {
      start: new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10),
      today: today.toISOString().slice(0, 10),
    };
  }, firstDayOverride);
}

/** The instant a wall-clock time in a zone is (no DST edge cases in the seed times). */
function instant(day: string, time: string, zone: string): string {
  const guess = Date.parse(`${day}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess)).toISOString();
}

async function seed(page: Page, start: string, today: string): Promise<Record<string, string>> {
  const engagementIds = await page.evaluate(
    async ({ clients, engagementPlan }) => {
      const api = (window as unknown as Win).coachbook;
      const must = async <T>(
        call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
      ) => {
        const result = await call;
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const clientIds: Record<string, string> = {};
      for (const fields of clients) clientIds[fields.fullName] = (await must(api.clients.create(fields))).id;
      const ids: Record<string, string> = {};
      for (const [title, names, extra] of engagementPlan) {
        const created = await must(
          api.engagements.create({
            title,
            kind: names.length > 1 ? 'group' : 'individual',
            participantIds: names.map((n) => clientIds[n] ?? ''),
            focus: 'specific-purpose',
            feeArrangement: 'per-session',
            feeMinor: 15000,
            currency: 'EUR',
            startDate: '2025-01-06',
            sessionMinutes: 60,
            ...extra,
          }),
        );
        ids[title] = created.id;
      }
      return ids;
    },
    { clients, engagementPlan },
  );

  const sessions: SessionFieldsInput[] = plan.map(([day, time, minutes, title, zone, attendance]) => {
    const date = addDays(start, day);
    return {
      engagementId: engagementIds[title] ?? '',
      startsAt: instant(date, time, zone),
      timeZone: zone,
      durationMinutes: minutes,
      format: 'video',
      attendance: attendance ?? (date < today ? 'held' : 'scheduled'),
      payment: 'paid',
      currency: 'EUR',
    };
  });
  const imported: IcsImportEvent[] = drafts.map(([day, time, minutes, title, uid]) => ({
    uid,
    startsAt: instant(addDays(start, day), time, 'UTC'),
    minutes,
    timeZone: 'UTC',
    engagementId: engagementIds[title] ?? '',
  }));
  await page.evaluate(
    async ({ sessions, imported }) => {
      const api = (window as unknown as Win).coachbook;
      for (const s of sessions) {
        const result = await api.sessions.create(s);
        if (!result.ok) throw new Error(result.error.message);
      }
      const result = await api.calendar.importIcs({ events: imported });
      if (!result.ok) throw new Error(result.error.message);
    },
    { sessions, imported },
  );
  return engagementIds;
}

/** The coach's work calendar: this week's drafts again, next week's sessions, a personal event, a broken one. */
function workCalendar(start: string): string {
  const at = (day: number, time: string) =>
    `${addDays(start, day).replace(/-/g, '')}T${time.replace(':', '')}00Z`;
  const event = (lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20250101T000000Z', ...lines, 'END:VEVENT'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example//Calendar//EN',
    ...event([
      'UID:lan-weekly@calendar.example',
      `DTSTART:${at(4, '10:00')}`,
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'SUMMARY:Coaching – Lan',
    ]),
    ...event([
      'UID:zoe-1@calendar.example',
      `DTSTART:${at(4, '15:00')}`,
      'DURATION:PT45M',
      'SUMMARY:Zoë / career',
    ]),
    ...event([
      'UID:mateo-2@calendar.example',
      `DTSTART:${at(8, '11:30')}`,
      'DURATION:PT45M',
      'SUMMARY:Check-in',
      'ATTENDEE;CN=Mateo Fernandez Garcia:mailto:mateo@example.es',
    ]),
    ...event([
      'UID:circle-3@calendar.example',
      `DTSTART:${at(8, '14:00')}`,
      'DURATION:PT1H30M',
      'SUMMARY:Women in Leadership Circle',
    ]),
    ...event([
      'UID:priya-ben@calendar.example',
      `DTSTART:${at(9, '08:30')}`,
      'DURATION:PT1H',
      'SUMMARY:Priya — board prep',
    ]),
    ...event([
      'UID:ana@calendar.example',
      `DTSTART:${at(10, '16:00')}`,
      'DURATION:PT1H',
      'SUMMARY:Coffee with Ana Ruiz',
    ]),
    ...event([
      'UID:dentist@calendar.example',
      `DTSTART:${at(9, '07:30')}`,
      'DURATION:PT30M',
      'SUMMARY:Dentist',
    ]),
    ...event([
      'UID:retreat@calendar.example',
      `DTSTART;VALUE=DATE:${addDays(start, 12).replace(/-/g, '')}`,
      'SUMMARY:Retreat',
    ]),
    ...event([
      'UID:broken@calendar.example',
      'DTSTART;TZID=Atlantis/Capital:20260315T090000',
      'SUMMARY:Supervision (Ines)',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('agenda and calendar import (%s)', (scheme) => {
  it('captures the week and day agenda, the import preview and the export dialog', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    await page.setViewportSize({ width: 1360, height: 900 });
    const shot = (name: string) => page.screenshot({ path: join(OUT, `calendar-${name}-${scheme}.png`) });
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      await app.open();
      await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      const { start, today } = await weekStart(page);
      await seed(page, start, today);

      await page.getByRole('button', { name: 'Sessions' }).first().click();
      await page.getByRole('tab', { name: 'Agenda' }).click();
      const agenda = page.getByRole('region', { name: 'Agenda' });
      await agenda
        .getByRole('button', { name: /draft from calendar/ })
        .first()
        .waitFor();
      await shot('01-week');

      // The day view of the busiest day (the fourth of the week).
      await agenda.getByRole('button', { name: 'Day', exact: true }).click();
      const target = addDays(start, 3);
      const steps = Math.round((Date.parse(target) - Date.parse(today)) / 86_400_000);
      const step = agenda.getByRole('button', { name: steps > 0 ? 'Next day' : 'Previous day' });
      for (let i = 0; i < Math.abs(steps); i++) await step.click();
      await agenda.getByRole('button', { name: /Zoë Fairweather/ }).waitFor();
      await shot('02-day');
      await agenda.getByRole('button', { name: 'Week', exact: true }).click();
      await agenda.getByRole('button', { name: 'Today', exact: true }).click();

      const icsPath = join(app.dataDir, 'Work calendar.ics');
      writeFileSync(icsPath, workCalendar(start));
      app.dialogs.nextOpenFile = icsPath;
      await page.getByRole('button', { name: 'Import from calendar…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import from calendar' });
      await dialog.getByRole('table', { name: 'Calendar events' }).waitFor();
      await shot('03-import-preview');
      await dialog.getByRole('checkbox', { name: /that match(es)? no client/ }).check();
      await dialog.getByRole('combobox', { name: /^Engagement for Coffee with Ana Ruiz/ }).focus();
      await shot('04-import-unmatched');
      await dialog.getByRole('button', { name: /^Import \d+ as drafts$/ }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('status').filter({ hasText: 'as drafts' }).waitFor();
      await shot('05-after-import');

      app.dialogs.nextSavePath = null;
      await page.getByRole('button', { name: 'Export .ics…' }).click();
      await page.getByRole('dialog', { name: 'Export to your calendar' }).waitFor();
      await shot('06-export');
    } finally {
      await app.close();
    }
  });
});

describe('agenda and calendar import in Spanish', () => {
  it('captures the week and day agenda, the import preview and the export dialog in Spanish', async () => {
    const app = await startApp(browser);
    const { page } = app;
    await page.setViewportSize({ width: 1360, height: 900 });
    const shot = (name: string) => page.screenshot({ path: join(OUT, `calendar-${name}-es.png`) });
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      await app.open();
      await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      await page.evaluate(() =>
        (window as unknown as Win).coachbook.preferences.set({
          language: 'es',
          dateFormat: 'locale',
          weekStart: 'locale',
        }),
      );
      // Spanish weeks start on Monday.
      const { start, today } = await weekStart(page, 1);
      await seed(page, start, today);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Clientes' }).waitFor();

      await page.getByRole('button', { name: 'Sesiones' }).first().click();
      await page.getByRole('tab', { name: 'Agenda' }).click();
      const agenda = page.getByRole('region', { name: 'Agenda' });
      await agenda
        .getByRole('button', { name: /borrador del calendario/ })
        .first()
        .waitFor();
      await shot('01-week');

      await agenda.getByRole('button', { name: 'Día', exact: true }).click();
      const target = addDays(start, 3);
      const steps = Math.round((Date.parse(target) - Date.parse(today)) / 86_400_000);
      const step = agenda.getByRole('button', { name: steps > 0 ? 'Día siguiente' : 'Día anterior' });
      for (let i = 0; i < Math.abs(steps); i++) await step.click();
      await agenda.getByRole('button', { name: /Zoë Fairweather/ }).waitFor();
      await shot('02-day');
      await agenda.getByRole('button', { name: 'Semana', exact: true }).click();
      await agenda.getByRole('button', { name: 'Hoy', exact: true }).click();

      const icsPath = join(app.dataDir, 'Calendario de trabajo.ics');
      writeFileSync(icsPath, workCalendar(start));
      app.dialogs.nextOpenFile = icsPath;
      await page.getByRole('button', { name: 'Importar del calendario…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importar del calendario' });
      await dialog.getByRole('table', { name: 'Eventos del calendario' }).waitFor();
      await shot('03-import-preview');
      await dialog.getByRole('checkbox', { name: /que no coinciden? con ningún cliente/ }).check();
      await dialog.getByRole('combobox', { name: /^Proceso de coaching para Coffee with Ana Ruiz/ }).focus();
      await shot('04-import-unmatched');
      await dialog.getByRole('button', { name: /^Importar \d+ como borradores$/ }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('status').filter({ hasText: 'como borradores' }).waitFor();
      await shot('05-after-import');

      app.dialogs.nextSavePath = null;
      await page.getByRole('button', { name: 'Exportar .ics…' }).click();
      await page.getByRole('dialog', { name: 'Exportar a tu calendario' }).waitFor();
      await shot('06-export');
    } finally {
      await app.close();
    }
  });
});
