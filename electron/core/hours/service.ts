import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type {
  CeEntry,
  HoursOverview,
  HoursSettings,
  ManualHours,
  ManualHoursFields,
} from '../../shared/hours';
import { msg } from '../../shared/messages';
import { foldForSearch } from '../../shared/search-text';
import { type Clock, localToday } from '../clock';
import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statements';
import { readSetting, writeSetting } from '../settings';
import { cumulativeByMonth, minutesBySponsor } from './charts';
import { EVERY_ENTRY, evaluateCredential } from './evaluate';
import { type CeUnits, evaluateMentor, evaluateRenewal, type ReceivedMinutes } from './mentor-renewal';
import { CREDENTIAL_RULES, findRule } from './rules';
import { hourSummary } from './summary';

const SETTINGS_KEY = 'hours.settings';
const EMPTY_SETTINGS: HoursSettings = {
  targets: [],
  trainingStartDate: null,
  applicationDate: null,
  renewalDate: null,
};

export function hoursSettings(db: Db): HoursSettings {
  return { ...EMPTY_SETTINGS, ...readSetting<Partial<HoursSettings>>(db, SETTINGS_KEY, {}) };
}

export function saveHoursSettings(db: Db, settings: HoursSettings): HoursSettings {
  const unknown = settings.targets.find((id) => !findRule(id));
  if (unknown)
    throw new AppError('validation', msg('errors:hours.unknownRule', { rule: unknown }), 'targets');
  writeSetting(db, SETTINGS_KEY, { ...settings, targets: [...new Set(settings.targets)] });
  return hoursSettings(db);
}

export function receivedMinutes(db: Db): ReceivedMinutes[] {
  return (
    db
      .prepare(
        'SELECT kind, mode, group_size AS groupSize, substr(starts_at, 1, 10) AS date, duration_minutes AS minutes FROM received_session',
      )
      .all() as ReceivedMinutes[]
  ).map((r) => ({ ...r }));
}

function ceUnits(db: Db): CeUnits[] {
  return (
    db.prepare('SELECT date, units_tenths AS unitsTenths, category, ethics FROM ce_entry').all() as (Omit<
      CeUnits,
      'ethics'
    > & { ethics: 0 | 1 })[]
  ).map((r) => ({ ...r, ethics: r.ethics === 1 }));
}

/**
 * Everything the Hours screen shows, computed from the one hour log, read in sums (hourSummary):
 * the same figures as evaluating `buildHourLog` entry by entry, without reading every session.
 */
export function hoursOverview(db: Db, clock: Clock): HoursOverview {
  const settings = hoursSettings(db);
  const today = localToday(clock);
  const summary = hourSummary(db);
  const targets = settings.targets.map(findRule).filter((r) => r !== undefined);
  const experienceTargets = targets.filter((r) => r.experience);
  const received = receivedMinutes(db);
  const mentorRule = targets.find((r) => r.mentorCoaching);
  const renewalRule = targets.find((r) => r.renewal);
  let minutes = 0;
  let paid = 0;
  let entries = 0;
  for (const e of summary.items) {
    minutes += e.paidMinutes + e.proBonoMinutes;
    paid += e.paidMinutes;
    entries += e.count;
  }
  return {
    settings,
    rules: CREDENTIAL_RULES.map((r) => ({ id: r.id, name: r.name, body: r.body })),
    progress: experienceTargets.map((rule) => evaluateCredential(rule, summary, settings, today)),
    totals: {
      minutes,
      paidMinutes: paid,
      proBonoMinutes: minutes - paid,
      distinctClients: summary.distinctClients(EVERY_ENTRY),
      entries,
    },
    cumulative: cumulativeByMonth(summary.items),
    bySponsor: minutesBySponsor(summary.sponsors),
    mentor: mentorRule ? evaluateMentor(mentorRule, received) : null,
    renewal: renewalRule
      ? evaluateRenewal(renewalRule, ceUnits(db), received, settings.renewalDate ?? today)
      : null,
  };
}

export function createManualHours(db: Db, clock: Clock, fields: ManualHoursFields): ManualHours {
  return getManualHours(db, insertManualHours(db, clock, fields));
}

/** Adds an entry and returns its id: the hour import and erasure add many, and need nothing back. */
export function insertManualHours(
  db: Db,
  clock: Clock,
  fields: ManualHoursFields,
  importKey: string | null = null,
): string {
  const clientId = fields.clientId ?? null;
  if (clientId) requireClient(db, clientId);
  const id = randomUUID();
  // The hour import adds its rows one by one through here: prepared once per connection.
  cachedStatement(
    db,
    `INSERT INTO manual_hours (id, client_name, client_contact, mode, group_size, start_date, end_date, paid_minutes,
       pro_bono_minutes, may_be_listed, client_id, import_key, created_at)
     VALUES (@id, @clientName, @clientContact, @mode, @groupSize, @startDate, @endDate, @paidMinutes, @proBonoMinutes,
       @mayBeListed, @clientId, @importKey, @now)`,
  ).run({
    ...fields,
    id,
    clientId,
    mayBeListed: fields.mayBeListed ? 1 : 0,
    importKey,
    now: clock.now().toISOString(),
  });
  return id;
}

/** Says (or unsays) that a manual entry's client is the same person as a Coachbook client. */
export function linkManualHours(db: Db, id: string, clientId: string | null): ManualHours {
  if (clientId) requireClient(db, clientId);
  if (db.prepare('UPDATE manual_hours SET client_id = ? WHERE id = ?').run(clientId, id).changes === 0) {
    throw new AppError('not_found', msg('errors:entries.notFound'));
  }
  return getManualHours(db, id);
}

export function listManualHours(db: Db, where = '1 = 1', ...params: string[]): ManualHours[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.client_name AS clientName, m.client_contact AS clientContact, m.mode, m.group_size AS groupSize,
         m.start_date AS startDate, m.end_date AS endDate, m.paid_minutes AS paidMinutes,
         m.pro_bono_minutes AS proBonoMinutes, m.may_be_listed AS mayBeListed, m.client_id AS clientId,
         c.full_name AS linkedClientName
       FROM manual_hours m LEFT JOIN client c ON c.id = m.client_id
       WHERE ${where} ORDER BY m.start_date DESC, m.id`,
    )
    .all(...params) as (Omit<ManualHours, 'mayBeListed' | 'suggestedClient'> & { mayBeListed: 0 | 1 })[];
  const namesakes = rows.some((r) => r.clientId === null) ? clientsByFoldedName(db) : new Map();
  return rows.map((r) => {
    const same = r.clientId === null ? namesakes.get(foldForSearch(r.clientName.trim())) : undefined;
    return {
      ...r,
      mayBeListed: r.mayBeListed === 1,
      suggestedClient: same?.length === 1 ? (same[0] ?? null) : null,
    };
  });
}

function getManualHours(db: Db, id: string): ManualHours {
  const [entry] = listManualHours(db, 'm.id = ?', id);
  if (!entry) throw new AppError('not_found', msg('errors:entries.notFound'));
  return entry;
}

function clientsByFoldedName(db: Db): Map<string, { id: string; fullName: string }[]> {
  const byName = new Map<string, { id: string; fullName: string }[]>();
  for (const c of db.prepare('SELECT id, full_name AS fullName FROM client').all() as {
    id: string;
    fullName: string;
  }[]) {
    const key = foldForSearch(c.fullName.trim());
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  return byName;
}

function requireClient(db: Db, clientId: string): void {
  if (!db.prepare('SELECT 1 FROM client WHERE id = ?').get(clientId)) {
    throw new AppError('not_found', msg('errors:clients.notFound'), 'clientId');
  }
}

export function removeManualHours(db: Db, id: string): void {
  if (db.prepare('DELETE FROM manual_hours WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', msg('errors:entries.notFound'));
  }
}

export function listCe(db: Db): CeEntry[] {
  return (
    db
      .prepare(
        'SELECT id, provider, course, date, units_tenths, category, ethics FROM ce_entry ORDER BY date DESC',
      )
      .all() as {
      id: string;
      provider: string;
      course: string;
      date: string;
      units_tenths: number;
      category: CeEntry['category'];
      ethics: 0 | 1;
    }[]
  ).map((r) => ({
    id: r.id,
    provider: r.provider,
    course: r.course,
    date: r.date,
    units: r.units_tenths / 10,
    category: r.category,
    ethics: r.ethics === 1,
  }));
}

export function createCe(db: Db, clock: Clock, fields: Omit<CeEntry, 'id'>): CeEntry {
  if (fields.ethics && fields.category !== 'core-competencies') {
    throw new AppError('validation', msg('errors:hours.ethicsIsCore'), 'category');
  }
  const id = randomUUID();
  db.prepare(
    'INSERT INTO ce_entry (id, provider, course, date, units_tenths, category, ethics, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    fields.provider,
    fields.course,
    fields.date,
    Math.round(fields.units * 10),
    fields.category,
    fields.ethics ? 1 : 0,
    clock.now().toISOString(),
  );
  return { ...fields, id };
}

export function removeCe(db: Db, id: string): void {
  if (db.prepare('DELETE FROM ce_entry WHERE id = ?').run(id).changes === 0) {
    throw new AppError('not_found', msg('errors:entries.notFound'));
  }
}
