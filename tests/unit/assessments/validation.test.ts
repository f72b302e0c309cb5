import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../electron/core/clients/clients';
import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import { createHandlers } from '../../../electron/main/handlers';
import { createRouter, type Dispatch } from '../../../electron/main/router';
import { type Assessment, DEFAULT_WHEEL_AREAS } from '../../../electron/shared/assessments';
import { clientFields } from '../../../electron/shared/clients';
import { type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';

/** The assessments channels through the real router and handlers: the zod schemas are the gate. */

const FRAME = 'app://coachbook/index.html';
let temp: TempPractice;
let practices: PracticeManager;
let dispatch: Dispatch;
let clientId: string;

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
  clientId = createClient(
    practices.requireDb(),
    temp.clock,
    clientFields.parse({ fullName: 'Amara Okafor' }),
  ).id;
});
afterEach(() => temp.cleanup());

const scores = (n = 8, score = 5) =>
  [...DEFAULT_WHEEL_AREAS, 'Spirituality', 'Community', 'Creativity', 'Learning']
    .slice(0, n)
    .map((area) => ({ area, score }));
const stored = () => practices.requireDb().prepare('SELECT count(*) FROM assessment').pluck().get() as number;
const valid = () => ({ clientId, takenOn: '2025-03-01', scores: scores(), note: 'First wheel.' });

describe('assessments channels', () => {
  it('creates, lists and removes through the router', async () => {
    const created = await dispatch('assessments.create', { ...valid(), note: '  trimmed  ' }, FRAME);
    expect(created.ok).toBe(true);
    const assessment = (created as { ok: true; value: Assessment }).value;
    expect(assessment.note).toBe('trimmed');

    // Names are trimmed, and the note may be left out.
    const second = await dispatch(
      'assessments.create',
      {
        clientId,
        takenOn: '2025-03-10',
        scores: [
          { area: '  Work ', score: 0 },
          { area: 'Rest', score: 10 },
        ],
      },
      FRAME,
    );
    expect(second).toMatchObject({
      ok: true,
      value: {
        note: '',
        scores: [
          { area: 'Work', score: 0 },
          { area: 'Rest', score: 10 },
        ],
      },
    });

    const list = await dispatch('assessments.listForClient', { clientId }, FRAME);
    expect(list.ok && (list.value as Assessment[]).map((a) => a.takenOn)).toEqual([
      '2025-03-10',
      '2025-03-01',
    ]);

    expect(await dispatch('assessments.remove', { id: assessment.id }, FRAME)).toEqual({
      ok: true,
      value: null,
    });
    expect(stored()).toBe(1);
    expect(await dispatch('assessments.remove', { id: assessment.id }, FRAME)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  const bad: [string, (v: ReturnType<typeof valid>) => unknown, string | undefined][] = [
    [
      'a score above 10',
      (v) => ({ ...v, scores: [...v.scores.slice(1), { area: 'Career', score: 11 }] }),
      'scores.7.score',
    ],
    [
      'a negative score',
      (v) => ({ ...v, scores: [{ area: 'Career', score: -1 }, ...v.scores.slice(1)] }),
      'scores.0.score',
    ],
    [
      'a fractional score',
      (v) => ({ ...v, scores: [{ area: 'Career', score: 6.5 }, ...v.scores.slice(1)] }),
      'scores.0.score',
    ],
    [
      'a score as text',
      (v) => ({ ...v, scores: [{ area: 'Career', score: '7' }, ...v.scores.slice(1)] }),
      'scores.0.score',
    ],
    [
      'a missing score',
      (v) => ({ ...v, scores: [{ area: 'Career' }, ...v.scores.slice(1)] }),
      'scores.0.score',
    ],
    [
      'NaN as a score',
      (v) => ({ ...v, scores: [{ area: 'Career', score: Number.NaN }, ...v.scores.slice(1)] }),
      'scores.0.score',
    ],
    [
      'an empty area name',
      (v) => ({ ...v, scores: [{ area: '   ', score: 5 }, ...v.scores.slice(1)] }),
      'scores.0.area',
    ],
    [
      'an area name over 40 characters',
      (v) => ({ ...v, scores: [{ area: 'x'.repeat(41), score: 5 }, ...v.scores.slice(1)] }),
      'scores.0.area',
    ],
    [
      'two areas with one name',
      (v) => ({ ...v, scores: [...v.scores, { area: ' career ', score: 5 }] }),
      'scores.8.area',
    ],
    ['one area only', (v) => ({ ...v, scores: scores(1) }), 'scores'],
    ['no areas', (v) => ({ ...v, scores: [] }), 'scores'],
    [
      'thirteen areas',
      (v) => ({ ...v, scores: [...scores(12), { area: 'Thirteenth', score: 5 }] }),
      'scores',
    ],
    [
      'an extra key on a score',
      (v) => ({ ...v, scores: [{ area: 'Career', score: 5, weight: 2 }, ...v.scores.slice(1)] }),
      'scores.0',
    ],
    ['an extra key on the input', (v) => ({ ...v, kind: 'wheel-of-life' }), undefined],
    ['a client id that is not a uuid', (v) => ({ ...v, clientId: 'client-1' }), 'clientId'],
    ['a date that does not exist', (v) => ({ ...v, takenOn: '2025-02-30' }), 'takenOn'],
    ['a date with a time', (v) => ({ ...v, takenOn: '2025-03-01T10:00:00Z' }), 'takenOn'],
    ['a note over 5,000 characters', (v) => ({ ...v, note: 'n'.repeat(5001) }), 'note'],
    ['scores that are not a list', (v) => ({ ...v, scores: { Career: 5 } }), 'scores'],
    ['no input at all', () => undefined, undefined],
  ];

  it.each(bad)('refuses %s as a validation error and stores nothing', async (_what, change, field) => {
    const result = await dispatch('assessments.create', change(valid()), FRAME);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).not.toBe('');
    if (field !== undefined) expect(result.error.field).toBe(field);
    expect(stored()).toBe(0);
  });

  it('refuses a future date as a validation error from the service', async () => {
    const result = await dispatch('assessments.create', { ...valid(), takenOn: '2030-01-01' }, FRAME);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'takenOn' } });
    expect(stored()).toBe(0);
  });

  it('checks the ids of list and remove', async () => {
    for (const [channel, input] of [
      ['assessments.listForClient', { clientId: 'nope' }],
      ['assessments.listForClient', { clientId, extra: 1 }],
      ['assessments.remove', { id: 42 }],
      ['assessments.remove', {}],
    ] as const) {
      expect(await dispatch(channel, input, FRAME)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
  });

  it('answers locked when the practice is locked, and stores nothing', async () => {
    practices.lock();
    const result = await dispatch('assessments.create', valid(), FRAME);
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
