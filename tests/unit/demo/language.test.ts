import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../electron/core/agreements/templates';
import type { Db } from '../../../electron/core/db/connection';
import { type DemoOptions, generateDemoPractice } from '../../../electron/core/demo/generate';
import { searchRecords } from '../../../electron/core/sessions/search';
import { DEFAULT_WHEEL_AREAS } from '../../../electron/shared/assessments';
import { BUILT_IN_NOTE_TEMPLATES } from '../../../electron/shared/note-templates';
import { fixedClock, type TempPractice, tempPractice } from '../../integration/helpers/temp-practice';
import { canonicalDump, DUMPED_TABLES, rawDump } from './dump';

/** The demo in Spanish: the same practice a seed gives in English, every record worded in Spanish. */
const NOW = new Date('2026-03-12T09:00:00.000Z');

const temps: TempPractice[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

function demo(opts: DemoOptions = {}, owner: TempPractice[] = temps) {
  const temp = tempPractice();
  owner.push(temp);
  const clock = fixedClock(NOW);
  const manager = temp.newManager({ clock });
  manager.create({ name: 'Demo practice', coachName: 'Sofía Marín', passphrase: 'a long test passphrase' });
  const db = manager.requireDb();
  return { db, summary: generateDemoPractice(db, clock, opts) };
}

const all = (db: Db, sql: string) => db.prepare(sql).pluck().all() as string[];

/**
 * Words that mark a sentence as English. Names of people and organisations stay as they are in
 * every language, and none of them holds one of these words.
 */
const ENGLISH =
  /\b(the|and|with|for|from|wants?|will|client|clients|goal|goals|session|sessions|meeting|today|week|notes|coaching agreement|others)\b/i;

/** Every piece of text the coach would read in the demo's records, by where it is. */
function texts(db: Db): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, values: string[]) => {
    for (const v of values) if (v.trim() !== '') out.push([where, v]);
  };
  for (const raw of all(db, 'SELECT sections FROM note')) {
    add(
      'note section',
      (JSON.parse(raw) as { text: string }[]).map((s) => s.text),
    );
  }
  add('note reflection', all(db, 'SELECT reflection FROM note'));
  add('addendum', all(db, 'SELECT text FROM note_addendum'));
  add('engagement title', all(db, 'SELECT title FROM engagement'));
  add('engagement focus', all(db, 'SELECT focus_description FROM engagement'));
  add('sponsor contact', all(db, 'SELECT sponsor_contact FROM engagement'));
  add('agreement title', all(db, 'SELECT title FROM agreement'));
  add('agreement text', all(db, 'SELECT body FROM agreement'));
  add('signer', all(db, 'SELECT signer_name FROM agreement_signature'));
  add('goal', all(db, `SELECT title || ' / ' || success_measure || ' / ' || plan FROM goal`));
  add('goal progress', all(db, 'SELECT note FROM goal_progress'));
  add('action', all(db, 'SELECT text FROM action_item'));
  add('referral', all(db, `SELECT party_role || ' / ' || reason FROM referral`));
  add('wheel note', all(db, 'SELECT note FROM assessment'));
  add('received', all(db, 'SELECT notes FROM received_session'));
  add('CE course', all(db, 'SELECT course FROM ce_entry'));
  add('manual hours', all(db, 'SELECT client_name FROM manual_hours'));
  add('tag', all(db, 'SELECT tag FROM client_tag'));
  add('client', all(db, `SELECT pronouns || ' / ' || private_notes FROM client`));
  return out;
}

describe('the demo practice in Spanish', () => {
  const own: TempPractice[] = [];
  let es: ReturnType<typeof demo>;
  let en: ReturnType<typeof demo>;
  beforeAll(() => {
    es = demo({ language: 'es' }, own);
    en = demo({}, own);
  }, 120_000);
  afterAll(() => {
    for (const t of own.splice(0)) t.cleanup();
  });

  it('has no English in its records (the same check finds plenty in the English demo)', () => {
    const english = texts(en.db).filter(([, text]) => ENGLISH.test(text));
    expect(english.length).toBeGreaterThan(1000);
    const found = texts(es.db)
      .filter(([, text]) => ENGLISH.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(found).toEqual([]);
    expect(texts(es.db).length).toBe(texts(en.db).length);
  });

  it('is the same practice as in English: same counts, same sessions, same links', () => {
    expect(es.summary).toEqual(en.summary);
    const a = canonicalDump(es.db);
    const b = canonicalDump(en.db);
    for (const table of DUMPED_TABLES)
      expect({ table, rows: a[table]?.length }).toEqual({ table, rows: b[table]?.length });
    // Tables that hold no words are row for row the same.
    for (const table of ['session', 'session_attendee', 'engagement_participant'])
      expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
    expect(all(es.db, 'SELECT full_name FROM client ORDER BY rowid')).toEqual(
      all(en.db, 'SELECT full_name FROM client ORDER BY rowid'),
    );
  });

  it('writes its agreements from the Spanish default template, with Spanish merged values', () => {
    const titles = new Set(all(es.db, 'SELECT title FROM agreement'));
    expect(titles).toEqual(new Set(['Acuerdo de coaching']));
    const body = all(es.db, 'SELECT body FROM agreement LIMIT 1')[0] ?? '';
    expect(body.startsWith(DEFAULT_TEMPLATES.es.body.slice(0, 40))).toBe(true);
    expect(body).not.toMatch(/\{\{/);
  });

  it('keeps built-in note headings and Wheel of Life areas as stored names (the app shows them in Spanish)', () => {
    const headings = new Set(
      all(es.db, 'SELECT sections FROM note').flatMap((raw) =>
        (JSON.parse(raw) as { label: string }[]).map((s) => s.label),
      ),
    );
    const builtIn = new Set(BUILT_IN_NOTE_TEMPLATES.flatMap((t) => t.sections.map((s) => s.label)));
    for (const heading of headings) expect(builtIn).toContain(heading);
    for (const raw of all(es.db, 'SELECT scores FROM assessment'))
      expect((JSON.parse(raw) as { area: string }[]).map((s) => s.area)).toEqual([...DEFAULT_WHEEL_AREAS]);
  });

  it('reads as Spanish, and search finds its accented words without the accents', () => {
    const notes = all(es.db, 'SELECT sections FROM note').join(' ');
    for (const word of [' que ', ' la ', ' el ', ' de ', 'sesión']) expect(notes).toContain(word);
    expect(searchRecords(es.db, 'reunion', 20).some((h) => h.snippet.includes('reunión'))).toBe(true);
    expect(searchRecords(es.db, 'curriculum', 20).some((h) => h.snippet.includes('currículum'))).toBe(true);
  });
});

describe('determinism in Spanish', () => {
  it('the same seed gives the same rows', { timeout: 120_000 }, () => {
    const opts = { clients: 24, sessions: 160, seed: 11, language: 'es' as const };
    expect(canonicalDump(demo(opts).db)).toEqual(canonicalDump(demo(opts).db));
  });

  it('bulk mode gives identical rows, ids included, and what the services write', {
    timeout: 120_000,
  }, () => {
    const opts = { clients: 30, sessions: 300, seed: 3, language: 'es' as const };
    const bulk = demo({ ...opts, mode: 'bulk' });
    expect(rawDump(demo({ ...opts, mode: 'bulk' }).db)).toBe(rawDump(bulk.db));
    const services = canonicalDump(demo({ ...opts, mode: 'services' }).db);
    const fromBulk = canonicalDump(bulk.db);
    for (const table of Object.keys(services))
      expect({ table, rows: fromBulk[table] }).toEqual({ table, rows: services[table] });
  });
});
