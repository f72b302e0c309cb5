import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import { eraseClient, erasurePreview } from '../../electron/core/clients/erasure';
import { addReferral } from '../../electron/core/clients/referrals';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { buildHourLog } from '../../electron/core/hours/log';
import { createManualHours } from '../../electron/core/hours/service';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { writePreferences } from '../../electron/core/preferences';
import { createAction } from '../../electron/core/sessions/actions';
import { finaliseNote, saveNote } from '../../electron/core/sessions/notes';
import { createSession } from '../../electron/core/sessions/sessions';
import { createHandlers } from '../../electron/main/handlers';
import { createRouter } from '../../electron/main/router';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { manualHoursFields } from '../../electron/shared/hours';
import { DEFAULT_PREFERENCES } from '../../electron/shared/preferences';
import { sessionFields } from '../../electron/shared/sessions';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

let temp: TempPractice;
let practices: PracticeManager;
let db: Db;

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'export test passphrase',
  });
  db = practices.requireDb();
});
afterEach(() => temp.cleanup());

describe("a client's data, on request", () => {
  it('exports everything about one client as JSON and a readable PDF, and nothing about others', async () => {
    const lan = createClient(
      db,
      temp.clock,
      clientFields.parse({ fullName: 'Nguyễn Thị Lan', email: 'lan@example.org' }),
    );
    const other = createClient(db, temp.clock, clientFields.parse({ fullName: 'Someone Else' }));
    addReferral(db, temp.clock, {
      clientId: lan.id,
      direction: 'out',
      partyName: 'Dr. Ruiz',
      partyRole: 'therapist',
      reason: 'Grief support',
      date: '2025-03-01',
    });
    const engagement = createEngagement(
      db,
      temp.clock,
      engagementFields.parse({
        title: 'Leading with calm',
        kind: 'individual',
        participantIds: [lan.id],
        focus: 'specific-purpose',
        feeArrangement: 'pro-bono',
        currency: 'USD',
        startDate: '2025-01-01',
      }),
    );
    createEngagement(
      db,
      temp.clock,
      engagementFields.parse({
        title: 'Not hers',
        kind: 'individual',
        participantIds: [other.id],
        focus: 'both',
        feeArrangement: 'pro-bono',
        currency: 'USD',
        startDate: '2025-01-01',
      }),
    );
    const session = createSession(
      db,
      temp.clock,
      sessionFields.parse({
        engagementId: engagement.id,
        startsAt: '2025-02-03T10:00:00Z',
        timeZone: 'UTC',
        durationMinutes: 60,
        format: 'video',
        attendance: 'held',
        payment: 'pro-bono',
        currency: 'USD',
      }),
    );
    saveNote(db, temp.clock, {
      sessionId: session.id,
      template: 'free',
      sections: [{ key: 'notes', label: 'Notes', text: 'Reunión con su equipo went well.' }],
      reflection: '',
    });
    finaliseNote(db, temp.clock, session.id);
    createAction(db, temp.clock, {
      engagementId: engagement.id,
      sessionId: session.id,
      text: 'Draft the team charter',
      owner: 'client',
      dueDate: '2025-02-10',
    });

    const target = join(temp.root, 'lan.pdf');
    temp.dialogs.nextSavePath = target;
    const dispatch = createRouter({
      handlers: createHandlers({
        practices,
        clock: temp.clock,
        dialogs: temp.dialogs,
        fontsDir: join(__dirname, '../../resources/fonts'),
      }),
      isTrustedSender: () => true,
    });
    expect(await dispatch('clients.export', { id: lan.id }, 'app://coachbook/')).toEqual({
      ok: true,
      value: target,
    });

    const json = JSON.parse(readFileSync(join(temp.root, 'lan.json'), 'utf8'));
    expect(json.client.fullName).toBe('Nguyễn Thị Lan');
    expect(json.referrals[0].partyRole).toBe('therapist');
    expect(json.engagements.map((e: { title: string }) => e.title)).toEqual(['Leading with calm']);
    expect(json.sessions[0].note.sections[0].text).toBe('Reunión con su equipo went well.');
    expect(json.engagements[0].commitments[0].text).toBe('Draft the team charter');
    expect(JSON.stringify(json)).not.toContain('Someone Else');

    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Nguyễn Thị Lan',
      'Dr. Ruiz',
      'Leading with calm',
      'Reunión con su equipo went well.',
      'Draft the team charter',
      'Video',
      'Held',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Someone Else');
    expect(text).toContain('Referrals');

    // In Spanish the frame words change; the JSON's field names and the client's data do not.
    writePreferences(temp.dataDir, { ...DEFAULT_PREFERENCES, language: 'es' });
    const spanish = join(temp.root, 'lan-es.pdf');
    temp.dialogs.nextSavePath = spanish;
    expect(await dispatch('clients.export', { id: lan.id }, 'app://coachbook/')).toMatchObject({ ok: true });
    const texto = execFileSync('pdftotext', ['-layout', spanish, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Derivaciones',
      'Procesos de coaching',
      'Sesiones',
      'Página 1 de',
      'Draft the team charter',
      // Stored values in the document's words: the session's format and attendance.
      'Videollamada',
      'Realizada',
    ]) {
      expect(texto, expected).toContain(expected);
    }
    for (const english of ['Referrals', 'Engagements', 'Page 1 of', 'Generated', 'Held', 'video']) {
      expect(texto, english).not.toContain(english);
    }
    expect(JSON.parse(readFileSync(join(temp.root, 'lan-es.json'), 'utf8')).client.fullName).toBe(
      'Nguyễn Thị Lan',
    );
  });
});

describe('erasing a client whose hours were reported', () => {
  /** A client with `engagements` one-to-one engagements, each with a paid and a pro bono 90-minute session. */
  const make = (name: string, engagements = 1) => {
    const c = createClient(db, temp.clock, clientFields.parse({ fullName: name }));
    for (let n = 0; n < engagements; n++) {
      const e = createEngagement(
        db,
        temp.clock,
        engagementFields.parse({
          title: `${name} work ${n}`,
          kind: 'individual',
          participantIds: [c.id],
          focus: 'both',
          feeArrangement: 'pro-bono',
          currency: 'USD',
          startDate: '2025-01-01',
        }),
      );
      for (const [day, payment] of [
        ['2025-02-03', 'paid'],
        ['2025-03-03', 'pro-bono'],
      ] as const) {
        createSession(
          db,
          temp.clock,
          sessionFields.parse({
            engagementId: e.id,
            startsAt: `${day}T1${n}:00:00Z`,
            timeZone: 'UTC',
            durationMinutes: 90,
            format: 'video',
            attendance: 'held',
            payment,
            currency: 'USD',
          }),
        );
      }
    }
    return c;
  };
  const earlierLog = (clientName: string, clientId: string | null) =>
    createManualHours(
      db,
      temp.clock,
      manualHoursFields.parse({
        clientName,
        mode: 'individual',
        startDate: '2024-05-01',
        endDate: '2024-06-30',
        paidMinutes: 300,
        proBonoMinutes: 0,
        mayBeListed: true,
        clientId,
      }),
    );
  const total = () => buildHourLog(db).entries.reduce((s, e) => s + e.paidMinutes + e.proBonoMinutes, 0);
  const distinctClients = () => new Set(buildHourLog(db).entries.flatMap((e) => e.clientKeys)).size;

  it('can keep their held hours as an anonymised log line, and otherwise removes them', () => {
    const kept = make('Kept Hours');
    const gone = make('Gone Entirely');
    expect(total()).toBe(360);

    eraseClient(db, kept.id, 'Kept Hours', temp.clock);
    const manual = db
      .prepare(
        'SELECT client_name, client_contact, paid_minutes, pro_bono_minutes, start_date, end_date, may_be_listed FROM manual_hours',
      )
      .all();
    expect(manual).toEqual([
      {
        client_name: expect.stringMatching(/^Erased client [0-9A-F]{4} \(2025-03-14\)$/),
        client_contact: '',
        paid_minutes: 90,
        pro_bono_minutes: 90,
        start_date: '2025-02-03',
        end_date: '2025-03-03',
        may_be_listed: 0,
      },
    ]);
    expect(total()).toBe(360);
    expect(JSON.stringify(db.prepare('SELECT * FROM manual_hours').all())).not.toContain('Kept Hours');

    eraseClient(db, gone.id, 'Gone Entirely');
    expect(total()).toBe(360 - 180);
  });

  it('keeps an erased client one distinct client, across engagements and linked earlier hours', () => {
    const ana = make('Ana Gómez', 2);
    const ben = make('Ben Okafor');
    earlierLog('Ana Gomez', ana.id);
    expect(erasurePreview(db, ana.id).manualHourEntries).toBe(1);
    expect(distinctClients()).toBe(2);
    expect(total()).toBe(4 * 90 + 2 * 90 + 300);

    eraseClient(db, ana.id, 'Ana Gómez', temp.clock);
    eraseClient(db, ben.id, 'Ben Okafor', temp.clock);
    const lines = db
      .prepare('SELECT client_name, client_contact, may_be_listed, client_id, paid_minutes FROM manual_hours')
      .all() as { client_name: string; client_contact: string; may_be_listed: number; client_id: null }[];
    // Ana's two engagements and her earlier-log line share one anonymous name; Ben has his own.
    expect(new Set(lines.map((l) => l.client_name)).size).toBe(2);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatchObject({ client_contact: '', may_be_listed: 0, client_id: null });
      expect(line.client_name).not.toMatch(/Ana|Ben|Gómez|Okafor/);
    }
    expect(distinctClients()).toBe(2);
    expect(total()).toBe(4 * 90 + 2 * 90 + 300);
  });

  it('erases linked earlier hours with the client when their hours are not kept, and leaves unlinked lines', () => {
    const ana = make('Ana Gómez');
    earlierLog('Ana Gómez', ana.id);
    earlierLog('Ana Gómez (another Ana)', null);
    eraseClient(db, ana.id, 'Ana Gómez');
    expect(db.prepare('SELECT client_name FROM manual_hours').pluck().all()).toEqual([
      'Ana Gómez (another Ana)',
    ]);
    expect(total()).toBe(300);
  });
});
