import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import type { Db } from '../../electron/core/db/connection';
import { cachedStatement } from '../../electron/core/db/statements';
import { createEngagement } from '../../electron/core/engagements/engagements';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import {
  createSession,
  createSessions,
  getSession,
  listSessions,
  updateSession,
} from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { AppError } from '../../electron/shared/errors';
import { type SessionFields, type SessionFieldsInput, sessionFields } from '../../electron/shared/sessions';
import { thrownText } from '../helpers/english';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/**
 * Sessions arriving in bulk (a calendar import, the demo) go through createSessions: one
 * transaction, no read-back. It must write exactly what createSession writes, refuse the
 * whole batch when one session is wrong, and keep its prepared statements per practice.
 */

const PASSPHRASE = 'a long test passphrase';
let temp: TempPractice;
let manager: PracticeManager;
let db: Db;

beforeEach(() => {
  temp = tempPractice();
  manager = temp.newManager();
  manager.create({ name: 'Practice', coachName: 'Coach', passphrase: PASSPHRASE });
  db = manager.requireDb();
});
afterEach(() => temp.cleanup());

const client = (fullName: string) => createClient(db, temp.clock, clientFields.parse({ fullName })).id;

function engagement(participantIds: string[], over: Partial<EngagementFieldsInput> = {}) {
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: 'Coaching',
      kind: participantIds.length > 1 ? 'group' : 'individual',
      participantIds,
      focus: 'both',
      feeArrangement: 'per-session',
      feeMinor: 9000,
      currency: 'EUR',
      startDate: '2025-01-01',
      ...over,
    }),
  ).id;
}

function fields(engagementId: string, over: Partial<SessionFieldsInput> = {}) {
  return sessionFields.parse({
    engagementId,
    startsAt: '2025-02-03T10:00:00Z',
    timeZone: 'Europe/Madrid',
    durationMinutes: 60,
    format: 'video',
    attendance: 'held',
    payment: 'paid',
    feeMinor: 9000,
    currency: 'EUR',
    ...over,
  });
}

/** Every column but the id, as stored. */
function storedRow(id: string) {
  const { id: _id, ...row } = db.prepare('SELECT * FROM session WHERE id = ?').get(id) as Record<
    string,
    unknown
  >;
  const attendees = db
    .prepare('SELECT client_id FROM session_attendee WHERE session_id = ? ORDER BY client_id')
    .pluck()
    .all(id);
  return { ...row, attendees };
}

const sessionCount = () => db.prepare('SELECT count(*) FROM session').pluck().get() as number;

describe('creating sessions in bulk', () => {
  it('writes the same rows createSession writes, drafts and attendees included, and returns the ids in order', () => {
    const [ana, bea, cai] = [client('Ana Peña'), client('Bea Okafor'), client('Cai Müller')];
    const solo = engagement([ana]);
    const group = engagement([ana, bea, cai]);
    const batch = [
      fields(solo),
      fields(group, { attendeeIds: [ana, cai], startsAt: '2025-02-04T09:00:00Z' }),
      {
        ...fields(solo, { attendance: 'scheduled', startsAt: '2025-04-01T08:00:00Z' }),
        draft: true,
        icsUid: 'weekly@calendar.example',
      },
    ];
    const ids = createSessions(db, temp.clock, batch);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);

    const [first, second, third] = batch as [SessionFields, SessionFields, SessionFields];
    const one = createSession(db, temp.clock, first);
    const two = createSession(db, temp.clock, second);
    const three = createSession(
      db,
      temp.clock,
      { ...third },
      {
        draft: true,
        icsUid: 'weekly@calendar.example-2',
      },
    );
    expect(storedRow(ids[0] as string)).toEqual(storedRow(one.id));
    expect(storedRow(ids[1] as string)).toEqual(storedRow(two.id));
    expect(storedRow(ids[2] as string)).toEqual({
      ...storedRow(three.id),
      ics_uid: 'weekly@calendar.example',
    });
    expect(getSession(db, ids[1] as string)).toMatchObject({
      engagementId: group,
      attendeeIds: expect.arrayContaining([ana, cai]),
      isDraft: false,
      createdAt: temp.clock.now().toISOString(),
    });
    expect(getSession(db, ids[2] as string)).toMatchObject({ isDraft: true, attendance: 'scheduled' });
    expect(listSessions(db, { drafts: 'only' }).total).toBe(2);
  });

  it('writes nothing when one session names an engagement that is gone', () => {
    const solo = engagement([client('Ana Peña')]);
    const gone = engagement([client('Bea Okafor')]);
    db.prepare('DELETE FROM engagement WHERE id = ?').run(gone);
    const attempt = () => createSessions(db, temp.clock, [fields(solo), fields(gone), fields(solo)]);
    expect(attempt).toThrow(AppError);
    expect(thrownText(attempt)).toMatch(/engagement no longer exists/);
    expect(sessionCount()).toBe(0);
  });

  it('writes nothing when an attendee does not take part in the engagement', () => {
    const [ana, bea] = [client('Ana Peña'), client('Bea Okafor')];
    const group = engagement([ana, bea]);
    const outsider = client('Cai Müller');
    try {
      createSessions(db, temp.clock, [
        fields(group, { attendeeIds: [ana] }),
        fields(group, { attendeeIds: [bea, outsider] }),
      ]);
      expect.unreachable('the batch should have been refused');
    } catch (error) {
      expect(error).toMatchObject({ code: 'validation', field: 'attendeeIds' });
    }
    expect(sessionCount()).toBe(0);
  });

  it('joins a transaction the caller already has open, and rolls back with it', () => {
    const solo = engagement([client('Ana Peña')]);
    expect(() =>
      db.transaction(() => {
        createSessions(db, temp.clock, [fields(solo), fields(solo)]);
        expect(sessionCount()).toBe(2);
        throw new Error('the caller changed its mind');
      })(),
    ).toThrow('the caller changed its mind');
    expect(sessionCount()).toBe(0);
    expect(createSessions(db, temp.clock, [])).toEqual([]);
  });
});

describe('prepared statements kept per practice', () => {
  it('gives back the same statement for the same SQL on the same connection, and a plucking one apart', () => {
    const sql = 'SELECT count(*) AS n FROM session';
    const statement = cachedStatement(db, sql);
    expect(cachedStatement(db, sql)).toBe(statement);
    const plucking = cachedStatement(db, sql, { pluck: true });
    expect(plucking).not.toBe(statement);
    expect(statement.get()).toEqual({ n: 0 });
    expect(plucking.get()).toBe(0);
  });

  it('starts afresh for a practice opened again, so no statement outlives its connection', () => {
    const solo = engagement([client('Ana Peña')]);
    const session = createSession(db, temp.clock, fields(solo));
    const before = cachedStatement(db, 'SELECT 1 FROM engagement WHERE id = ?');
    manager.lock();
    manager.unlock({ passphrase: PASSPHRASE });
    db = manager.requireDb();
    expect(cachedStatement(db, 'SELECT 1 FROM engagement WHERE id = ?')).not.toBe(before);
    // The service functions work on the reopened practice with their own statements.
    const moved = updateSession(db, temp.clock, session.id, fields(solo, { durationMinutes: 45 }));
    expect(moved.durationMinutes).toBe(45);
    expect(createSessions(db, temp.clock, [fields(solo)])).toHaveLength(1);
    expect(sessionCount()).toBe(2);
  });
});
