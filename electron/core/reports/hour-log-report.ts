import type { HourEntry } from '../../shared/hours';
import type { Language } from '../../shared/preferences';
import type { CoachProfile } from '../../shared/profile';
import type { HourLogReportInput, ReportNameStyle } from '../../shared/reports';
import { readCoachProfile } from '../coach/profile';
import type { Db } from '../db/connection';
import { buildHourLog } from '../hours/log';
import { findRule } from '../hours/rules';
import { hoursSettings } from '../hours/service';
import { type DocumentText, documentText, hoursValue } from './format';
import { clientCodes, displayName } from './names';

/**
 * The ICF client coaching log: one row per client relationship. Sessions are grouped by
 * engagement; each manual entry is its own row. Built from the one hour log (buildHourLog);
 * the PDF, CSV and XLSX exports all render these rows, so they cannot disagree.
 */

export interface HourLogRow {
  client: string;
  contact: string;
  mode: 'individual' | 'group';
  /** 1 for individual; for a group, the distinct people coached in it over the period. */
  groupSize: number;
  startDate: string;
  endDate: string;
  paidMinutes: number;
  proBonoMinutes: number;
}

export interface PracticeInfo {
  name: string;
  coachName: string;
  /** The coach as documents present them (credentials, email, signature); null when not read. */
  profile?: CoachProfile | null;
}

export interface HourLogReport {
  practice: PracticeInfo;
  /** Names of the credentials the coach is working toward (from the hours settings). */
  targets: string[];
  /** The period asked for; null ends are open. */
  from: string | null;
  to: string | null;
  /** First and last day of coaching in the report (null when there is none). */
  firstDate: string | null;
  lastDate: string | null;
  names: ReportNameStyle;
  omitUnlisted: boolean;
  /** The rows printed, in date order. */
  rows: HourLogRow[];
  /** Relationships left off because a client has not consented to be listed. */
  omitted: { relationships: number; paidMinutes: number; proBonoMinutes: number };
  /** Over every relationship in the period, listed or not. */
  totals: {
    paidMinutes: number;
    proBonoMinutes: number;
    relationships: number;
    entries: number;
    distinctClients: number;
  };
}

export function practiceInfo(db: Db): PracticeInfo {
  const info = (db.prepare('SELECT name, coach_name AS coachName FROM practice LIMIT 1').get() as
    | PracticeInfo
    | undefined) ?? { name: '', coachName: '' };
  return { ...info, profile: readCoachProfile(db) };
}

/**
 * Client codes, when the report shows codes. They come from the whole log, so a client's code
 * does not depend on the period chosen (the only reason a period report reads the whole log).
 */
export function reportCodes(db: Db, names: ReportNameStyle): ReadonlyMap<string, string> {
  return names === 'codes' ? clientCodes(buildHourLog(db).entries) : new Map();
}

export function targetNames(db: Db): string[] {
  return hoursSettings(db)
    .targets.map((id) => findRule(id)?.name)
    .filter((name): name is string => name !== undefined);
}

interface Relationship extends HourLogRow {
  listed: boolean;
  keys: Set<string>;
}

export function buildHourLogReport(db: Db, input: HourLogReportInput): HourLogReport {
  const entries = buildHourLog(db, { names: true, from: input.from, to: input.to }).entries;
  const codes = reportCodes(db, input.names);

  const byEngagement = new Map<string, Relationship>();
  const relationships: Relationship[] = [];
  for (const entry of entries) {
    const existing = entry.engagementId !== null ? byEngagement.get(entry.engagementId) : undefined;
    if (existing) {
      if (entry.date < existing.startDate) existing.startDate = entry.date;
      if (entry.endDate > existing.endDate) existing.endDate = entry.endDate;
      existing.paidMinutes += entry.paidMinutes;
      existing.proBonoMinutes += entry.proBonoMinutes;
      existing.listed &&= entry.mayBeListed;
      for (const key of entry.clientKeys) existing.keys.add(key);
      if (existing.mode === 'group') existing.groupSize = existing.keys.size;
      continue;
    }
    const relationship = newRelationship(entry, input.names, codes);
    relationships.push(relationship);
    if (entry.engagementId !== null) byEngagement.set(entry.engagementId, relationship);
  }
  relationships.sort(
    (a, b) =>
      a.startDate.localeCompare(b.startDate) ||
      a.endDate.localeCompare(b.endDate) ||
      a.client.localeCompare(b.client),
  );

  const clients = new Set<string>();
  let paid = 0;
  let proBono = 0;
  for (const e of entries) {
    paid += e.paidMinutes;
    proBono += e.proBonoMinutes;
    for (const key of e.clientKeys) clients.add(key);
  }
  const left = input.omitUnlisted ? relationships.filter((r) => !r.listed) : [];
  const shown = input.omitUnlisted ? relationships.filter((r) => r.listed) : relationships;

  return {
    practice: practiceInfo(db),
    targets: targetNames(db),
    from: input.from ?? null,
    to: input.to ?? null,
    firstDate: entries.reduce<string | null>((m, e) => (m === null || e.date < m ? e.date : m), null),
    lastDate: entries.reduce<string | null>((m, e) => (m === null || e.endDate > m ? e.endDate : m), null),
    names: input.names,
    omitUnlisted: input.omitUnlisted,
    rows: shown.map(({ listed: _l, keys: _k, ...row }) => row),
    omitted: {
      relationships: left.length,
      paidMinutes: left.reduce((s, r) => s + r.paidMinutes, 0),
      proBonoMinutes: left.reduce((s, r) => s + r.proBonoMinutes, 0),
    },
    totals: {
      paidMinutes: paid,
      proBonoMinutes: proBono,
      relationships: relationships.length,
      entries: entries.length,
      distinctClients: clients.size,
    },
  };
}

function newRelationship(
  entry: HourEntry,
  names: ReportNameStyle,
  codes: ReadonlyMap<string, string>,
): Relationship {
  // For a group, one member's name and contact (the log names the first attendee).
  const key = entry.clientKeys[0];
  return {
    client: displayName(names, entry.clientLabel, key, codes),
    // Initials and codes are for sharing without identities: an email address would undo that.
    contact: names === 'full' ? entry.clientContact : 'On request',
    mode: entry.mode,
    groupSize:
      entry.source === 'manual' || entry.mode === 'individual' ? entry.groupSize : entry.clientKeys.length,
    startDate: entry.date,
    endDate: entry.endDate,
    paidMinutes: entry.paidMinutes,
    proBonoMinutes: entry.proBonoMinutes,
    listed: entry.mayBeListed,
    keys: new Set(entry.clientKeys),
  };
}

// ---------------------------------------------------------------------------------------------
// The table every format renders

/** The column headings, in English (the order every format uses). */
export const HOUR_LOG_HEADERS = hourLogHeaders('en');

/** The column headings in `language`: the CSV and XLSX headers, and the PDF's table header. */
export function hourLogHeaders(language: Language): readonly string[] {
  const t = documentText(language).t;
  return [
    t('hourLog.columns.client'),
    t('hourLog.columns.contact'),
    t('hourLog.columns.mode'),
    t('hourLog.columns.groupSize'),
    t('hourLog.columns.start'),
    t('hourLog.columns.end'),
    t('hourLog.columns.paid'),
    t('hourLog.columns.proBono'),
    t('hourLog.columns.total'),
  ];
}

/** Columns holding hours (2 decimals) and counts, by index into HOUR_LOG_HEADERS. */
export const HOUR_COLUMNS: ReadonlySet<number> = new Set([6, 7, 8]);
export const COUNT_COLUMNS: ReadonlySet<number> = new Set([3]);
export const DATE_COLUMNS: ReadonlySet<number> = new Set([4, 5]);

export type Cell = string | number;

export interface HourLogTable {
  header: readonly string[];
  body: Cell[][];
  totals: Cell[];
  /** Sentences that belong with the table: what was left off, and how names are shown. */
  notes: string[];
}

export function hourLogTable(report: HourLogReport, language: Language = 'en'): HourLogTable {
  const d = documentText(language);
  // Resolved once per document, not per row.
  const mode = { individual: d.t('frame.individual'), group: d.t('frame.group') };
  const onRequest = report.names === 'full' ? null : d.t('frame.onRequest');
  const body = report.rows.map((r): Cell[] => [
    r.client,
    onRequest ?? r.contact,
    mode[r.mode],
    r.groupSize,
    r.startDate,
    r.endDate,
    hoursValue(r.paidMinutes),
    hoursValue(r.proBonoMinutes),
    hoursValue(r.paidMinutes + r.proBonoMinutes),
  ]);
  const t = report.totals;
  const totals: Cell[] = [
    d.t('frame.total'),
    d.t('hourLog.distinctClients', { count: t.distinctClients }),
    '',
    '',
    // No dates in the totals row of a file: a reader (our own import too) takes a row with dates for a client.
    '',
    '',
    hoursValue(t.paidMinutes),
    hoursValue(t.proBonoMinutes),
    hoursValue(t.paidMinutes + t.proBonoMinutes),
  ];
  return { header: hourLogHeaders(language), body, totals, notes: hourLogNotes(report, d) };
}

export function omittedNote(report: HourLogReport, d: DocumentText = documentText()): string | null {
  const o = report.omitted;
  if (o.relationships === 0) return null;
  return d.t('hourLog.omitted', {
    count: o.relationships,
    hours: d.hoursValue(hoursValue(o.paidMinutes + o.proBonoMinutes)),
    paid: d.hoursValue(hoursValue(o.paidMinutes)),
    proBono: d.hoursValue(hoursValue(o.proBonoMinutes)),
  });
}

function hourLogNotes(report: HourLogReport, d: DocumentText): string[] {
  const notes: string[] = [];
  const omitted = omittedNote(report, d);
  if (omitted) notes.push(omitted);
  if (report.names === 'initials') notes.push(d.t('hourLog.initialsNote'));
  else if (report.names === 'codes') notes.push(d.t('hourLog.codesNote'));
  return notes;
}
