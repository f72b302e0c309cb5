import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../electron/core/calendar/ics-parse';
import { createClient } from '../../../electron/core/clients/clients';
import type { Db } from '../../../electron/core/db/connection';
import { createEngagement } from '../../../electron/core/engagements/engagements';
import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import { saveNote } from '../../../electron/core/sessions/notes';
import { createSession, listSessions, removeSession } from '../../../electron/core/sessions/sessions';
import { createHandlers } from '../../../electron/main/handlers';
import { createRouter, type Dispatch } from '../../../electron/main/router';
import type { IcsImportEvent, IcsImportResult, IcsPreview } from '../../../electron/shared/calendar';
import { clientFields } from '../../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../../electron/shared/engagements';
import type { Envelope } from '../../../electron/shared/errors';
import { type SessionFieldsInput, sessionFields } from '../../../electron/shared/sessions';
import { english } from '../../helpers/english';
import { type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';

/**
 * Calendar import and export through the real router (zod validation included) over a real
 * encrypted temporary practice. The test clock stands at 2025-03-14T09:26:53Z.
 */
const URL = 'app://coachbook/index.html';

let temp: TempPractice;
let manager: PracticeManager;
let db: Db;
let dispatch: Dispatch;
let lan: string;
let mateo: string;
let circle: string;

beforeEach(() => {
  temp = tempPractice();
  manager = temp.newManager();
  manager.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: 'a long test passphrase' });
  db = manager.requireDb();
  dispatch = createRouter({
    handlers: createHandlers({ practices: manager, clock: temp.clock, dialogs: temp.dialogs, fontsDir: '' }),
    isTrustedSender: (url) => url === URL,
  });
  const client = (fullName: string, preferredName = '', email = '') =>
    createClient(db, temp.clock, clientFields.parse({ fullName, preferredName, email })).id;
  const lanId = client('Nguyễn Thị Lan', 'Lan', 'lan@saigonbloom.vn');
  const mateoId = client('Mateo Fernández García', 'Mateo');
  const leiId = client('李雷', 'Lei');
  const priyaId = client('Priya Raghunathan', 'Priya');
  lan = engagement({ title: 'Founder transition', participantIds: [lanId], sessionMinutes: 60 });
  mateo = engagement({ title: 'First-time manager', participantIds: [mateoId], sessionMinutes: 45 });
  circle = engagement({
    title: 'Leaders circle',
    kind: 'group',
    participantIds: [leiId, priyaId],
    feeArrangement: 'pro-bono',
    feeMinor: null,
  });
});
afterEach(() => temp.cleanup());

function engagement(fields: Partial<EngagementFieldsInput> & Pick<EngagementFieldsInput, 'participantIds'>) {
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: 'Coaching',
      kind: 'individual',
      focus: 'whole-person',
      feeArrangement: 'per-session',
      feeMinor: 12000,
      currency: 'EUR',
      startDate: '2025-01-06',
      ...fields,
    }),
  ).id;
}

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = (await dispatch(channel, input, URL)) as Envelope<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function failure(channel: string, input?: unknown) {
  const result = await dispatch(channel, input, URL);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

function writeIcs(name: string, body: string): string {
  const path = join(temp.root, name);
  writeFileSync(path, body);
  return path;
}

async function preview(path: string): Promise<IcsPreview> {
  temp.dialogs.nextFileToOpen = path;
  const result = await call<IcsPreview | null>('calendar.previewIcs');
  if (!result) throw new Error('preview cancelled');
  return result;
}

/** What the renderer sends back: the matched, new events. */
function accepted(p: IcsPreview): IcsImportEvent[] {
  return p.events
    .filter((e) => e.matchedEngagementId && !e.duplicate)
    .map((e) => ({
      uid: e.uid,
      startsAt: e.start,
      minutes: e.minutes,
      timeZone: e.timeZone ?? '',
      engagementId: e.matchedEngagementId as string,
    }));
}

const sessionCount = () => db.prepare('SELECT count(*) FROM session').pluck().get() as number;

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example Corp.//Calendar 1.0//EN',
  'BEGIN:VEVENT',
  'UID:lan-weekly@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART;TZID=Europe/Madrid:20250310T100000',
  'DTEND;TZID=Europe/Madrid:20250310T110000',
  'RRULE:FREQ=WEEKLY;COUNT=4',
  'EXDATE;TZID=Europe/Madrid:20250324T100000',
  'SUMMARY:Coaching – Lan',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:mateo-1@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART:20250318T160000Z',
  'DURATION:PT45M',
  'SUMMARY:Check-in',
  'ATTENDEE;CN=Mateo Fernandez Garcia:mailto:mateo@example.es',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:circle-1@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART;TZID=America/New_York:20250320T120000',
  'DTEND;TZID=America/New_York:20250320T133000',
  'SUMMARY:Leaders circle (group)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:dentist@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART:20250319T080000Z',
  'DURATION:PT30M',
  'SUMMARY:Dentist',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:holiday@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART;VALUE=DATE:20250319',
  'SUMMARY:San José (holiday)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cancelled@calendar.example',
  'DTSTAMP:20250301T120000Z',
  'DTSTART:20250321T090000Z',
  'DURATION:PT1H',
  'STATUS:CANCELLED',
  'SUMMARY:Lan (cancelled)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:broken@calendar.example',
  'DTSTART;TZID=Atlantis/Capital:20250321T090000',
  'SUMMARY:Mystery meeting',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('importing a calendar file', () => {
  it('previews events matched to engagements, with skipped and unreadable ones accounted for', async () => {
    const p = await preview(writeIcs('work.ics', CALENDAR));
    expect(temp.dialogs.log.at(-1)).toEqual({
      method: 'chooseFileToOpen',
      options: {
        title: 'Import from a calendar file',
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      },
    });
    expect(p.fileName).toBe('work.ics');
    expect(p.events.map((e) => [e.start, e.summary, e.minutes, e.matchedEngagementId, e.duplicate])).toEqual([
      ['2025-03-10T09:00:00.000Z', 'Coaching – Lan', 60, lan, false],
      ['2025-03-17T09:00:00.000Z', 'Coaching – Lan', 60, lan, false],
      ['2025-03-18T16:00:00.000Z', 'Check-in', 45, mateo, false],
      ['2025-03-19T08:00:00.000Z', 'Dentist', 30, null, false],
      ['2025-03-20T16:00:00.000Z', 'Leaders circle (group)', 90, circle, false],
      // Madrid moved to summer time on 30 March: still 10:00 there.
      ['2025-03-31T08:00:00.000Z', 'Coaching – Lan', 60, lan, false],
    ]);
    expect(p.events.find((e) => e.summary === 'Dentist')?.candidates).toEqual([]);
    expect(p.skipped).toEqual({ allDay: 1, cancelled: 1, unmatchedOverLimit: 0 });
    // Problems travel as message references; the renderer words them (src/i18n messageText).
    expect(p.problems.map((problem) => ({ ...problem, message: english(problem.message) }))).toEqual([
      {
        line: 49,
        summary: 'Mystery meeting',
        start: null,
        message: 'The time zone "Atlantis/Capital" is not one Coachbook recognises.',
      },
    ]);
  });

  it('creates drafts in one go, with the engagement’s defaults, and creates nothing the second time', async () => {
    const path = writeIcs('work.ics', CALENDAR);
    const first = await preview(path);
    const events = accepted(first);
    expect(events).toHaveLength(5);
    expect(await call<IcsImportResult>('calendar.importIcs', { events })).toEqual({ created: 5, skipped: 0 });

    const drafts = listSessions(db, { drafts: 'only', order: 'oldest' }).rows;
    expect(
      drafts.map((s) => [s.startsAt, s.engagementId, s.durationMinutes, s.attendance, s.timeZone]),
    ).toEqual([
      // Before the test clock (2025-03-14T09:26:53Z): held; after: scheduled.
      ['2025-03-10T09:00:00.000Z', lan, 60, 'held', 'Europe/Madrid'],
      ['2025-03-17T09:00:00.000Z', lan, 60, 'scheduled', 'Europe/Madrid'],
      ['2025-03-18T16:00:00.000Z', mateo, 45, 'scheduled', 'UTC'],
      ['2025-03-20T16:00:00.000Z', circle, 90, 'scheduled', 'America/New_York'],
      ['2025-03-31T08:00:00.000Z', lan, 60, 'scheduled', 'Europe/Madrid'],
    ]);
    expect(drafts.every((s) => s.isDraft)).toBe(true);
    const lanDraft = drafts[0];
    expect(lanDraft).toMatchObject({ payment: 'paid', feeMinor: 12000, currency: 'EUR', format: 'video' });
    expect(drafts.find((s) => s.engagementId === circle)).toMatchObject({
      payment: 'pro-bono',
      feeMinor: null,
      attendeeIds: expect.arrayContaining([expect.any(String), expect.any(String)]),
    });
    const uids = db.prepare('SELECT DISTINCT ics_uid FROM session ORDER BY 1').pluck().all();
    expect(uids).toEqual([
      'circle-1@calendar.example',
      'lan-weekly@calendar.example',
      'mateo-1@calendar.example',
    ]);

    // The same file again: everything is marked as already imported, and importing creates nothing.
    const second = await preview(path);
    expect(second.events.filter((e) => e.duplicate).map((e) => e.start)).toEqual(
      events.map((e) => e.startsAt),
    );
    expect(second.events.find((e) => e.summary === 'Dentist')?.duplicate).toBe(false);
    expect(accepted(second)).toEqual([]);
    expect(await call<IcsImportResult>('calendar.importIcs', { events })).toEqual({ created: 0, skipped: 5 });
    expect(sessionCount()).toBe(5);
  });

  it('lets the coach assign an unmatched event, and skips a repeated event within one import', async () => {
    const p = await preview(writeIcs('work.ics', CALENDAR));
    const dentist = p.events.find((e) => e.summary === 'Dentist');
    if (!dentist) throw new Error('missing event');
    const event = { uid: dentist.uid, startsAt: dentist.start, minutes: null, engagementId: mateo };
    expect(await call<IcsImportResult>('calendar.importIcs', { events: [event, event] })).toEqual({
      created: 1,
      skipped: 1,
    });
    // No length given: the engagement's usual 45 minutes; no zone given: the coach's (here the engagement has none yet).
    expect(listSessions(db, {}).rows[0]).toMatchObject({ durationMinutes: 45, isDraft: true });
  });

  it('writes nothing when one accepted event cannot be imported', async () => {
    const p = await preview(writeIcs('work.ics', CALENDAR));
    const events = accepted(p);
    events.push({ ...events[0], uid: 'other@x', engagementId: randomUUID() } as IcsImportEvent);
    const error = await failure('calendar.importIcs', { events });
    expect(error).toMatchObject({ code: 'validation', field: 'events' });
    expect(sessionCount()).toBe(0);
  });

  it('returns null and reads nothing when the coach cancels the dialog', async () => {
    temp.dialogs.nextFileToOpen = null;
    expect(await call('calendar.previewIcs')).toBeNull();
  });

  it('refuses files that are not calendars, or are too large', async () => {
    temp.dialogs.nextFileToOpen = writeIcs('notes.ics', 'Dear diary,\nnothing to see.');
    expect(await failure('calendar.previewIcs')).toEqual({
      code: 'validation',
      message: 'That file is not an iCalendar (.ics) file.',
    });
    temp.dialogs.nextFileToOpen = writeIcs('huge.ics', `BEGIN:VCALENDAR\r\n${'X'.repeat(5 * 1024 * 1024)}`);
    expect(await failure('calendar.previewIcs')).toMatchObject({
      code: 'validation',
      message: expect.stringContaining('larger than 5 MB'),
    });
  });

  it('validates what the renderer sends back', async () => {
    const good = { uid: 'a@b', startsAt: '2025-03-20T10:00:00Z', minutes: 60, engagementId: lan };
    const bad: [unknown, string | undefined][] = [
      [{ events: [] }, 'events'],
      [{ events: [{ ...good, engagementId: 'not-a-uuid' }] }, 'events.0.engagementId'],
      [{ events: [{ ...good, minutes: 0 }] }, 'events.0.minutes'],
      [{ events: [{ ...good, minutes: 1441 }] }, 'events.0.minutes'],
      [{ events: [{ ...good, startsAt: 'next tuesday' }] }, 'events.0.startsAt'],
      [{ events: [{ ...good, uid: '' }] }, 'events.0.uid'],
      [{ events: [{ ...good, uid: 'a\u0000b' }] }, 'events.0.uid'],
      [{ events: [{ ...good, timeZone: 'Mars/Olympus' }] }, 'events.0.timeZone'],
      [{ events: [{ ...good, sql: 'DROP TABLE session' }] }, 'events.0'],
      [{ events: [good], token: 'x' }, undefined],
      [{ events: Array.from({ length: 2001 }, () => good) }, 'events'],
    ];
    for (const [input, field] of bad) {
      const error = await failure('calendar.importIcs', input);
      expect(error.code, JSON.stringify(input).slice(0, 80)).toBe('validation');
      expect(error.field).toBe(field);
    }
    expect(sessionCount()).toBe(0);
  });

  it('says the practice is locked rather than reading anything', async () => {
    manager.lock();
    temp.dialogs.nextFileToOpen = writeIcs('work.ics', CALENDAR);
    expect((await failure('calendar.previewIcs')).code).toBe('locked');
  });
});

describe('exporting scheduled sessions', () => {
  function session(fields: Partial<SessionFieldsInput>, draft = false) {
    return createSession(
      db,
      temp.clock,
      sessionFields.parse({
        engagementId: lan,
        startsAt: '2025-03-20T09:00:00Z',
        timeZone: 'Europe/Madrid',
        durationMinutes: 60,
        format: 'video',
        attendance: 'scheduled',
        payment: 'paid',
        currency: 'EUR',
        ...fields,
      }),
      { draft },
    );
  }

  const range = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

  it('writes an RFC 5545 file of scheduled sessions only, with client names and no notes', async () => {
    const a = session({});
    const b = session({
      engagementId: circle,
      startsAt: '2025-03-25T17:30:00Z',
      durationMinutes: 90,
      payment: 'pro-bono',
    });
    session({ startsAt: '2025-03-05T09:00:00Z', attendance: 'held' });
    session({ startsAt: '2025-03-21T09:00:00Z' }, true);
    session({ startsAt: '2025-04-02T09:00:00Z' });
    saveNote(db, temp.clock, {
      sessionId: a.id,
      template: 'free',
      sections: [{ key: 'notes', label: 'Notes', text: 'Secret worry about the board' }],
      reflection: 'Private reflection',
    });

    const path = join(temp.root, 'out.ics');
    temp.dialogs.nextSavePath = path;
    expect(await call('calendar.exportIcs', range)).toBe(path);
    expect(temp.dialogs.log.at(-1)).toMatchObject({
      method: 'chooseSavePath',
      options: {
        defaultName: 'Coachbook sessions 2025-03-01 to 2025-04-01.ics',
        filters: [{ extensions: ['ics'] }],
      },
    });

    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('reflection');
    const lines = text.split('\r\n');
    expect(lines).toContain(`UID:${a.id}@coachbook`);
    expect(lines).toContain('DTSTAMP:20250314T092653Z');
    expect(lines).toContain('DTSTART:20250325T173000Z');
    expect(lines).toContain('DTEND:20250325T190000Z');

    const parsed = parseIcs(text, { localZone: 'UTC' });
    expect(parsed.occurrences.map((o) => [o.uid, o.start, o.minutes, o.summary])).toEqual([
      [`${a.id}@coachbook`, '2025-03-20T09:00:00.000Z', 60, 'Coaching: Nguyễn Thị Lan'],
      [`${b.id}@coachbook`, '2025-03-25T17:30:00.000Z', 90, 'Coaching: Priya Raghunathan, 李雷'],
    ]);
  });

  it('round-trips: re-importing the export finds the sessions already there; after they are gone it recreates them', async () => {
    session({});
    session({ engagementId: mateo, startsAt: '2025-03-26T15:00:00Z', durationMinutes: 45, timeZone: 'UTC' });
    session({
      engagementId: circle,
      startsAt: '2025-03-27T16:00:00Z',
      durationMinutes: 90,
      payment: 'pro-bono',
    });
    const path = join(temp.root, 'round.ics');
    temp.dialogs.nextSavePath = path;
    await call('calendar.exportIcs', range);

    const again = await preview(path);
    expect(again.events.map((e) => [e.duplicate, e.matchedEngagementId])).toEqual([
      [true, lan],
      [true, mateo],
      [true, circle],
    ]);
    const resend = again.events.map((e) => ({
      uid: e.uid,
      startsAt: e.start,
      minutes: e.minutes,
      engagementId: e.matchedEngagementId as string,
    }));
    expect(await call('calendar.importIcs', { events: resend })).toEqual({ created: 0, skipped: 3 });

    // The coach deletes the sessions; the exported file brings them back as drafts, matched by name.
    for (const s of listSessions(db, {}).rows) removeSession(db, s.id);
    const fresh = await preview(path);
    expect(fresh.events.map((e) => [e.duplicate, e.matchedEngagementId])).toEqual([
      [false, lan],
      [false, mateo],
      [false, circle],
    ]);
    expect(await call('calendar.importIcs', { events: accepted(fresh) })).toEqual({ created: 3, skipped: 0 });
    expect(
      listSessions(db, { order: 'oldest' }).rows.map((s) => [
        s.engagementId,
        s.startsAt,
        s.durationMinutes,
        s.isDraft,
      ]),
    ).toEqual([
      [lan, '2025-03-20T09:00:00.000Z', 60, true],
      [mateo, '2025-03-26T15:00:00.000Z', 45, true],
      [circle, '2025-03-27T16:00:00.000Z', 90, true],
    ]);
  });

  it('says so when there is nothing to export, without asking where to save', async () => {
    session({ attendance: 'held' });
    const before = temp.dialogs.log.length;
    expect(await failure('calendar.exportIcs', range)).toMatchObject({
      code: 'validation',
      message: 'There are no scheduled sessions in that period to export.',
    });
    expect(temp.dialogs.log.length).toBe(before);
  });

  it('returns null when the coach cancels, and validates the range', async () => {
    session({});
    temp.dialogs.nextSavePath = null;
    expect(await call('calendar.exportIcs', range)).toBeNull();
    expect(await failure('calendar.exportIcs', { from: range.to, to: range.from })).toMatchObject({
      code: 'validation',
      field: 'to',
    });
    expect((await failure('calendar.exportIcs', { from: 'yesterday', to: range.to })).field).toBe('from');
  });
});
