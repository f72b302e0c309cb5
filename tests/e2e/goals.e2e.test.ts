import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, listAssessments } from '../../electron/core/assessments/assessments';
import { createClient } from '../../electron/core/clients/clients';
import { systemClock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createAction } from '../../electron/core/sessions/actions';
import { addGoalProgress, createGoal } from '../../electron/core/sessions/goals';
import { createSession } from '../../electron/core/sessions/sessions';
import { DEFAULT_WHEEL_AREAS } from '../../electron/shared/assessments';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { sessionFields } from '../../electron/shared/sessions';
import { type AppHarness, launchBrowser, startApp } from './harness';

/**
 * Follow-ups across clients (Sessions → Follow-ups), the Wheel of Life and goals.
 * The Wheel of Life and goals panels are placed on the client page by the clients feature;
 * their journeys run once that page mounts them, and say why they skip until then.
 */

const PASSPHRASE = 'quiet river morning 42';
const SRC = join(__dirname, '../../src/features');
const mounted = (component: string, dir: string) =>
  readdirSync(join(SRC, dir))
    .filter((f) => f.endsWith('.tsx'))
    .some((f) => readFileSync(join(SRC, dir, f), 'utf8').includes(`<${component}`));
const wheelMounted = mounted('WheelOfLifePanel', 'clients');
const goalsMounted = mounted('GoalsPanel', 'clients') || mounted('GoalsPanel', 'engagements');
if (!wheelMounted)
  console.warn('goals.e2e: WheelOfLifePanel is not on the client page yet; its journey is skipped.');
if (!goalsMounted)
  console.warn('goals.e2e: GoalsPanel is not on the client page yet; its journey is skipped.');

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

/** A day `offset` days from today (UTC, as the follow-ups service counts days). */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function practice() {
  app = await startApp(browser);
  app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
  const db = app.practices.requireDb();
  const engagementFor = (fullName: string, title: string) => {
    const client = createClient(db, systemClock, clientFields.parse({ fullName }));
    const engagement = createEngagement(
      db,
      systemClock,
      engagementFields.parse({
        title,
        kind: 'individual',
        participantIds: [client.id],
        focus: 'specific-purpose',
        feeArrangement: 'pro-bono',
        currency: 'USD',
        startDate: day(-60),
      }),
    );
    return { client, engagement };
  };
  return { db, engagementFor };
}

async function unlockedApp() {
  await app.open();
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
}

const row = (list: Locator, text: string) => list.getByRole('listitem').filter({ hasText: text });

describe('following up commitments across clients', () => {
  it('shows overdue and due-soon commitments, and a done one leaves the list', async () => {
    const { db, engagementFor } = await practice();
    const lan = engagementFor('Nguyễn Thị Lan', 'Leadership transition');
    const mohammed = engagementFor('محمد العلي', 'Growing the family business');
    const held = createSession(
      db,
      systemClock,
      sessionFields.parse({
        engagementId: lan.engagement.id,
        startsAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        timeZone: 'Asia/Ho_Chi_Minh',
        durationMinutes: 60,
        format: 'video',
        attendance: 'held',
        payment: 'pro-bono',
        currency: 'USD',
      }),
    );
    const commit = (
      engagementId: string,
      text: string,
      dueDate: string | null,
      owner: 'client' | 'coach' = 'client',
      sessionId: string | null = null,
    ) => createAction(db, systemClock, { engagementId, sessionId, text, owner, dueDate });
    const overdue = commit(
      lan.engagement.id,
      'Ask two team members for feedback',
      day(-3),
      'client',
      held.id,
    );
    commit(mohammed.engagement.id, 'Send the succession article', day(3), 'coach');
    commit(lan.engagement.id, 'Plan the quarterly offsite', day(20));
    commit(lan.engagement.id, 'Journal each evening', null);
    const done = commit(mohammed.engagement.id, 'Already handled', day(-1));
    db.prepare("UPDATE action_item SET status = 'done' WHERE id = ?").run(done.id);

    await unlockedApp();
    const { page } = app;
    await page.keyboard.press('Control+2');
    await page.getByRole('tab', { name: 'Follow-ups' }).click();

    const overdueList = page.getByRole('list', { name: /^Overdue/ });
    const soonList = page.getByRole('list', { name: /^Due soon/ });
    await overdueList.waitFor();
    const late = row(overdueList, 'Ask two team members for feedback');
    expect(await late.textContent()).toContain('3 days overdue');
    expect(await late.textContent()).toContain('Nguyễn Thị Lan');
    expect(await late.textContent()).toContain('Leadership transition');
    expect(await late.getByText('Client', { exact: true }).isVisible()).toBe(true);
    const soon = row(soonList, 'Send the succession article');
    expect(await soon.textContent()).toContain('In 3 days');
    expect(await soon.getByText('Coach', { exact: true }).isVisible()).toBe(true);
    expect(await soon.getByText('محمد العلي').getAttribute('dir')).toBe('auto');
    // Not due within a week, undated, or already done: not here.
    for (const hidden of ['Plan the quarterly offsite', 'Journal each evening', 'Already handled']) {
      expect(await page.getByText(hidden).count()).toBe(0);
    }

    // A month ahead brings the offsite in; overdue alone shows only what is late.
    await page.getByRole('button', { name: 'Next 30 days' }).click();
    await expect.poll(() => row(soonList, 'Plan the quarterly offsite').count()).toBe(1);
    await page.getByRole('button', { name: 'Overdue', exact: true }).click();
    await expect.poll(() => soonList.count()).toBe(0);
    expect(await row(overdueList, 'Ask two team members for feedback').count()).toBe(1);
    await page.getByRole('button', { name: 'Next 7 days' }).click();
    await soonList.waitFor();

    // Done: it leaves the list and is stored as done.
    await late.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Ask two team members for feedback' }).count())
      .toBe(0);
    await expect.poll(() => overdueList.count()).toBe(0);
    expect(await page.getByText('Marked done:').textContent()).toContain('Ask two team members for feedback');
    expect(db.prepare('SELECT status FROM action_item WHERE id = ?').pluck().get(overdue.id)).toBe('done');

    // Undo puts it back; dropping the other one empties the week.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row(overdueList, 'Ask two team members for feedback').count()).toBe(1);
    await row(soonList, 'Send the succession article').getByRole('button', { name: 'Dropped' }).click();
    await expect.poll(() => soonList.count()).toBe(0);

    // The session link opens the session the commitment was made in.
    await row(overdueList, 'Ask two team members for feedback')
      .getByRole('button', { name: 'Open session' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).isVisible())
      .toBe(true);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('says what to do when nothing is due', async () => {
    await practice();
    await unlockedApp();
    const { page } = app;
    await page.keyboard.press('Control+2');
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByRole('heading', { name: 'Nothing due in the next 7 days' }).waitFor();
    expect(await page.getByText('give it a due date in the session note').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Look 30 days ahead' }).click();
    await page.getByRole('heading', { name: 'Nothing due in the next 30 days' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});

async function openClient(name: string) {
  const { page } = app;
  await page.keyboard.press('Control+1');
  await page
    .getByRole('listbox', { name: 'Clients' })
    .getByRole('option', { name: new RegExp(name) })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the Wheel of Life on the client page', () => {
  it.skipIf(!wheelMounted)('records a wheel twice and sees both on the chart', async () => {
    const { engagementFor } = await practice();
    engagementFor('Nguyễn Thị Lan', 'Leadership transition');
    await unlockedApp();
    const { page } = app;
    await openClient('Nguyễn Thị Lan');

    const panel = page.getByRole('region', { name: 'Wheel of Life' });
    await panel.getByRole('button', { name: 'New Wheel of Life' }).click();
    let form = panel.getByRole('form', { name: 'New Wheel of Life' });
    // The standard eight areas to start with.
    await expect.poll(() => form.getByRole('slider').count()).toBe(8);
    expect(await form.getByLabel('Area 1 name').inputValue()).toBe('Career');
    await form.getByLabel('Taken on').fill(day(-40));
    await form.getByRole('slider', { name: 'Career score' }).fill('3');
    await form.getByRole('slider', { name: 'Health score' }).fill('8');
    // Rename one area and add one of the client's own.
    await form.getByLabel('Area 8 name').fill('Home');
    await form.getByRole('button', { name: 'Add area' }).click();
    await form.getByLabel('Area 9 name').fill('Creativity');
    await form.getByRole('slider', { name: 'Creativity score' }).fill('9');
    await form.getByLabel('Note').fill('Wants more time to paint.');
    await form.getByRole('button', { name: 'Save Wheel of Life' }).click();

    const chart = panel.getByRole('img', { name: /^Wheel of Life,/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain('Career 3, Finances 5, Health 8');
    expect(await chart.getAttribute('aria-label')).toContain('Home 5, Creativity 9');

    // The second wheel starts from the first one's areas.
    await panel.getByRole('button', { name: 'New Wheel of Life' }).click();
    form = panel.getByRole('form', { name: 'New Wheel of Life' });
    await expect.poll(() => form.getByRole('slider').count()).toBe(9);
    expect(await form.getByLabel('Area 9 name').inputValue()).toBe('Creativity');
    await form.getByRole('slider', { name: 'Career score' }).fill('7');
    // Empty names are caught before saving.
    await form.getByLabel('Area 2 name').fill('');
    await form.getByRole('button', { name: 'Save Wheel of Life' }).click();
    await expect.poll(() => form.getByText('Name this area, or remove it.').isVisible()).toBe(true);
    await form.getByRole('button', { name: 'Remove area Area 2' }).click();
    await form.getByRole('button', { name: 'Save Wheel of Life' }).click();

    await expect.poll(() => chart.getAttribute('aria-label')).toContain('Career 7');
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain('Earlier results outlined for comparison');
    // Both on the chart: the latest filled, the earlier outlined, each in the key.
    expect(await chart.locator('path.wol-series.latest').count()).toBe(1);
    expect(await chart.locator('path.wol-series.earlier').count()).toBe(1);
    const key = panel.getByRole('list', { name: 'Chart key' });
    expect(await key.getByRole('listitem').count()).toBe(2);

    // The table alternative shows both, and the change.
    await panel.getByRole('button', { name: 'Table' }).click();
    const table = panel.getByRole('table');
    const career = table.getByRole('row', { name: /^Career/ });
    expect((await career.textContent())?.replace(/\s+/g, '')).toContain('73+4');
    expect(
      await panel.getByRole('list', { name: 'Wheel of Life results' }).getByRole('listitem').count(),
    ).toBe(2);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('goals on the client page', () => {
  it.skipIf(!goalsMounted)('adds a goal with a plan, records progress and marks it achieved', async () => {
    const { engagementFor } = await practice();
    engagementFor('Nguyễn Thị Lan', 'Leadership transition');
    await unlockedApp();
    const { page } = app;
    await openClient('Nguyễn Thị Lan');

    const panel = page.getByRole('region', { name: /^Goals/ });
    await panel.getByRole('button', { name: 'Add goal' }).click();
    const form = panel.getByRole('form', { name: 'New goal' });
    await form.getByLabel('Goal').fill('Lead my first team with confidence');
    await form.getByLabel('How success will be measured').fill('The team says meetings feel useful.');
    await form.getByLabel('Step-by-step plan').fill('1. Weekly one-to-ones\n2. Ask for feedback monthly');
    await form.getByRole('button', { name: 'Add goal' }).click();

    const goal = panel.getByRole('article', { name: 'Lead my first team with confidence' });
    await goal.waitFor();
    expect(await goal.getByRole('listitem').allTextContents()).toEqual([
      'Weekly one-to-ones',
      'Ask for feedback monthly',
    ]);
    await goal.getByRole('button', { name: 'Add progress' }).click();
    await goal.getByLabel('What has happened').fill('Started weekly one-to-ones.');
    await goal.getByLabel('Progress %').fill('40');
    await goal.getByRole('button', { name: 'Save progress' }).click();
    await expect.poll(() => goal.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(await goal.getByRole('list', { name: /^Progress updates/ }).textContent()).toContain(
      'Started weekly one-to-ones.',
    );

    await goal.getByRole('button', { name: 'Mark achieved' }).click();
    await expect
      .poll(() =>
        goal.getByRole('combobox', { name: 'Status of Lead my first team with confidence' }).inputValue(),
      )
      .toBe('achieved');
    const stored = app.practices.requireDb().prepare('SELECT status FROM goal').pluck().get();
    expect(stored).toBe('achieved');

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('in Spanish', () => {
  it('shows follow-ups, the Wheel of Life and goals in Spanish', async () => {
    const { db, engagementFor } = await practice();
    const lan = engagementFor('Nguyễn Thị Lan', 'Leadership transition');
    const commit = (text: string, dueDate: string, owner: 'client' | 'coach') =>
      createAction(db, systemClock, {
        engagementId: lan.engagement.id,
        sessionId: null,
        text,
        owner,
        dueDate,
      });
    commit('Ask two team members for feedback', day(-3), 'client');
    commit('Send the succession article', day(3), 'coach');
    createAssessment(db, systemClock, {
      clientId: lan.client.id,
      takenOn: day(-30),
      scores: DEFAULT_WHEEL_AREAS.map((area, i) => ({ area, score: i + 2 })),
      note: '',
    });
    const goal = createGoal(db, systemClock, {
      engagementId: lan.engagement.id,
      title: 'Lead my first team with confidence',
      successMeasure: 'The team says meetings feel useful.',
      plan: '1. Weekly one-to-ones\n2. Ask for feedback monthly',
      status: 'active',
    });
    addGoalProgress(db, systemClock, { goalId: goal.id, sessionId: null, note: 'Started.', percent: 40 });

    await unlockedApp();
    const { page } = app;
    await page.evaluate(() =>
      window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();

    // Follow-ups: due-date words, groups, owners and buttons.
    await page.keyboard.press('Control+2');
    await page.getByRole('tab', { name: 'Seguimientos' }).click();
    const overdueList = page.getByRole('list', { name: /^Vencidos/ });
    const soonList = page.getByRole('list', { name: /^Próximos/ });
    await overdueList.waitFor();
    const late = row(overdueList, 'Ask two team members for feedback');
    expect(await late.textContent()).toContain('3 días de retraso');
    expect(await late.getByText('Cliente', { exact: true }).isVisible()).toBe(true);
    const soon = row(soonList, 'Send the succession article');
    expect(await soon.textContent()).toContain('En 3 días');
    for (const name of ['Vencidos', 'Próximos 7 días', 'Próximos 30 días']) {
      expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.getByText('1 vencido').isVisible()).toBe(true);
    await late.getByRole('button', { name: 'Hecho' }).click();
    await expect.poll(() => page.getByText('Marcado como hecho:').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Deshacer' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Vencidos', exact: true }).click();
    await page.getByRole('heading', { name: 'Nada vencido' }).waitFor();

    // The Wheel of Life: the standard areas are shown in Spanish and still stored in English.
    await page.keyboard.press('Control+1');
    await page
      .getByRole('listbox', { name: 'Clientes' })
      .getByRole('option', { name: /Nguyễn Thị Lan/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
    if (wheelMounted) {
      const panel = page.getByRole('region', { name: 'Rueda de la vida' });
      const chart = panel.getByRole('img', { name: /^Rueda de la vida,/ });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-label')).toContain('Carrera profesional 2, Finanzas 3, Salud 4');
      await panel.getByRole('button', { name: 'Tabla' }).click();
      await expect.poll(() => panel.getByRole('row', { name: /^Salud/ }).isVisible()).toBe(true);
      await panel.getByRole('button', { name: 'Gráfico' }).click();
      await panel.getByRole('button', { name: 'Nueva rueda de la vida' }).click();
      const form = panel.getByRole('form', { name: 'Nueva rueda de la vida' });
      expect(await form.getByLabel('Nombre del área 1').inputValue()).toBe('Carrera profesional');
      await form.getByRole('slider', { name: 'Puntuación de Salud' }).fill('9');
      await form.getByRole('button', { name: 'Guardar rueda de la vida' }).click();
      await expect.poll(() => chart.getAttribute('aria-label')).toContain('Salud 9');
      const [latest] = listAssessments(db, lan.client.id);
      expect(latest?.scores.map((s) => s.area)).toEqual([...DEFAULT_WHEEL_AREAS]);
      expect(latest?.scores.find((s) => s.area === 'Health')?.score).toBe(9);
    }

    // Goals: status, progress and actions.
    if (goalsMounted) {
      const goals = page.getByRole('region', { name: /^Objetivos/ });
      const article = goals.getByRole('article', { name: 'Lead my first team with confidence' });
      await article.waitFor();
      expect(await goals.getByRole('button', { name: 'Añadir objetivo' }).isVisible()).toBe(true);
      expect(
        await article
          .getByRole('combobox', { name: 'Estado de Lead my first team with confidence' })
          .inputValue(),
      ).toBe('active');
      expect(await article.getByRole('option', { name: 'Activo' }).count()).toBe(1);
      expect(await article.getByText('El éxito se verá así').isVisible()).toBe(true);
      expect(await article.textContent()).toContain('40 %');
      await article.getByRole('button', { name: 'Añadir progreso' }).click();
      await expect.poll(() => article.getByLabel('Qué ha pasado').isVisible()).toBe(true);
      await article.getByRole('button', { name: 'Cancelar' }).click();
      await expect
        .poll(() => article.getByRole('button', { name: 'Marcar como logrado' }).isVisible())
        .toBe(true);
    }

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
