import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAssessment,
  listAssessments,
  removeAssessment,
} from '../../../electron/core/assessments/assessments';
import { createClient } from '../../../electron/core/clients/clients';
import { eraseClient } from '../../../electron/core/clients/erasure';
import type { Db } from '../../../electron/core/db/connection';
import { DEFAULT_WHEEL_AREAS } from '../../../electron/shared/assessments';
import { clientFields } from '../../../electron/shared/clients';
import { AppError } from '../../../electron/shared/errors';
import { type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';

let temp: TempPractice;
let db: Db;

beforeEach(() => {
  temp = tempPractice();
  const practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  db = practices.requireDb();
});
afterEach(() => temp.cleanup());

function client(fullName = 'Nguyễn Thị Lan') {
  return createClient(db, temp.clock, clientFields.parse({ fullName }));
}

const defaults = (score: number) => DEFAULT_WHEEL_AREAS.map((area) => ({ area, score }));

function rejects(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('default Wheel of Life areas', () => {
  it('are the usual eight, distinct', () => {
    expect(DEFAULT_WHEEL_AREAS).toHaveLength(8);
    expect(new Set(DEFAULT_WHEEL_AREAS.map((a) => a.toLowerCase())).size).toBe(8);
    expect(DEFAULT_WHEEL_AREAS).toContain('Romance/Significant other');
  });
});

describe('Wheel of Life assessments', () => {
  it('stores areas, scores and note as given and lists a client’s wheels newest first', () => {
    const lan = client();
    const first = createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-01-10',
      scores: defaults(4),
      note: 'Starting point.',
    });
    expect(first).toMatchObject({
      clientId: lan.id,
      kind: 'wheel-of-life',
      takenOn: '2025-01-10',
      note: 'Starting point.',
      createdAt: '2025-03-14T09:26:53.000Z',
    });
    expect(first.scores).toEqual(defaults(4));

    // Areas are the coach's and client's own: renamed, fewer, in any script.
    const custom = [
      { area: 'Trabajo', score: 7 },
      { area: 'العائلة', score: 9 },
      { area: 'Sleep', score: 3 },
    ];
    temp.clock.advance(60_000);
    const later = createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-03-01',
      scores: custom,
      note: '',
    });
    expect(later.scores).toEqual(custom);

    // Taken on the same day: the one recorded last comes first.
    temp.clock.advance(60_000);
    const sameDay = createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-03-01',
      scores: defaults(6),
      note: '',
    });

    // Another client's wheel never shows up here.
    createAssessment(db, temp.clock, {
      clientId: client('Zoë Fairweather').id,
      takenOn: '2025-03-02',
      scores: defaults(1),
      note: '',
    });

    expect(listAssessments(db, lan.id).map((a) => a.id)).toEqual([sameDay.id, later.id, first.id]);
  });

  it('accepts today in any time zone but refuses a date in the future', () => {
    const lan = client();
    // The fixed clock is 2025-03-14 09:26 UTC; east of UTC it may already be the 15th.
    expect(
      createAssessment(db, temp.clock, {
        clientId: lan.id,
        takenOn: '2025-03-15',
        scores: defaults(5),
        note: '',
      }).takenOn,
    ).toBe('2025-03-15');
    const error = rejects(() =>
      createAssessment(db, temp.clock, {
        clientId: lan.id,
        takenOn: '2025-03-16',
        scores: defaults(5),
        note: '',
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.field).toBe('takenOn');
    expect(listAssessments(db, lan.id)).toHaveLength(1);
  });

  it('refuses an unknown client', () => {
    const missing = '3f1c2b7e-8d4a-4c1e-9b2f-0a1b2c3d4e5f';
    expect(rejects(() => listAssessments(db, missing)).code).toBe('not_found');
    expect(
      rejects(() =>
        createAssessment(db, temp.clock, {
          clientId: missing,
          takenOn: '2025-03-01',
          scores: defaults(5),
          note: '',
        }),
      ).code,
    ).toBe('not_found');
    expect(db.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(0);
  });

  it('removes one wheel, and says so when it is already gone', () => {
    const lan = client();
    const a = createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-01-10',
      scores: defaults(4),
      note: '',
    });
    const b = createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-02-10',
      scores: defaults(5),
      note: '',
    });
    removeAssessment(db, a.id);
    expect(listAssessments(db, lan.id).map((x) => x.id)).toEqual([b.id]);
    expect(rejects(() => removeAssessment(db, a.id)).code).toBe('not_found');
  });

  it('goes with the client when the client is erased', () => {
    const lan = client();
    createAssessment(db, temp.clock, {
      clientId: lan.id,
      takenOn: '2025-01-10',
      scores: defaults(4),
      note: 'Private.',
    });
    eraseClient(db, lan.id, lan.fullName);
    expect(db.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(0);
  });
});
