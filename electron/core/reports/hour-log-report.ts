import type { HourEntry } from '../../shared/hours';
import type { HourLogReportInput, ReportNameStyle } from '../../shared/reports';
import type { Db } from '../db/connection';
import { buildHourLog } from '../hours/log';
import { findRule } from '../hours/rules';
import { hoursSettings } from '../hours/service';
import { hoursValue } from './format';
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
  return (
    (db.prepare('SELECT name, coach_name AS coachName FROM practice LIMIT 1').get() as
      | PracticeInfo
      | undefined) ?? { name: '', coachName: '' }
  );
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

export const HOUR_LOG_HEADERS = [
  'Client name',
  'Contact information',
  'Individual / group',
  'Number in group',
  'Start date',
  'End date',
  'Paid hours',
  'Pro bono hours',
  'Total hours',
] as const;

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

export function hourLogTable(report: HourLogReport): HourLogTable {
  const body = report.rows.map((r): Cell[] => [
    r.client,
    r.contact,
    r.mode === 'group' ? 'Group' : 'Individual',
    r.groupSize,
    r.startDate,
    r.endDate,
    hoursValue(r.paidMinutes),
    hoursValue(r.proBonoMinutes),
    hoursValue(r.paidMinutes + r.proBonoMinutes),
  ]);
  const t = report.totals;
  const totals: Cell[] = [
    'Total',
    `${t.distinctClients} distinct ${t.distinctClients === 1 ? 'client' : 'clients'}`,
    '',
    '',
    report.firstDate ?? '',
    report.lastDate ?? '',
    hoursValue(t.paidMinutes),
    hoursValue(t.proBonoMinutes),
    hoursValue(t.paidMinutes + t.proBonoMinutes),
  ];
  return { header: HOUR_LOG_HEADERS, body, totals, notes: hourLogNotes(report) };
}

export function omittedNote(report: HourLogReport): string | null {
  const o = report.omitted;
  if (o.relationships === 0) return null;
  const h = hoursValue(o.paidMinutes + o.proBonoMinutes).toFixed(2);
  const n = o.relationships;
  return `${n} client ${n === 1 ? 'relationship' : 'relationships'} (${h} hours: ${hoursValue(o.paidMinutes).toFixed(2)} paid, ${hoursValue(o.proBonoMinutes).toFixed(2)} pro bono) ${n === 1 ? 'is' : 'are'} not listed because the client has not consented to be listed. ${n === 1 ? 'Its' : 'Their'} hours are included in the totals.`;
}

function hourLogNotes(report: HourLogReport): string[] {
  const notes: string[] = [];
  const omitted = omittedNote(report);
  if (omitted) notes.push(omitted);
  if (report.names === 'initials') {
    notes.push('Clients are shown by their initials; contact details are withheld and available on request.');
  } else if (report.names === 'codes') {
    notes.push(
      'Clients are shown by confidential codes; names and contact details are available on request.',
    );
  }
  return notes;
}
