import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { buildHourLog } from '../../electron/core/hours/log';
import {
  createCe,
  createManualHours,
  hoursOverview,
  insertManualHours,
  linkManualHours,
  listManualHours,
  removeCe,
  removeManualHours,
  saveHoursSettings,
} from '../../electron/core/hours/service';
import { messageText } from '../../electron/core/i18n';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { manualHoursFields } from '../../electron/shared/hours';
import { type SessionFieldsInput, sessionFields } from '../../electron/shared/sessions';
import { thrownText } from '../helpers/english';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/** The Spanish words of the error `run` throws, as the router would send them to a Spanish-speaking coach. */
function spanish(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return messageText(error.message, 'es');
    throw error;
  }
  throw new Error('expected the call to throw');
}

let temp: TempPractice;
let db: Db;

beforeEach(() => {
  temp = tempPractice();
  const practices = temp.newManager();
  practices.create({ name: 'Practice', coachName: 'Coach', passphrase: 'a long test passphrase' });
  db = practices.requireDb();
});
afterEach(() => temp.cleanup());

function client(fullName: string) {
  return createClient(
    db,
    temp.clock,
    clientFields.parse({ fullName, email: `${fullName.split(' ')[0]}@example.org` }),
  ).id;
}
function engagement(ids: string[], over: Partial<EngagementFieldsInput> = {}) {
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: 'E',
      kind: ids.length > 1 ? 'group' : 'individual',
      participantIds: ids,
      focus: 'both',
      feeArrangement: 'pro-bono',
      currency: 'USD',
      startDate: '2025-01-01',
      ...over,
    }),
  ).id;
}
function session(engagementId: string, over: Partial<SessionFieldsInput> = {}) {
  return createSession(
    db,
    temp.clock,
    sessionFields.parse({
      engagementId,
      startsAt: '2025-02-03T10:00:00Z',
      timeZone: 'Europe/Madrid',
      durationMinutes: 60,
      format: 'video',
      attendance: 'held',
      payment: 'paid',
      currency: 'USD',
      ...over,
    }),
  );
}

describe('the hour log built from sessions', () => {
  it('counts only held, confirmed sessions, a group once, and each attendee as a client', () => {
    const [a, b, c] = [client('Ana'), client('Bea'), client('Cai')];
    const solo = engagement([a]);
    const group = engagement([a, b, c]);
    session(solo, { durationMinutes: 45 });
    session(solo, { attendance: 'no-show' });
    session(solo, { attendance: 'scheduled', startsAt: '2030-01-01T10:00:00Z' });
    createSession(
      db,
      temp.clock,
      sessionFields.parse({
        engagementId: solo,
        startsAt: '2025-02-04T10:00:00Z',
        timeZone: 'UTC',
        durationMinutes: 60,
        format: 'video',
        attendance: 'held',
        payment: 'paid',
        currency: 'USD',
      }),
      { draft: true },
    );
    session(group, { durationMinutes: 90, payment: 'pro-bono', attendeeIds: [a, b] });

    const { entries } = buildHourLog(db, { names: true });
    expect(entries.map((e) => [e.mode, e.groupSize, e.paidMinutes, e.proBonoMinutes])).toEqual([
      ['individual', 1, 45, 0],
      ['group', 2, 0, 90],
    ]);
    expect(entries[1]?.clientKeys.sort()).toEqual([a, b].sort());
    expect(entries[0]?.clientLabel).toBe('Ana');
    expect(entries[0]?.clientContact).toBe('Ana@example.org');
  });

  it('dates a session by the day it was in its own time zone', () => {
    const e = engagement([client('Dee')]);
    session(e, { startsAt: '2025-03-01T23:30:00Z', timeZone: 'Europe/Madrid' }); // 00:30 on 2 March in Madrid
    session(e, { startsAt: '2025-03-02T02:00:00Z', timeZone: 'America/Mexico_City' }); // 20:00 on 1 March
    expect(buildHourLog(db).entries.map((x) => x.date)).toEqual(['2025-03-01', '2025-03-02']);
  });

  it('counts reciprocal peer coaching as paid only up to the hours received as the client', () => {
    const peer = engagement([client('Pat')], { kind: 'peer', feeArrangement: 'barter' });
    session(peer, { payment: 'peer-as-client', durationMinutes: 60, startsAt: '2025-02-01T10:00:00Z' });
    session(peer, { payment: 'peer-as-coach', durationMinutes: 45, startsAt: '2025-02-02T10:00:00Z' });
    session(peer, { payment: 'peer-as-coach', durationMinutes: 45, startsAt: '2025-02-03T10:00:00Z' });
    const log = buildHourLog(db);
    expect(log.peerReceivedMinutes).toBe(60);
    expect(log.entries.map((e) => [e.paidMinutes, e.proBonoMinutes])).toEqual([
      [45, 0],
      [15, 30],
    ]);
    expect(log.peerOverMinutes).toBe(30);
  });

  it('adds manual entries, counting each member of a logged group as a client', () => {
    createManualHours(
      db,
      temp.clock,
      manualHoursFields.parse({
        clientName: 'Old Client',
        mode: 'individual',
        startDate: '2023-01-01',
        endDate: '2023-06-30',
        paidMinutes: 600,
        proBonoMinutes: 0,
      }),
    );
    createManualHours(
      db,
      temp.clock,
      manualHoursFields.parse({
        clientName: 'OLD CLIENT',
        mode: 'individual',
        startDate: '2023-07-01',
        endDate: '2023-08-30',
        paidMinutes: 60,
        proBonoMinutes: 0,
      }),
    );
    createManualHours(
      db,
      temp.clock,
      manualHoursFields.parse({
        clientName: 'Team lead',
        mode: 'group',
        groupSize: 6,
        startDate: '2023-02-01',
        endDate: '2023-03-01',
        paidMinutes: 0,
        proBonoMinutes: 120,
      }),
    );
    saveHoursSettings(db, {
      targets: ['icf-acc'],
      trainingStartDate: '2022-09-01',
      applicationDate: null,
      renewalDate: null,
    });
    const overview = hoursOverview(db, temp.clock);
    expect(overview.totals).toMatchObject({
      minutes: 780,
      paidMinutes: 660,
      proBonoMinutes: 120,
      distinctClients: 7,
    });
    expect(overview.progress[0]?.requirements.find((r) => r.key === 'clients')?.achieved).toBe(7);
    expect(overview.bySponsor).toEqual([
      { kind: 'manual', sponsor: 'Logged outside Coachbook', minutes: 780 },
    ]);
  });

  it('counts a person once when an earlier-log entry is linked to their client record', () => {
    const ana = client('Ana Gómez');
    session(engagement([ana]), { durationMinutes: 60 });
    const earlier = createManualHours(
      db,
      temp.clock,
      manualHoursFields.parse({
        clientName: 'ANA GOMEZ',
        mode: 'individual',
        startDate: '2024-03-01',
        endDate: '2024-09-30',
        paidMinutes: 300,
        proBonoMinutes: 0,
      }),
    );
    saveHoursSettings(db, {
      targets: ['icf-acc'],
      trainingStartDate: null,
      applicationDate: null,
      renewalDate: null,
    });
    const clients = () => {
      const overview = hoursOverview(db, temp.clock);
      const progress = overview.progress[0]?.requirements.find((r) => r.key === 'clients')?.achieved;
      const inLog = new Set(buildHourLog(db).entries.flatMap((e) => e.clientKeys)).size;
      return { totals: overview.totals.distinctClients, progress, inLog, minutes: overview.totals.minutes };
    };
    // Same name, ignoring case and accents: offered as the same person, never linked unasked.
    expect(earlier).toMatchObject({ clientId: null, suggestedClient: { id: ana, fullName: 'Ana Gómez' } });
    expect(clients()).toEqual({ totals: 2, progress: 2, inLog: 2, minutes: 360 });

    expect(linkManualHours(db, earlier.id, ana)).toMatchObject({
      clientId: ana,
      linkedClientName: 'Ana Gómez',
      suggestedClient: null,
    });
    expect(clients()).toEqual({ totals: 1, progress: 1, inLog: 1, minutes: 360 });

    linkManualHours(db, earlier.id, null);
    expect(clients()).toEqual({ totals: 2, progress: 2, inLog: 2, minutes: 360 });
    expect(thrownText(() => linkManualHours(db, earlier.id, crypto.randomUUID()))).toBe(
      'That client no longer exists.',
    );
    // Two clients with that name: no suggestion, the coach picks.
    client('Ana Gomez');
    expect(listManualHours(db)[0]?.suggestedClient).toBeNull();
  });
});

describe('duration and attendance rules, for any sessions', () => {
  it('only held, confirmed sessions count, for exactly their minutes', async () => {
    const fc = (await import('fast-check')).default;
    const e = engagement([client('Fay')]);
    const attendances = ['scheduled', 'held', 'late-cancel', 'no-show', 'coach-cancelled'] as const;
    const arbitrarySession = fc.record({
      minutes: fc.integer({ min: 1, max: 1440 }),
      attendance: fc.constantFrom(...attendances),
      draft: fc.boolean(),
      proBono: fc.boolean(),
      day: fc.integer({ min: 0, max: 700 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arbitrarySession, { maxLength: 25 }), async (sessions) => {
        db.prepare('DELETE FROM session').run();
        for (const s of sessions) {
          const fields = sessionFields.parse({
            engagementId: e,
            startsAt: new Date(Date.UTC(2024, 0, 1) + s.day * 86_400_000).toISOString(),
            timeZone: 'UTC',
            durationMinutes: s.minutes,
            format: 'phone',
            attendance: s.attendance,
            payment: s.proBono ? 'pro-bono' : 'paid',
            currency: 'USD',
          });
          createSession(db, temp.clock, fields, { draft: s.draft });
        }
        const counted = sessions.filter((s) => s.attendance === 'held' && !s.draft);
        const { entries } = buildHourLog(db);
        expect(entries).toHaveLength(counted.length);
        expect(entries.reduce((sum, x) => sum + x.paidMinutes, 0)).toBe(
          counted.filter((s) => !s.proBono).reduce((sum, s) => sum + s.minutes, 0),
        );
        expect(entries.reduce((sum, x) => sum + x.proBonoMinutes, 0)).toBe(
          counted.filter((s) => s.proBono).reduce((sum, s) => sum + s.minutes, 0),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('the hours service’s errors, in the coach’s language', () => {
  it('names an unknown target, a missing entry and ethics outside Core Competencies, in English and Spanish', () => {
    const unknownTarget = () =>
      saveHoursSettings(db, {
        targets: ['icf-xyz'],
        trainingStartDate: null,
        applicationDate: null,
        renewalDate: null,
      });
    expect(thrownText(unknownTarget)).toBe('Coachbook has no rules for "icf-xyz".');
    expect(spanish(unknownTarget)).toBe('Coachbook no tiene reglas para «icf-xyz».');

    const gone = () => removeManualHours(db, 'no-such-entry');
    expect(thrownText(gone)).toBe('That entry no longer exists.');
    expect(spanish(gone)).toBe('Esa entrada ya no existe.');
    expect(thrownText(() => removeCe(db, 'no-such-course'))).toBe('That entry no longer exists.');

    const ethics = () =>
      createCe(db, temp.clock, {
        provider: 'ICF Learning',
        course: 'Ethics',
        date: '2026-10-01',
        units: 1,
        category: 'resource-development',
        ethics: true,
      });
    expect(thrownText(ethics)).toBe('Ethics units are part of Core Competencies.');
    expect(spanish(ethics)).toBe('Las unidades de ética forman parte de las Competencias Clave.');
  });
});

describe('hours logged elsewhere, one row at a time', () => {
  it('adds many entries with the one prepared INSERT, each with its own values', () => {
    const fields = manualHoursFields.parse({
      clientName: 'Imported client',
      mode: 'individual',
      startDate: '2024-01-01',
      endDate: '2024-01-31',
      paidMinutes: 60,
      proBonoMinutes: 0,
    });
    for (let i = 0; i < 50; i++) {
      insertManualHours(db, temp.clock, { ...fields, paidMinutes: 60 + i }, `import:${i}`);
    }
    const rows = db
      .prepare(
        'SELECT count(*) AS n, sum(paid_minutes) AS paid, count(DISTINCT import_key) AS keys FROM manual_hours',
      )
      .get() as { n: number; paid: number; keys: number };
    expect(rows).toEqual({ n: 50, paid: 50 * 60 + (49 * 50) / 2, keys: 50 });
  });
});
