import type {
  CredentialProgress,
  CredentialRule,
  Exclusion,
  HourEntry,
  HoursSettings,
  Requirement,
} from '../../shared/hours';
import type { HourLog } from './log';

/**
 * Evaluates hour logs against credential rules. Pure functions over the log, so the
 * arithmetic is property-tested without a database. All sums are in minutes.
 */

export const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const fmtHours = (minutes: number) => {
  const h = hours(minutes);
  return Number.isInteger(h) ? String(h) : h.toFixed(h * 10 === Math.round(h * 10) ? 1 : 2);
};

/** `months` calendar months before an ISO day (clamped to the month's length). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * What rule evaluation reads from the hour log. An item is one entry of the log, or several
 * one-day session entries with the same day, mode, group size and kind of payment (their
 * minutes summed, `count` of them): every rule treats such entries alike, and a one-day entry
 * is either wholly inside a counting window or wholly outside, so sums over the group equal the
 * sums entry by entry. Distinct clients cannot be summed, so the summary counts them itself.
 */
export interface HourItem {
  source: HourEntry['source'];
  date: string;
  endDate: string;
  mode: HourEntry['mode'];
  groupSize: number;
  paidMinutes: number;
  proBonoMinutes: number;
  peerMinutes: number;
  /** Entries this item stands for. */
  count: number;
}

/** Entries whose days overlap from..to (inclusive) and that are not in a group over the limit. */
export interface ClientFilter {
  from: string;
  to: string;
  /** Groups larger than this do not count; null for no limit. */
  maxGroupSize: number | null;
}

/** Minutes by sponsor ("" for none); manual entries have none. */
export interface SponsorMinutes {
  source: HourEntry['source'];
  sponsor: string;
  minutes: number;
}

export interface HourSummary {
  /** In the log's order: by date, sessions before manual entries of the same day. */
  items: readonly HourItem[];
  sponsors: readonly SponsorMinutes[];
  /** People coached in the entries that pass the filter (`countsToward`). */
  distinctClients(filter: ClientFilter): number;
}

/** Every entry, whenever it was and whatever the group size. */
export const EVERY_ENTRY: ClientFilter = { from: '0000-01-01', to: '9999-12-31', maxGroupSize: null };

/** Whether an entry counts toward a rule with this window: it is inside, and not in a group too large. */
export function countsToward(
  item: Pick<HourItem, 'date' | 'endDate' | 'mode' | 'groupSize'>,
  filter: ClientFilter,
): boolean {
  if (share(item, filter.from, filter.to) === 0) return false;
  return !(filter.maxGroupSize && item.mode === 'group' && item.groupSize > filter.maxGroupSize);
}

/** The summary of a log held in memory: one item per entry. */
export function summarizeLog(log: Pick<HourLog, 'entries'>): HourSummary {
  return {
    items: log.entries.map((e) => ({
      source: e.source,
      date: e.date,
      endDate: e.endDate,
      mode: e.mode,
      groupSize: e.groupSize,
      paidMinutes: e.paidMinutes,
      proBonoMinutes: e.proBonoMinutes,
      peerMinutes: e.peerMinutes,
      count: 1,
    })),
    sponsors: log.entries.map((e) => ({
      source: e.source,
      sponsor: e.sponsor,
      minutes: e.paidMinutes + e.proBonoMinutes,
    })),
    distinctClients: (filter) => {
      const clients = new Set<string>();
      for (const e of log.entries) {
        if (countsToward(e, filter)) for (const key of e.clientKeys) clients.add(key);
      }
      return clients.size;
    },
  };
}

export function evaluateCredential(
  rule: CredentialRule,
  log: HourLog | HourSummary,
  settings: HoursSettings,
  today: string,
): CredentialProgress {
  const summary = 'entries' in log ? summarizeLog(log) : log;
  const experience = rule.experience;
  const reference = settings.applicationDate ?? today;
  const exclusions: Exclusion[] = [];
  const exclude = (
    reason: Exclusion['reason'],
    minutes: number,
    sessions: number,
    message: (m: number, n: number) => string,
    groupLimit?: number,
  ) => {
    const existing = exclusions.find((e) => e.reason === reason);
    if (existing) {
      existing.minutes += minutes;
      existing.sessions += sessions;
      existing.message = message(existing.minutes, existing.sessions);
    } else {
      const exclusion: Exclusion = { reason, minutes, sessions, message: message(minutes, sessions) };
      if (groupLimit !== undefined) exclusion.groupLimit = groupLimit;
      exclusions.push(exclusion);
    }
  };

  // Manual entries can span months: the part outside the counting window is left out pro rata.
  const trainingStart = experience?.countFromTrainingStart ? settings.trainingStartDate : null;
  const countFrom = trainingStart ?? '0000-01-01';
  const beforeTraining = trainingStart ? dayBefore(trainingStart) : null;
  const recentFrom = experience?.recent ? monthsBefore(reference, experience.recent.months) : null;
  const recentFromDay = recentFrom
    ? trainingStart && trainingStart > recentFrom
      ? trainingStart
      : dayAfter(recentFrom)
    : null;
  const window: ClientFilter = {
    from: countFrom,
    to: reference,
    maxGroupSize: experience?.maxGroupSize || null,
  };
  let paid = 0;
  let proBono = 0;
  let recent = 0;
  let first: string | null = null;
  let peerOver = 0;
  let peerOverSessions = 0;
  for (const entry of summary.items) {
    const minutes = entry.paidMinutes + entry.proBonoMinutes;
    const inside = share(entry, countFrom, reference);
    const before = beforeTraining ? share(entry, '0000-01-01', beforeTraining) : 0;
    const countedPaid = Math.round(entry.paidMinutes * inside);
    const countedProBono = Math.round(entry.proBonoMinutes * inside);
    const left = minutes - countedPaid - countedProBono;
    if (left > 0) {
      const outside = 1 - inside;
      const beforeMinutes = outside > 0 ? Math.min(left, Math.round(left * (before / outside))) : 0;
      if (beforeMinutes > 0) {
        exclude(
          'before-training',
          beforeMinutes,
          entry.count,
          (m) => `${fmtHours(m)} h before your training start date`,
        );
      }
      if (left - beforeMinutes > 0) {
        exclude(
          'after-application',
          left - beforeMinutes,
          entry.count,
          (m) => `${fmtHours(m)} h after your application date`,
        );
      }
    }
    if (inside === 0) continue;
    if (!countsToward(entry, window)) {
      // countsToward only leaves a group out when there is a limit.
      const limit = window.maxGroupSize ?? 0;
      exclude(
        'group-too-large',
        countedPaid + countedProBono,
        entry.count,
        (m, n) => `${n} ${n === 1 ? 'session' : 'sessions'} in groups over ${limit} (${fmtHours(m)} h)`,
        limit,
      );
      continue;
    }
    paid += countedPaid;
    proBono += countedProBono;
    if (first === null || entry.date < first) first = entry.date;
    if (entry.peerMinutes > 0) {
      peerOver += countedProBono;
      if (countedProBono > 0) peerOverSessions += entry.count;
    }
    if (recentFromDay) recent += Math.round(minutes * share(entry, recentFromDay, reference));
  }
  const distinctClients = summary.distinctClients(window);
  if (experience?.peerPaidUpToHoursReceived && peerOver > 0) {
    exclusions.push({
      reason: 'peer-over-received',
      minutes: peerOver,
      sessions: peerOverSessions,
      message: `${fmtHours(peerOver)} h of peer coaching counts as pro bono, beyond the hours you received as a client`,
    });
  }

  const requirements: Requirement[] = [];
  if (experience) {
    const total = paid + proBono;
    requirements.push(req('total', 'Coaching hours', experience.totalHours, hours(total), 'hours'));
    if (experience.paidHours !== null) {
      requirements.push(req('paid', 'Paid hours', experience.paidHours, hours(paid), 'hours'));
    }
    if (experience.distinctClients !== null) {
      requirements.push(req('clients', 'Clients', experience.distinctClients, distinctClients, 'clients'));
    }
    if (experience.recent) {
      requirements.push({
        ...req(
          'recent',
          `Hours in the last ${experience.recent.months} months`,
          experience.recent.hours,
          hours(recent),
          'hours',
        ),
        months: experience.recent.months,
      });
    }
    if (experience.yearsOfPractice !== undefined) {
      const years = first ? yearsBetween(first, reference) : 0;
      requirements.push(req('years', 'Years of practice', experience.yearsOfPractice, years, 'years'));
    }
  }
  return {
    ruleId: rule.id,
    version: rule.version,
    name: rule.name,
    body: rule.body,
    source: rule.source,
    sourceTranslations: rule.sourceTranslations,
    countedMinutes: paid + proBono,
    paidMinutes: paid,
    proBonoMinutes: proBono,
    distinctClients,
    requirements,
    exclusions,
    missing: missingPhrases(requirements),
    met: requirements.every((r) => r.met),
    prerequisite: rule.prerequisite ?? null,
  };
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const dayAfter = (iso: string) => new Date((dayNumber(iso) + 1) * DAY).toISOString().slice(0, 10);
const dayBefore = (iso: string) => new Date((dayNumber(iso) - 1) * DAY).toISOString().slice(0, 10);

/** The share of an entry's days (date..endDate, inclusive) that fall within from..to, inclusive. */
export function share(entry: Pick<HourEntry, 'date' | 'endDate'>, from: string, to: string): number {
  // Sessions are single days: a string comparison, no date arithmetic (200,000 of them per rule).
  if (entry.endDate <= entry.date) return entry.date >= from && entry.date <= to ? 1 : 0;
  const start = entry.date;
  // ISO days compare as strings; Math.max would turn them into NaN.
  const end = [entry.date, entry.endDate].sort()[1] ?? entry.date;
  const lo = start > from ? start : from;
  const hi = end < to ? end : to;
  if (lo > hi) return 0;
  return (dayNumber(hi) - dayNumber(lo) + 1) / (dayNumber(end) - dayNumber(start) + 1);
}

export function req(
  key: Requirement['key'],
  label: string,
  required: number,
  achieved: number,
  unit: Requirement['unit'],
): Requirement {
  return { key, label, required, achieved, unit, met: achieved >= required };
}

/** "1 more hour", "2.5 more hours": the unit word agrees with the number. */
const one = (n: string, singular: string, plural: string) => `${n} more ${n === '1' ? singular : plural}`;
const MISSING_WORDING: Record<Requirement['key'], (n: string) => string> = {
  total: (n) => one(n, 'hour', 'hours'),
  paid: (n) => one(n, 'paid hour', 'paid hours'),
  clients: (n) => one(n, 'client', 'clients'),
  recent: (n) => one(n, 'recent hour', 'recent hours'),
  years: (n) => one(n, 'year of practice', 'years of practice'),
  'mentor-total': (n) => one(n, 'hour of mentor coaching', 'hours of mentor coaching'),
  'mentor-individual': (n) =>
    one(n, 'hour of one-to-one mentor coaching', 'hours of one-to-one mentor coaching'),
  'mentor-span': (n) => one(n, 'month of mentor coaching', 'months of mentor coaching'),
  'ce-total': (n) => one(n, 'CCE unit', 'CCE units'),
  'ce-core': (n) => one(n, 'Core Competencies unit', 'Core Competencies units'),
  'ce-ethics': (n) => one(n, 'ethics unit', 'ethics units'),
};

export function missingPhrases(requirements: Requirement[]): string[] {
  return requirements
    .filter((r) => !r.met)
    .map((r) => {
      const gap = Math.round((r.required - r.achieved) * 100) / 100;
      return MISSING_WORDING[r.key](
        Number.isInteger(gap) ? String(gap) : gap.toFixed(gap * 10 === Math.round(gap * 10) ? 1 : 2),
      );
    });
}

function yearsBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.max(0, Math.floor((ms / (365.2425 * 86_400_000)) * 10) / 10);
}
