import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { createEngagement } from '../../electron/core/engagements/engagements';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { createHandlers } from '../../electron/main/handlers';
import { createRouter, type Dispatch } from '../../electron/main/router';
import { clientFields } from '../../electron/shared/clients';
import type { Area, InputOf, ResultOf, Verb } from '../../electron/shared/contract';
import { engagementFields } from '../../electron/shared/engagements';
import type { AppErrorShape } from '../../electron/shared/errors';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/**
 * Goals with progress, commitments followed up across clients, and commitments carried
 * into the next session's note, all through the real router over a temporary practice.
 * The fixed test clock reads 2025-03-14T09:26:53Z, so "today" is 2025-03-14.
 */

const FRAME = 'app://coachbook/index.html';
let temp: TempPractice;
let practices: PracticeManager;
let dispatch: Dispatch;

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  dispatch = createRouter({
    handlers: createHandlers({ practices, clock: temp.clock, dialogs: temp.dialogs, fontsDir: temp.root }),
    isTrustedSender: (url) => url === FRAME,
    logUnexpected: (channel, error) => {
      throw new Error(`unexpected error on ${channel}: ${String(error)}`);
    },
  });
});
afterEach(() => temp.cleanup());

async function call<A extends Area, V extends Verb<A>>(
  area: A,
  verb: V,
  input: InputOf<A, V>,
): Promise<ResultOf<A, V>> {
  const envelope = await dispatch(`${area}.${verb}`, input, FRAME);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { shape: envelope.error });
  return envelope.value as ResultOf<A, V>;
}

async function refused(area: string, verb: string, input: unknown): Promise<AppErrorShape> {
  const envelope = await dispatch(`${area}.${verb}`, input, FRAME);
  if (envelope.ok) throw new Error(`${area}.${verb} should have been refused`);
  return envelope.error;
}

function engagement(names: string[], title: string) {
  const db = practices.requireDb();
  const ids = names.map((fullName) => createClient(db, temp.clock, clientFields.parse({ fullName })).id);
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title,
      kind: names.length > 1 ? 'group' : 'individual',
      participantIds: ids,
      focus: 'specific-purpose',
      feeArrangement: 'pro-bono',
      currency: 'EUR',
      startDate: '2025-01-01',
    }),
  );
}

function session(engagementId: string, startsAt: string) {
  return call('sessions', 'create', {
    engagementId,
    startsAt,
    timeZone: 'Europe/Madrid',
    durationMinutes: 60,
    format: 'video',
    attendance: 'held',
    payment: 'pro-bono',
    currency: 'EUR',
  });
}

const openCommitment = (
  engagementId: string,
  text: string,
  dueDate: string | null,
  sessionId: string | null = null,
) => call('actions', 'create', { engagementId, sessionId, text, owner: 'client', dueDate });

describe('goals', () => {
  it('creates a goal in the client’s words, edits it and moves it through its statuses', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const goal = await call('goals', 'create', {
      engagementId: e.id,
      title: '  Lead my first team with confidence  ',
      successMeasure: 'My team says in the April review that meetings feel useful.',
      plan: '1. Weekly one-to-ones\n2. Ask for feedback monthly',
    });
    expect(goal).toMatchObject({
      engagementId: e.id,
      title: 'Lead my first team with confidence',
      status: 'active',
      progress: [],
      createdAt: '2025-03-14T09:26:53.000Z',
      updatedAt: '2025-03-14T09:26:53.000Z',
    });

    // Only a title is needed.
    temp.clock.advance(1000);
    const second = await call('goals', 'create', { engagementId: e.id, title: 'Sleep before midnight' });
    expect(second).toMatchObject({ successMeasure: '', plan: '', status: 'active' });

    temp.clock.advance(86_400_000);
    const edited = await call('goals', 'update', {
      id: goal.id,
      fields: {
        engagementId: e.id,
        title: 'Lead my team with confidence',
        successMeasure: 'Team survey ≥ 4/5',
        plan: goal.plan,
        status: 'paused',
      },
    });
    expect(edited).toMatchObject({
      title: 'Lead my team with confidence',
      successMeasure: 'Team survey ≥ 4/5',
      status: 'paused',
      createdAt: '2025-03-14T09:26:53.000Z',
      updatedAt: '2025-03-15T09:26:54.000Z',
    });
    for (const status of ['achieved', 'dropped', 'active'] as const) {
      const moved = await call('goals', 'update', {
        id: goal.id,
        fields: {
          engagementId: e.id,
          title: edited.title,
          successMeasure: edited.successMeasure,
          plan: edited.plan,
          status,
        },
      });
      expect(moved.status).toBe(status);
    }

    const listed = await call('goals', 'listForEngagement', { engagementId: e.id });
    expect(listed.map((g) => g.title)).toEqual(['Lead my team with confidence', 'Sleep before midnight']);
    // Another engagement's goals stay there.
    const other = engagement(['Zoë Fairweather'], 'Career change');
    expect(await call('goals', 'listForEngagement', { engagementId: other.id })).toEqual([]);
  });

  it('keeps progress over time, with or without a percentage, oldest first', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const held = await session(e.id, '2025-03-10T09:00:00+01:00');
    const goal = await call('goals', 'create', { engagementId: e.id, title: 'Run a calm weekly meeting' });
    await call('goals', 'addProgress', { goalId: goal.id, note: 'Drafted an agenda template.', percent: 20 });
    temp.clock.advance(7 * 86_400_000);
    await call('goals', 'addProgress', {
      goalId: goal.id,
      sessionId: held.id,
      note: '  Two calm meetings in a row.  ',
    });
    temp.clock.advance(7 * 86_400_000);
    const after = await call('goals', 'addProgress', {
      goalId: goal.id,
      note: 'Team asked to keep the format.',
      percent: 100,
    });
    expect(
      after.progress.map(({ note, percent, sessionId, createdAt }) => ({
        note,
        percent,
        sessionId,
        createdAt,
      })),
    ).toEqual([
      {
        note: 'Drafted an agenda template.',
        percent: 20,
        sessionId: null,
        createdAt: '2025-03-14T09:26:53.000Z',
      },
      {
        note: 'Two calm meetings in a row.',
        percent: null,
        sessionId: held.id,
        createdAt: '2025-03-21T09:26:53.000Z',
      },
      {
        note: 'Team asked to keep the format.',
        percent: 100,
        sessionId: null,
        createdAt: '2025-03-28T09:26:53.000Z',
      },
    ]);
    expect((await call('goals', 'listForEngagement', { engagementId: e.id }))[0]?.progress).toHaveLength(3);
  });

  it('refuses bad goal input and stores nothing', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const goal = await call('goals', 'create', { engagementId: e.id, title: 'A goal' });
    const db = practices.requireDb();
    const counts = () => [
      db.prepare('SELECT count(*) FROM goal').pluck().get(),
      db.prepare('SELECT count(*) FROM goal_progress').pluck().get(),
    ];
    const before = counts();

    expect(await refused('goals', 'create', { engagementId: e.id, title: '   ' })).toMatchObject({
      code: 'validation',
      field: 'title',
    });
    expect(
      await refused('goals', 'create', { engagementId: e.id, title: 'x', status: 'done' }),
    ).toMatchObject({ code: 'validation', field: 'status' });
    expect(await refused('goals', 'create', { engagementId: e.id, title: 'x', owner: 'me' })).toMatchObject({
      code: 'validation',
    });
    expect(await refused('goals', 'create', { engagementId: 'e-1', title: 'x' })).toMatchObject({
      code: 'validation',
      field: 'engagementId',
    });
    expect(await refused('goals', 'create', { engagementId: crypto.randomUUID(), title: 'x' })).toMatchObject(
      { code: 'not_found' },
    );
    expect(await refused('goals', 'addProgress', { goalId: goal.id, note: 'x', percent: 101 })).toMatchObject(
      { code: 'validation', field: 'percent' },
    );
    expect(
      await refused('goals', 'addProgress', { goalId: goal.id, note: 'x', percent: 12.5 }),
    ).toMatchObject({ code: 'validation', field: 'percent' });
    expect(await refused('goals', 'addProgress', { goalId: goal.id, note: ' ' })).toMatchObject({
      code: 'validation',
      field: 'note',
    });
    expect(await refused('goals', 'addProgress', { goalId: crypto.randomUUID(), note: 'x' })).toMatchObject({
      code: 'not_found',
    });
    // A goal stays with its engagement.
    const other = engagement(['Zoë Fairweather'], 'Career change');
    expect(
      await refused('goals', 'update', { id: goal.id, fields: { engagementId: other.id, title: 'Moved' } }),
    ).toMatchObject({ code: 'validation', field: 'engagementId' });
    expect(counts()).toEqual(before);
    expect((await call('goals', 'listForEngagement', { engagementId: e.id }))[0]?.title).toBe('A goal');
  });
});

describe('follow-ups across clients', () => {
  it('splits overdue from due soon at today, and includes the last day of the horizon', async () => {
    const lan = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const circle = engagement(['Amara Okafor', 'محمد العلي'], 'Founders circle');
    await openCommitment(lan.id, 'Long overdue', '2025-01-31');
    await openCommitment(circle.id, 'Due yesterday', '2025-03-13');
    await openCommitment(lan.id, 'Due today', '2025-03-14');
    await openCommitment(circle.id, 'Due in 7 days', '2025-03-21');
    await openCommitment(lan.id, 'Due in 8 days', '2025-03-22');
    await openCommitment(lan.id, 'Due in 30 days', '2025-04-13');
    await openCommitment(lan.id, 'Due in 31 days', '2025-04-14');
    await openCommitment(lan.id, 'No due date', null);

    const week = await call('actions', 'followUps', { days: 7 });
    expect(week.map((f) => [f.text, f.overdue])).toEqual([
      ['Long overdue', true],
      ['Due yesterday', true],
      ['Due today', false],
      ['Due in 7 days', false],
    ]);
    const circleRow = week.find((f) => f.text === 'Due yesterday');
    expect(circleRow).toMatchObject({
      engagementTitle: 'Founders circle',
      owner: 'client',
      dueDate: '2025-03-13',
      status: 'open',
    });
    expect([...(circleRow?.clientNames ?? [])].sort()).toEqual(['Amara Okafor', 'محمد العلي'].sort());
    expect(week.find((f) => f.text === 'Due today')?.clientNames).toEqual(['Nguyễn Thị Lan']);

    // The default horizon is a week.
    expect((await call('actions', 'followUps', {})).map((f) => f.text)).toEqual(week.map((f) => f.text));
    // Zero days: what is overdue, and what is due today.
    expect((await call('actions', 'followUps', { days: 0 })).map((f) => f.text)).toEqual([
      'Long overdue',
      'Due yesterday',
      'Due today',
    ]);
    expect((await call('actions', 'followUps', { days: 30 })).map((f) => f.text)).toEqual([
      'Long overdue',
      'Due yesterday',
      'Due today',
      'Due in 7 days',
      'Due in 8 days',
      'Due in 30 days',
    ]);

    // A day later, what was due today is overdue.
    temp.clock.advance(86_400_000);
    const tomorrow = await call('actions', 'followUps', { days: 0 });
    expect(tomorrow.find((f) => f.text === 'Due today')?.overdue).toBe(true);
  });

  it('drops commitments marked done or dropped, and brings one back when reopened', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const done = await openCommitment(e.id, 'Book the offsite', '2025-03-10');
    const dropped = await openCommitment(e.id, 'Read the book', '2025-03-16');
    const stays = await openCommitment(e.id, 'Send the agenda', '2025-03-17');
    await call('actions', 'setStatus', { id: done.id, status: 'done' });
    const result = await call('actions', 'setStatus', { id: dropped.id, status: 'dropped' });
    expect(result.status).toBe('dropped');
    expect((await call('actions', 'followUps', { days: 7 })).map((f) => f.id)).toEqual([stays.id]);

    await call('actions', 'setStatus', { id: done.id, status: 'open' });
    expect((await call('actions', 'followUps', { days: 7 })).map((f) => f.id)).toEqual([done.id, stays.id]);

    expect(await refused('actions', 'setStatus', { id: done.id, status: 'finished' })).toMatchObject({
      code: 'validation',
      field: 'status',
    });
    expect(await refused('actions', 'setStatus', { id: crypto.randomUUID(), status: 'done' })).toMatchObject({
      code: 'not_found',
    });
    expect(await refused('actions', 'followUps', { days: 366 })).toMatchObject({
      code: 'validation',
      field: 'days',
    });
    expect(await refused('actions', 'followUps', { days: -1 })).toMatchObject({
      code: 'validation',
      field: 'days',
    });
  });

  it('keeps the session a commitment was made in, so the list can open it', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const held = await session(e.id, '2025-03-07T10:00:00+01:00');
    await openCommitment(e.id, 'Draft the team charter', '2025-03-12', held.id);
    const [row] = await call('actions', 'followUps', { days: 7 });
    expect(row).toMatchObject({ sessionId: held.id, overdue: true, engagementId: e.id });
  });
});

describe('commitments carried into the next session', () => {
  it('lists open commitments from earlier sessions (and from none) to review, not later or closed ones', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const first = await session(e.id, '2025-03-01T10:00:00+01:00');
    const second = await session(e.id, '2025-03-08T10:00:00+01:00');
    const third = await session(e.id, '2025-03-15T10:00:00+01:00');

    const fromFirst = await openCommitment(e.id, 'Ask for feedback', '2025-03-07', first.id);
    const doneFromFirst = await openCommitment(e.id, 'Book a room', '2025-03-05', first.id);
    await call('actions', 'setStatus', { id: doneFromFirst.id, status: 'done' });
    const loose = await openCommitment(e.id, 'Journal daily', null);
    const inSecond = await call('actions', 'create', {
      engagementId: e.id,
      sessionId: second.id,
      text: 'Prepare the offsite plan',
      owner: 'coach',
      dueDate: '2025-03-14',
    });
    await openCommitment(e.id, 'Made later', '2025-03-20', third.id);
    // Another engagement's commitments are not this client's to review.
    const other = engagement(['Zoë Fairweather'], 'Career change');
    await openCommitment(other.id, 'Update the CV', '2025-03-02');

    const note = await call('notes', 'get', { sessionId: second.id });
    expect(note.toReview.map((a) => a.id)).toEqual([fromFirst.id, loose.id]);
    expect(note.actions.map((a) => a.id)).toEqual([inSecond.id]);

    // In the third session, the second session's commitment comes up too; once done it no longer does.
    const next = await call('notes', 'get', { sessionId: third.id });
    expect(next.toReview.map((a) => a.text)).toEqual([
      'Ask for feedback',
      'Prepare the offsite plan',
      'Journal daily',
    ]);
    await call('actions', 'setStatus', { id: fromFirst.id, status: 'done' });
    await call('actions', 'setStatus', { id: loose.id, status: 'dropped' });
    expect((await call('notes', 'get', { sessionId: third.id })).toReview.map((a) => a.text)).toEqual([
      'Prepare the offsite plan',
    ]);
    // The first session has nothing earlier to review.
    expect((await call('notes', 'get', { sessionId: first.id })).toReview).toEqual([]);
  });

  it('refuses a commitment tied to another engagement’s session', async () => {
    const e = engagement(['Nguyễn Thị Lan'], 'Leadership transition');
    const other = engagement(['Zoë Fairweather'], 'Career change');
    const theirs = await session(other.id, '2025-03-01T10:00:00+01:00');
    expect(
      await refused('actions', 'create', {
        engagementId: e.id,
        sessionId: theirs.id,
        text: 'x',
        owner: 'client',
      }),
    ).toMatchObject({ code: 'validation' });
    expect(await call('actions', 'listForEngagement', { engagementId: e.id })).toEqual([]);
  });
});
