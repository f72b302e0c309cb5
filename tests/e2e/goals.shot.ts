import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '../../electron/core/assessments/assessments';
import { createClient } from '../../electron/core/clients/clients';
import type { Clock } from '../../electron/core/clock';
import { systemClock } from '../../electron/core/clock';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createAction } from '../../electron/core/sessions/actions';
import { addGoalProgress, createGoal } from '../../electron/core/sessions/goals';
import { createSession } from '../../electron/core/sessions/sessions';
import { DEFAULT_WHEEL_AREAS } from '../../electron/shared/assessments';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { sessionFields } from '../../electron/shared/sessions';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: follow-ups (Sessions → Follow-ups), and, once the client page mounts
 * them, the Wheel of Life (chart, table, new-wheel form) and goals, light and dark.
 */
const OUT = join(__dirname, '../../screenshots');
const PASSPHRASE = 'quiet river morning 42';
const SRC = join(__dirname, '../../src/features');
const mounted = (component: string, dirs: string[]) =>
  dirs.some((dir) =>
    readdirSync(join(SRC, dir))
      .filter((f) => f.endsWith('.tsx'))
      .some((f) => readFileSync(join(SRC, dir, f), 'utf8').includes(`<${component}`)),
  );
const wheelMounted = mounted('WheelOfLifePanel', ['clients']);
const goalsMounted = mounted('GoalsPanel', ['clients', 'engagements']);

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (offset: number): Clock => ({ now: () => new Date(Date.now() + offset * DAY) });

function seed(db: Db) {
  const person = (fullName: string) => createClient(db, systemClock, clientFields.parse({ fullName }));
  const lan = person('Nguyễn Thị Lan');
  const mohammed = person('محمد العلي');
  const zoe = person('Zoë Fairweather');
  const amara = person('Amara Okafor');
  const kwame = person('Kwame Mensah');
  const engagement = (title: string, ids: string[], kind: 'individual' | 'group' = 'individual') =>
    createEngagement(
      db,
      systemClock,
      engagementFields.parse({
        title,
        kind,
        participantIds: ids,
        focus: 'specific-purpose',
        focusDescription: kind === 'group' ? 'Peer learning for first-time founders.' : '',
        feeArrangement: 'pro-bono',
        currency: 'USD',
        startDate: day(-120),
        plannedSessions: 10,
        frequency: 'fortnightly',
      }),
    );
  const leadership = engagement('Leadership transition', [lan.id]);
  const family = engagement('Growing the family business', [mohammed.id]);
  const career = engagement('Career change', [zoe.id]);
  const circle = engagement('Founders circle', [amara.id, kwame.id], 'group');
  const session = (engagementId: string, offset: number) =>
    createSession(
      db,
      systemClock,
      sessionFields.parse({
        engagementId,
        startsAt: new Date(Date.now() + offset * DAY).toISOString(),
        timeZone: 'Europe/London',
        durationMinutes: 60,
        format: 'video',
        attendance: 'held',
        payment: 'pro-bono',
        currency: 'USD',
      }),
    );
  const s1 = session(leadership.id, -12);
  const s2 = session(family.id, -9);
  const s3 = session(circle.id, -5);
  const commit = (
    engagementId: string,
    text: string,
    offset: number | null,
    owner: 'client' | 'coach',
    sessionId: string | null,
  ) =>
    createAction(db, systemClock, {
      engagementId,
      sessionId,
      text,
      owner,
      dueDate: offset === null ? null : day(offset),
    });
  commit(leadership.id, 'Ask two team members for candid feedback on the new stand-up', -4, 'client', s1.id);
  commit(family.id, 'Send the article on succession planning in family firms', -1, 'coach', s2.id);
  commit(career.id, 'Update the portfolio with the two museum projects', 0, 'client', null);
  commit(
    circle.id,
    'Each founder shares one hiring mistake and what it taught them, at the next circle',
    2,
    'client',
    s3.id,
  );
  commit(family.id, 'Draft the conversation with his father about roles', 5, 'client', s2.id);
  commit(leadership.id, 'Book the quarterly offsite venue', 6, 'coach', s1.id);
  commit(career.id, 'Reach out to three people working in UX research', 18, 'client', null);

  // Four wheels for Lan, the oldest first.
  const wheels: [number, number[], string][] = [
    [-300, [4, 3, 5, 7, 4, 5, 3, 6], 'Starting point: feels stuck at work, money tight.'],
    [-200, [5, 4, 5, 7, 5, 6, 4, 6], ''],
    [-100, [6, 5, 6, 8, 5, 7, 5, 7], 'Promotion talks under way.'],
    [-6, [8, 6, 5, 8, 6, 8, 6, 7], 'New role started; health slipping with the long hours.'],
  ];
  for (const [offset, scores, note] of wheels) {
    createAssessment(db, at(offset), {
      clientId: lan.id,
      takenOn: day(offset),
      scores: DEFAULT_WHEEL_AREAS.map((area, i) => ({ area, score: scores[i] ?? 5 })),
      note,
    });
  }

  const goal = createGoal(db, at(-90), {
    engagementId: leadership.id,
    title: 'Lead my first team with confidence',
    successMeasure: 'In the April review my team says our meetings feel useful, and I stop rehearsing them.',
    plan: '1. Weekly one-to-ones with each of the five\n2. Run the stand-up from a shared agenda\n3. Ask for feedback every month',
    status: 'active',
  });
  addGoalProgress(db, at(-60), {
    goalId: goal.id,
    sessionId: null,
    note: 'One-to-ones booked for the quarter.',
    percent: 20,
  });
  addGoalProgress(db, at(-30), {
    goalId: goal.id,
    sessionId: null,
    note: 'Two calm stand-ups in a row.',
    percent: 45,
  });
  addGoalProgress(db, at(-12), {
    goalId: goal.id,
    sessionId: s1.id,
    note: 'Asked the team for feedback for the first time.',
    percent: 60,
  });
  const sleep = createGoal(db, at(-40), {
    engagementId: leadership.id,
    title: 'Protect evenings: offline by 19:00 three days a week',
    successMeasure: '',
    plan: 'Calendar block 18:30–19:00 to close the day',
    status: 'paused',
  });
  addGoalProgress(db, at(-20), {
    goalId: sleep.id,
    sessionId: null,
    note: 'Paused during the launch week.',
    percent: null,
  });
  createGoal(db, at(-100), {
    engagementId: leadership.id,
    title: 'Decide whether to accept the team-lead role',
    successMeasure: 'A decision I can explain to my partner.',
    plan: '',
    status: 'achieved',
  });
  return { lan };
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('follow-ups, Wheel of Life and goals (%s)', (scheme) => {
  it('captures them', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: join(OUT, `goals-${name}-${scheme}.png`), fullPage });
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      seed(app.practices.requireDb());
      await app.open();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();

      await page.keyboard.press('Control+2');
      await page.getByRole('tab', { name: 'Follow-ups' }).click();
      await page.getByRole('list', { name: /^Overdue/ }).waitFor();
      await shot('followups');
      await page.getByRole('button', { name: 'Next 30 days' }).click();
      await page.getByText('Reach out to three people').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Send the article on succession' })
        .getByRole('button', { name: 'Done' })
        .click();
      await page.getByText('Marked done:').waitFor();
      await shot('followups-30-days-done');
      await page.getByRole('button', { name: 'Overdue', exact: true }).click();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Ask two team members' })
        .getByRole('button', { name: 'Dropped' })
        .click();
      await page.getByRole('heading', { name: 'Nothing overdue' }).waitFor();
      await shot('followups-empty');

      if (wheelMounted || goalsMounted) {
        // Tall enough that each panel fits whole in its scrolling column.
        await page.setViewportSize({ width: 1280, height: 2200 });
        await page.keyboard.press('Control+1');
        await page
          .getByRole('listbox', { name: 'Clients' })
          .getByRole('option', { name: /Nguyễn Thị Lan/ })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
        await page
          .getByRole('img', { name: /^Wheel of Life,/ })
          .or(page.getByRole('article').first())
          .first()
          .waitFor();
        await shot('client-page');
      }
      if (wheelMounted) {
        const panel = page.getByRole('region', { name: 'Wheel of Life' });
        await panel.getByRole('img', { name: /^Wheel of Life,/ }).waitFor();
        await panel.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: join(OUT, `goals-wheel-chart-${scheme}.png`) });
        await panel.getByRole('button', { name: 'Table' }).click();
        await panel.screenshot({ path: join(OUT, `goals-wheel-table-${scheme}.png`) });
        await panel.getByRole('button', { name: 'Chart' }).click();
        await panel.getByRole('button', { name: 'New Wheel of Life' }).click();
        const form = panel.getByRole('form', { name: 'New Wheel of Life' });
        await form.getByRole('slider', { name: 'Health score' }).fill('4');
        await form.getByRole('slider', { name: 'Career score' }).fill('9');
        await form.getByLabel('Area 8 name').fill('Home & city');
        await form.screenshot({ path: join(OUT, `goals-wheel-form-${scheme}.png`) });
        await form.getByRole('button', { name: 'Cancel' }).click();
      }
      if (goalsMounted) {
        const goals = page.getByRole('region', { name: /^Goals/ }).first();
        await goals.getByRole('article').first().waitFor();
        await goals.scrollIntoViewIfNeeded();
        await goals.screenshot({ path: join(OUT, `goals-goals-${scheme}.png`) });
        await goals.getByRole('button', { name: 'Add progress' }).first().click();
        await goals.screenshot({ path: join(OUT, `goals-goals-progress-form-${scheme}.png`) });
        await goals.getByRole('button', { name: 'Cancel' }).click();
        await goals.getByRole('button', { name: 'Edit goal Lead my first team with confidence' }).click();
        await goals.screenshot({ path: join(OUT, `goals-goals-edit-form-${scheme}.png`) });
      }
    } finally {
      await app.close();
    }
  });
});

describe('follow-ups, Wheel of Life and goals in Spanish', () => {
  it('captures them', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `goals-${name}-es.png`) });
    try {
      app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
      seed(app.practices.requireDb());
      await app.open();
      await page.evaluate(() =>
        window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('navigation', { name: 'Principal' }).waitFor();

      await page.keyboard.press('Control+2');
      await page.getByRole('tab', { name: 'Seguimientos' }).click();
      await page.getByRole('list', { name: /^Vencidos/ }).waitFor();
      await shot('followups');
      await page.getByRole('button', { name: 'Próximos 30 días' }).click();
      await page.getByText('Reach out to three people').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Send the article on succession' })
        .getByRole('button', { name: 'Hecho' })
        .click();
      await page.getByText('Marcado como hecho:').waitFor();
      await shot('followups-30-days-done');
      await page.getByRole('button', { name: 'Vencidos', exact: true }).click();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Ask two team members' })
        .getByRole('button', { name: 'Descartar' })
        .click();
      await page.getByRole('heading', { name: 'Nada vencido' }).waitFor();
      await shot('followups-empty');

      if (wheelMounted || goalsMounted) {
        await page.setViewportSize({ width: 1280, height: 2200 });
        await page.keyboard.press('Control+1');
        await page
          .getByRole('listbox', { name: 'Clientes' })
          .getByRole('option', { name: /Nguyễn Thị Lan/ })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
      }
      if (wheelMounted) {
        const panel = page.getByRole('region', { name: 'Rueda de la vida' });
        await panel.getByRole('img', { name: /^Rueda de la vida,/ }).waitFor();
        await panel.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: join(OUT, 'goals-wheel-chart-es.png') });
        await panel.getByRole('button', { name: 'Tabla' }).click();
        await panel.screenshot({ path: join(OUT, 'goals-wheel-table-es.png') });
        await panel.getByRole('button', { name: 'Gráfico' }).click();
        await panel.getByRole('button', { name: 'Nueva rueda de la vida' }).click();
        const form = panel.getByRole('form', { name: 'Nueva rueda de la vida' });
        await form.getByRole('slider', { name: 'Puntuación de Salud' }).fill('4');
        await form.getByLabel('Nombre del área 8').fill('Casa y ciudad');
        await form.screenshot({ path: join(OUT, 'goals-wheel-form-es.png') });
        await form.getByRole('button', { name: 'Cancelar' }).click();
      }
      if (goalsMounted) {
        const goals = page.getByRole('region', { name: /^Objetivos/ }).first();
        await goals.getByRole('article').first().waitFor();
        await goals.scrollIntoViewIfNeeded();
        await goals.screenshot({ path: join(OUT, 'goals-goals-es.png') });
        await goals.getByRole('button', { name: 'Añadir progreso' }).first().click();
        await goals.screenshot({ path: join(OUT, 'goals-goals-progress-form-es.png') });
        await goals.getByRole('button', { name: 'Cancelar' }).click();
        await goals
          .getByRole('button', { name: 'Editar el objetivo Lead my first team with confidence' })
          .click();
        await goals.screenshot({ path: join(OUT, 'goals-goals-edit-form-es.png') });
      }
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
