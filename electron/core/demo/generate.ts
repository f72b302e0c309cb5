import { DEFAULT_WHEEL_AREAS } from '../../shared/assessments';
import type { ClientFields, ClientStatus } from '../../shared/clients';
import type { EngagementFields, EngagementKind } from '../../shared/engagements';
import { BUILT_IN_NOTE_TEMPLATES } from '../../shared/note-templates';
import {
  type Attendance,
  attendances,
  type Payment,
  payments,
  type SessionFields,
} from '../../shared/sessions';
import { seedDefaultTemplate } from '../agreements/templates';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { defaultPayment } from '../sessions/sessions';
import { bulkWriter } from './bulk-writer';
import {
  ADDENDA,
  CCC_COMMUNICATION,
  CCC_EXPLORATION,
  CCC_RAPPORT,
  FREE_OPENERS,
  fill,
  REFLECTIONS,
  sentences,
  THEMES,
  type Theme,
} from './coaching-text';
import {
  CE_COURSES,
  COACH,
  COACH_EMPLOYER,
  COMMUNITY_PARTNERS,
  CULTURES,
  type Culture,
  EMAIL_DOMAINS,
  GRANT_SPONSORS,
  MENTORS,
  type Named,
  ORGANISATIONS,
  PRONOUNS,
  REFERRALS_OUT,
  REFERRERS_IN,
  SUPERVISORS,
  TAGS,
  WHEEL_NOTES,
} from './content';
import { createRng, deriveSeed, type Rng } from './prng';
import { servicesWriter } from './services-writer';
import type { DemoWriter, GoalStatus, PlannedAgreement, PlannedNote } from './writer';
import { DAY_MS, isoDay, zonedInstant } from './zoned';

/**
 * The demo practice: a coach's records that look real (clients in many scripts, every kind
 * of engagement, agreements, sessions with notes in each template, goals, commitments, Wheel
 * of Life assessments, mentor coaching, CE and manual hours), generated deterministically
 * from a seed. Small practices go through the real services; large ones through batched
 * INSERTs into the same tables (see bulk-writer.ts). The default is a coach's ordinary week.
 */

export interface DemoOptions {
  clients?: number;
  sessions?: number;
  seed?: number;
  /** 'auto' uses the services up to SERVICES_MAX_SESSIONS sessions, bulk INSERTs above. */
  mode?: 'auto' | 'services' | 'bulk';
  /** Called now and then while sessions are written. */
  onProgress?: (sessionsWritten: number, sessionsTotal: number) => void;
}

export const DEMO_DEFAULTS = { clients: 35, sessions: 400, seed: 2026 } as const;
export const SERVICES_MAX_SESSIONS = 5_000;
export const DEMO_TARGETS = ['icf-acc', 'icf-pcc'];

export interface DemoSummary {
  mode: 'services' | 'bulk';
  seed: number;
  clients: number;
  engagements: number;
  agreements: number;
  signedAgreements: number;
  sessions: number;
  notes: number;
  finalisedNotes: number;
  addenda: number;
  goals: number;
  goalProgress: number;
  actions: number;
  assessments: number;
  referrals: number;
  received: number;
  ce: number;
  manualHours: number;
  drafts: number;
  engagementKinds: Record<EngagementKind, number>;
  attendance: Record<Attendance, number>;
  payments: Record<Payment, number>;
  noteTemplates: Record<string, number>;
  /** Held, confirmed sessions by payment: what the hour log must add up to. */
  heldSessions: Record<Payment, number>;
  heldMinutes: Record<Payment, number>;
  manualMinutes: { paid: number; proBono: number };
  /** Writing systems in the client names (Latin, Han, Arabic, ...). */
  scripts: string[];
  trainingStartDate: string;
}

interface PlannedClient {
  culture: Culture;
  given: string;
  latinGiven: string;
  fullName: string;
  fields: ClientFields;
  createdAt: Date;
  archivedAt: Date | null;
  referralIn: (typeof REFERRERS_IN)[number] | null;
  referralOut: (typeof REFERRALS_OUT)[number] | null;
  engagements: PlannedEngagement[];
  id: string;
}

type Status = EngagementFields['status'];

interface PlannedEngagement {
  kind: EngagementKind;
  participants: PlannedClient[];
  status: Status;
  theme: Theme;
  template: string;
  weight: number;
  sessions: number;
  intervalDays: number;
  /** The last session's day (ms, UTC midnight). */
  anchor: number;
  hour: number;
  zone: string;
  fields: Omit<EngagementFields, 'participantIds' | 'startDate' | 'endDate' | 'plannedSessions'>;
  id: string;
}

const TEMPLATE_SECTIONS = new Map(BUILT_IN_NOTE_TEMPLATES.map((t) => [t.id, t.sections]));

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana/Katakana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

export function scriptsOf(names: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const name of names) for (const [script, re] of SCRIPTS) if (re.test(name)) found.add(script);
  return SCRIPTS.map(([s]) => s).filter((s) => found.has(s));
}

const counter = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function generateDemoPractice(db: Db, clock: Clock, opts: DemoOptions = {}): DemoSummary {
  const clientCount = Math.max(1, Math.floor(opts.clients ?? DEMO_DEFAULTS.clients));
  const sessionBudget = Math.max(0, Math.floor(opts.sessions ?? DEMO_DEFAULTS.sessions));
  const seed = Math.floor(opts.seed ?? DEMO_DEFAULTS.seed) >>> 0;
  const mode =
    opts.mode === 'services' || opts.mode === 'bulk'
      ? opts.mode
      : sessionBudget <= SERVICES_MAX_SESSIONS
        ? 'services'
        : 'bulk';

  const rng = createRng(deriveSeed(seed, 'content'));
  const nowMs = clock.now().getTime();
  const today = isoDay(nowMs);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const earliest = todayMs - 730 * DAY_MS;
  const trainingStart = isoDay(todayMs - 800 * DAY_MS);

  const template = defaultTemplate(db, clock);
  const writer: DemoWriter =
    mode === 'services'
      ? servicesWriter(db, template.id)
      : bulkWriter(db, createRng(deriveSeed(seed, 'ids')), template);

  const summary: DemoSummary = {
    mode,
    seed,
    clients: 0,
    engagements: 0,
    agreements: 0,
    signedAgreements: 0,
    sessions: 0,
    notes: 0,
    finalisedNotes: 0,
    addenda: 0,
    goals: 0,
    goalProgress: 0,
    actions: 0,
    assessments: 0,
    referrals: 0,
    received: 0,
    ce: 0,
    manualHours: 0,
    drafts: 0,
    engagementKinds: counter(['individual', 'group', 'team', 'peer', 'internal', 'sponsored']),
    attendance: counter(attendances),
    payments: counter(payments),
    noteTemplates: Object.fromEntries(BUILT_IN_NOTE_TEMPLATES.map((t) => [t.id, 0])),
    heldSessions: counter(payments),
    heldMinutes: counter(payments),
    manualMinutes: { paid: 0, proBono: 0 },
    scripts: [],
    trainingStartDate: trainingStart,
  };

  // ---------------------------------------------------------------- plan clients and engagements
  const cultureOrder = rng.shuffle([...CULTURES]);
  const clients: PlannedClient[] = [];
  const emails = new Set<string>();
  for (let i = 0; i < clientCount; i++) {
    const culture = cultureOrder[i % cultureOrder.length] as Culture;
    clients.push(planClient(rng, culture, emails));
  }
  const engaged: PlannedClient[] = [];
  clients.forEach((c, i) => {
    const prospect = clientCount >= 10 && (i === 3 || rng.chance(0.05));
    if (!prospect) engaged.push(c);
  });
  if (engaged.length === 0 && clients[0]) engaged.push(clients[0]);

  const engagements: PlannedEngagement[] = [];
  // Every kind appears even in a small practice: the first engaged clients take them in turn.
  const forced: (EngagementKind | 'barter' | 'pro-bono')[] = [
    'peer',
    'internal',
    'sponsored',
    'barter',
    'pro-bono',
  ];
  engaged.forEach((client, i) => {
    const choice =
      forced[i] ??
      rng.weighted<EngagementKind | 'barter' | 'pro-bono'>([
        ['individual', 66],
        ['sponsored', 12],
        ['internal', 8],
        ['peer', 5],
        ['pro-bono', 6],
        ['barter', 3],
      ]);
    if (rng.chance(0.12)) {
      engagements.push(planEngagement(rng, 'individual', [client], 'completed', 'per-session'));
    }
    const kind: EngagementKind = choice === 'barter' || choice === 'pro-bono' ? 'individual' : choice;
    const fee = choice === 'barter' ? 'barter' : choice === 'pro-bono' ? 'pro-bono' : null;
    const status =
      i < 3
        ? 'active'
        : rng.weighted<Status>([
            ['active', 55],
            ['completed', 30],
            ['paused', 7],
            ['cancelled', 3],
            ['planned', 5],
          ]);
    engagements.push(planEngagement(rng, kind, [client], status, fee));
  });
  const multi = (kind: 'group' | 'team', count: number) => {
    for (let g = 0; g < count; g++) {
      const size = Math.min(engaged.length, rng.int(3, 12));
      if (size < 2) return;
      const members = rng.sample(engaged, size);
      const status =
        g === 0
          ? 'active'
          : rng.weighted<Status>([
              ['active', 55],
              ['completed', 40],
              ['paused', 5],
            ]);
      engagements.push(planEngagement(rng, kind, members, status, null));
    }
  };
  multi('group', Math.max(1, Math.round(clientCount * 0.025)));
  multi('team', Math.max(1, Math.round(clientCount * 0.015)));

  allocateSessions(rng, engagements, sessionBudget);
  for (const e of engagements) layOut(rng, e, todayMs, earliest);
  for (const e of engagements) for (const c of e.participants) c.engagements.push(e);

  // Client status, creation time and referrals follow from their engagements.
  for (const c of clients) {
    const starts = c.engagements.map((e) => firstSessionDay(e));
    const first = starts.length > 0 ? Math.min(...starts) : todayMs - rng.int(1, 60) * DAY_MS;
    c.createdAt = new Date(
      Math.min(nowMs, first - rng.int(8, 20) * DAY_MS + rng.int(9 * 60, 17 * 60) * 60_000),
    );
    const statuses = c.engagements.map((e) => e.status);
    let status: Exclude<ClientStatus, 'archived'> = 'prospect';
    if (statuses.some((s) => s === 'active' || s === 'planned')) status = 'active';
    else if (statuses.includes('paused')) status = 'paused';
    else if (statuses.length > 0) status = 'completed';
    c.fields = { ...c.fields, status };
    if (status === 'completed' && rng.chance(0.25)) {
      const last = Math.max(...c.engagements.map((e) => e.anchor));
      const at = last + rng.int(20, 90) * DAY_MS + 11 * 3_600_000;
      c.archivedAt = at < nowMs ? new Date(at) : null;
    }
    if (c.fields.source === 'referral') c.referralIn = rng.pick(REFERRERS_IN);
    if (status !== 'prospect' && rng.chance(0.03)) c.referralOut = rng.pick(REFERRALS_OUT);
  }
  // Team members work for the sponsor.
  for (const e of engagements) {
    if (e.kind !== 'team') continue;
    for (const c of e.participants)
      if (rng.chance(0.8)) c.fields = { ...c.fields, organisation: e.fields.sponsorName };
  }
  summary.scripts = scriptsOf(clients.map((c) => c.fullName));

  // ---------------------------------------------------------------------------------- write
  const run = () => {
    writer.hoursSettings({
      targets: DEMO_TARGETS,
      trainingStartDate: trainingStart,
      applicationDate: null,
      renewalDate: null,
    });
    for (const c of clients) {
      c.id = writer.client(c.fields, c.createdAt);
      summary.clients++;
      if (c.referralIn) {
        const [partyName, partyRole, reason] = c.referralIn;
        writer.referral(
          {
            clientId: c.id,
            direction: 'in',
            partyName,
            partyRole,
            reason,
            date: isoDay(c.createdAt.getTime() - 3 * DAY_MS),
          },
          new Date(c.createdAt.getTime() + 5 * 60_000),
        );
        summary.referrals++;
      }
    }
    let written = 0;
    for (const e of engagements) {
      writeEngagement(e);
      written += e.sessions;
      opts.onProgress?.(written, sessionBudget);
    }
    for (const c of clients) {
      if (c.referralOut) {
        const last = Math.min(nowMs - DAY_MS, Math.max(...c.engagements.map((e) => e.anchor)) + 2 * DAY_MS);
        const [partyName, partyRole, reason] = c.referralOut;
        writer.referral(
          { clientId: c.id, direction: 'out', partyName, partyRole, reason, date: isoDay(last) },
          new Date(last + 10 * 3_600_000),
        );
        summary.referrals++;
      }
      if (c.archivedAt) writer.archiveClient(c.id, c.archivedAt);
    }
    writeReceivedAndCe();
    writeManualHours();
    writer.finish();
  };

  try {
    if (mode === 'services') db.transaction(run)();
    else run();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return summary;

  // ------------------------------------------------------------------------------ helpers

  function firstSessionDay(e: PlannedEngagement): number {
    return e.anchor - Math.max(0, e.sessions - 1) * e.intervalDays * DAY_MS;
  }

  function writeEngagement(e: PlannedEngagement): void {
    const times = sessionTimes(e);
    const firstDay = times[0] ?? e.anchor;
    const startDay = Math.max(earliest - 7 * DAY_MS, firstDay - rng.int(0, 5) * DAY_MS);
    const lastDay = times[times.length - 1] ?? e.anchor;
    let endDate: string | null = null;
    if (e.status === 'completed' || e.status === 'cancelled')
      endDate = isoDay(Math.min(todayMs, lastDay + rng.int(0, 6) * DAY_MS));
    else if (e.fields.feeArrangement === 'package' && e.status === 'active')
      endDate = isoDay(lastDay + rng.int(10, 60) * DAY_MS);
    const startDate = isoDay(Math.min(startDay, lastDay));
    const clientsKnownFrom = Math.max(...e.participants.map((p) => p.createdAt.getTime())) + 3_600_000;
    const createdAt = new Date(
      Math.min(
        nowMs,
        Math.max(clientsKnownFrom, Date.parse(`${startDate}T09:30:00Z`) - rng.int(3, 10) * DAY_MS),
      ),
    );
    const fields: EngagementFields = {
      ...e.fields,
      participantIds: e.participants.map((p) => p.id),
      startDate,
      endDate,
      plannedSessions:
        e.fields.feeArrangement === 'package'
          ? Math.max(e.sessions, 6)
          : rng.chance(0.5)
            ? Math.max(1, e.sessions)
            : null,
    };
    e.id = writer.engagement(
      fields,
      e.participants.map((p) => p.fullName),
      createdAt,
    );
    summary.engagements++;
    summary.engagementKinds[e.kind]++;

    writer.agreement(e.id, planAgreement(e, createdAt, endDate));
    summary.agreements++;

    // Goals the client sets at the start.
    const goalIds: { id: string; percent: number }[] = [];
    const goalAt = new Date(Math.min(nowMs, createdAt.getTime() + 2 * 3_600_000));
    for (const [title, measure, plan] of rng.sample(e.theme.goals, rng.chance(0.6) ? 1 : 2)) {
      const status: GoalStatus =
        e.status === 'completed'
          ? rng.weighted<GoalStatus>([
              ['achieved', 70],
              ['dropped', 15],
              ['paused', 15],
            ])
          : e.status === 'paused'
            ? 'paused'
            : rng.chance(0.1)
              ? 'achieved'
              : 'active';
      const name = e.participants[0]?.given ?? '';
      goalIds.push({
        id: writer.goal(
          {
            engagementId: e.id,
            title,
            successMeasure: fill(rng, measure, name),
            plan: fill(rng, plan, name),
            status,
          },
          goalAt,
        ),
        percent: 0,
      });
      summary.goals++;
    }

    const wheelClient =
      (e.kind === 'individual' || e.kind === 'sponsored' || e.kind === 'internal') && rng.chance(0.4);
    let wheelScores: number[] | null = null;
    let nextWheel = 0;
    let pending: string[] = [];
    let heldCount = 0;
    const name = e.participants.length > 1 ? 'the group' : (e.participants[0]?.given ?? '');

    times.forEach((t, i) => {
      const fields = sessionFieldsFor(e, t, i);
      const past = t + fields.durationMinutes * 60_000 <= nowMs;
      let draft: { icsUid: string } | null = null;
      if (t > nowMs) fields.attendance = 'scheduled';
      else if (t > nowMs - 10 * DAY_MS && rng.chance(0.12)) {
        draft = { icsUid: `demo-${seed}-${summary.sessions}@calendar.example` };
        fields.attendance = 'held';
      } else {
        fields.attendance = rng.weighted<Attendance>([
          ['held', 86],
          ['late-cancel', 4],
          ['no-show', 4],
          ['coach-cancelled', 3],
          ['scheduled', 3],
        ]);
      }
      const loggedAt = new Date(
        t > nowMs || draft
          ? Math.min(nowMs, t - rng.int(2, 20) * DAY_MS)
          : Math.min(nowMs, t + (fields.durationMinutes + rng.int(5, 240)) * 60_000),
      );
      const sessionId = writer.session(fields, draft, loggedAt);
      summary.sessions++;
      summary.attendance[fields.attendance]++;
      summary.payments[fields.payment]++;
      if (draft) summary.drafts++;
      else if (fields.attendance === 'held') {
        summary.heldSessions[fields.payment]++;
        summary.heldMinutes[fields.payment] += fields.durationMinutes;
      }
      if (fields.attendance !== 'held' || draft || !past) return;
      heldCount++;

      // Last session's commitments are reviewed now.
      for (const actionId of pending) {
        const status = rng.weighted<'done' | 'dropped' | 'open'>([
          ['done', 72],
          ['dropped', 8],
          ['open', 20],
        ]);
        if (status !== 'open') writer.actionStatus(actionId, status, new Date(t + 10 * 60_000));
      }
      pending = [];

      if (!rng.chance(0.92)) return;
      const savedAt = Math.min(nowMs, t + (fields.durationMinutes + rng.int(5, 180)) * 60_000);
      const finalised = savedAt < nowMs - 2 * DAY_MS && rng.chance(0.75);
      const finalisedAt = finalised ? Math.min(nowMs, savedAt + rng.int(0, 48 * 60) * 60_000) : null;
      const note = planNote(e, name);
      writer.note(sessionId, note, new Date(savedAt), finalisedAt === null ? null : new Date(finalisedAt));
      summary.notes++;
      summary.noteTemplates[note.template] = (summary.noteTemplates[note.template] ?? 0) + 1;
      if (finalisedAt !== null) {
        summary.finalisedNotes++;
        const addendumAt = finalisedAt + rng.int(1, 20) * DAY_MS;
        if (rng.chance(0.06) && addendumAt < nowMs) {
          writer.addendum(sessionId, fill(rng, rng.pick(ADDENDA), name), new Date(addendumAt));
          summary.addenda++;
        }
      }
      const count = rng.weighted([
        [0, 25],
        [1, 45],
        [2, 30],
      ] as const);
      for (const text of rng.sample(e.theme.commitments, count)) {
        const coach = rng.chance(0.12);
        pending.push(
          writer.action(
            {
              engagementId: e.id,
              sessionId,
              text: coach
                ? `Coach: send ${name} the notes on “${fill(rng, text, name)}”`
                : fill(rng, text, name),
              owner: coach ? 'coach' : 'client',
              dueDate: isoDay(t + Math.max(7, Math.round(e.intervalDays)) * DAY_MS),
            },
            new Date(savedAt),
          ),
        );
        summary.actions++;
      }
      const goal = goalIds.length > 0 && heldCount % 3 === 0 ? rng.pick(goalIds) : null;
      if (goal) {
        goal.percent = Math.min(100, goal.percent + rng.int(5, 25));
        writer.goalProgress(
          goal.id,
          sessionId,
          fill(rng, rng.pick(e.theme.progress), name),
          goal.percent,
          new Date(savedAt),
        );
        summary.goalProgress++;
      }
      const client = e.participants[0];
      if (wheelClient && client && t >= nextWheel) {
        wheelScores = wheelScores
          ? wheelScores.map((s) => Math.max(0, Math.min(10, s + rng.int(-1, 2))))
          : DEFAULT_WHEEL_AREAS.map(() => rng.int(2, 8));
        writer.assessment(
          {
            clientId: client.id,
            takenOn: isoDay(t),
            scores: DEFAULT_WHEEL_AREAS.map((area, k) => ({ area, score: wheelScores?.[k] ?? 5 })),
            note: rng.pick(WHEEL_NOTES),
          },
          new Date(savedAt),
        );
        summary.assessments++;
        nextWheel = t + rng.int(75, 110) * DAY_MS;
      }
    });
  }

  function sessionTimes(e: PlannedEngagement): number[] {
    const times: number[] = [];
    for (let i = 0; i < e.sessions; i++) {
      let day = e.anchor - Math.round((e.sessions - 1 - i) * e.intervalDays) * DAY_MS;
      const weekday = new Date(day).getUTCDay();
      if (weekday === 0) day += DAY_MS;
      else if (weekday === 6 && !rng.chance(0.1)) day -= DAY_MS;
      const hour = rng.chance(0.8) ? e.hour : rng.int(8, 18);
      const minute = rng.chance(0.7) ? 0 : 30;
      times.push(zonedInstant(isoDay(day), hour, minute, e.zone).getTime());
    }
    return times;
  }

  function sessionFieldsFor(e: PlannedEngagement, t: number, i: number): SessionFields {
    let payment: Payment = defaultPayment({
      kind: e.kind,
      feeArrangement: e.fields.feeArrangement,
      sponsorName: e.fields.sponsorName,
    });
    let duration = e.fields.sessionMinutes;
    if (e.kind === 'peer') payment = i % 2 === 0 ? 'peer-as-coach' : 'peer-as-client';
    else if (i === 0 && e.kind === 'individual' && payment === 'paid' && rng.chance(0.3)) {
      payment = 'pro-bono'; // the free introductory session
      duration = 30;
    } else if (rng.chance(0.06)) duration = Math.max(15, duration + rng.pick([-15, -10, 15, 30]));
    const attendees =
      (e.kind === 'group' || e.kind === 'team') && rng.chance(0.4)
        ? rng.sample(e.participants, Math.max(2, e.participants.length - rng.int(1, 2))).map((p) => p.id)
        : [];
    return {
      engagementId: e.id,
      startsAt: new Date(t).toISOString(),
      timeZone: e.zone,
      durationMinutes: duration,
      format: rng.weighted([
        ['video', 60],
        ['in-person', 25],
        ['phone', 15],
      ] as const),
      attendance: 'held',
      payment,
      feeMinor:
        e.fields.feeArrangement === 'per-session' && (payment === 'paid' || payment === 'third-party')
          ? e.fields.feeMinor
          : null,
      currency: e.fields.currency,
      attendeeIds: attendees,
    };
  }

  function planNote(e: PlannedEngagement, name: string): PlannedNote {
    const template = rng.chance(0.75) ? e.template : rng.pick(['grow', 'ccc-staircase', 'free']);
    const th = e.theme;
    const texts: Record<string, () => string> = {
      goal: () => sentences(rng, th.goal, name, 2),
      reality: () => sentences(rng, th.reality, name, 3),
      options: () => sentences(rng, th.options, name, 2),
      will: () => sentences(rng, th.will, name, 2),
      agreement: () => sentences(rng, th.goal, name, 1),
      understanding: () => sentences(rng, th.reality, name, 2),
      rapport: () => sentences(rng, CCC_RAPPORT, name, 1),
      communication: () => sentences(rng, CCC_COMMUNICATION, name, 2),
      exploration: () => `${sentences(rng, CCC_EXPLORATION, name, 1)} ${sentences(rng, th.options, name, 1)}`,
      strategy: () => sentences(rng, th.will, name, 2),
      notes: () =>
        [
          sentences(rng, FREE_OPENERS, name, 1),
          sentences(rng, th.reality, name, 2),
          sentences(rng, th.options, name, 1),
          sentences(rng, th.will, name, 1),
        ].join('\n\n'),
    };
    const sections = (TEMPLATE_SECTIONS.get(template) ?? []).map((s) => ({
      key: s.key,
      label: s.label,
      text: texts[s.key]?.() ?? '',
    }));
    return { template, sections, reflection: fill(rng, rng.pick(REFLECTIONS), name) };
  }

  function planAgreement(e: PlannedEngagement, createdAt: Date, endDate: string | null): PlannedAgreement {
    const created = createdAt.getTime() + 20 * 60_000;
    const status =
      e.status === 'cancelled'
        ? 'draft'
        : e.status === 'planned'
          ? rng.pick(['draft', 'sent'] as const)
          : e.status === 'completed'
            ? rng.weighted([
                ['ended', 40],
                ['signed', 55],
                ['sent', 5],
              ] as const)
            : rng.weighted([
                ['signed', 82],
                ['sent', 10],
                ['draft', 8],
              ] as const);
    const plan: PlannedAgreement = {
      status,
      createdAt: new Date(Math.min(nowMs, created)),
      sentAt: null,
      signatures: [],
      signedAt: null,
      endedAt: null,
    };
    if (status === 'draft') return plan;
    const viaSent = status === 'sent' || rng.chance(0.7);
    if (viaSent) plan.sentAt = new Date(Math.min(nowMs, created + DAY_MS));
    if (status === 'sent') return plan;
    const signedMs = Math.min(nowMs, created + rng.int(2, 6) * DAY_MS);
    const signedOn = isoDay(signedMs);
    const first = e.participants[0]?.fullName ?? '';
    const clientSigner =
      e.participants.length > 1 ? `${first} and ${e.participants.length - 1} others` : first;
    const at = (ms: number) => new Date(Math.min(nowMs, ms));
    plan.signatures.push({ party: 'client', signerName: clientSigner, signedOn, at: at(signedMs) });
    if (e.fields.sponsorName) {
      const sponsorSigner = e.fields.sponsorContact.split(',')[0]?.trim() || e.fields.sponsorName;
      plan.signatures.push({
        party: 'sponsor',
        signerName: sponsorSigner,
        signedOn,
        at: at(signedMs + 3_600_000),
      });
    }
    plan.signatures.push({
      party: 'coach',
      signerName: COACH.name,
      signedOn,
      at: at(signedMs + 2 * 3_600_000),
    });
    plan.signedAt = at(signedMs + 2 * 3_600_000 + 60_000);
    if (status === 'ended') {
      const end = endDate ? Date.parse(`${endDate}T17:00:00Z`) : nowMs;
      plan.endedAt = new Date(Math.max(plan.signedAt.getTime() + 60_000, Math.min(nowMs, end)));
    }
    return plan;
  }

  function writeReceivedAndCe(): void {
    // Mentor coaching for the ACC: 3 one-to-one hours and 5 group sessions, over four months.
    const mentorStart = todayMs - 420 * DAY_MS;
    const [mentor, mentorCredential] = MENTORS[0];
    const [groupMentor, groupCredential] = MENTORS[1];
    const plan: [number, 'individual' | 'group', number][] = [
      [0, 'individual', 60],
      [14, 'group', 90],
      [28, 'group', 90],
      [42, 'individual', 60],
      [56, 'group', 90],
      [84, 'group', 90],
      [98, 'group', 90],
      [120, 'individual', 60],
    ];
    for (const [offset, modeOf, minutes] of plan) {
      const startsAt = zonedInstant(isoDay(mentorStart + offset * DAY_MS), 17, 0, COACH.zone);
      writer.received(
        {
          kind: 'mentor-coaching',
          providerName: modeOf === 'individual' ? mentor : groupMentor,
          providerCredential: modeOf === 'individual' ? mentorCredential : groupCredential,
          mode: modeOf,
          groupSize: modeOf === 'group' ? 6 : null,
          startsAt: startsAt.toISOString(),
          durationMinutes: minutes,
          notes:
            modeOf === 'group'
              ? 'Recorded sessions reviewed against the ICF core competencies.'
              : 'Feedback on a recorded session: more silence, fewer stacked questions.',
        },
        new Date(startsAt.getTime() + (minutes + 30) * 60_000),
      );
      summary.received++;
    }
    const [supervisor, supervisorCredential] = SUPERVISORS[0];
    for (let q = 0; q < 8; q++) {
      const startsAt = zonedInstant(isoDay(todayMs - (700 - q * 90) * DAY_MS), 8, 30, COACH.zone);
      if (startsAt.getTime() > nowMs) break;
      writer.received(
        {
          kind: 'supervision',
          providerName: supervisor,
          providerCredential: supervisorCredential,
          mode: 'individual',
          groupSize: null,
          startsAt: startsAt.toISOString(),
          durationMinutes: 60,
          notes: rng.pick([
            'Reflective supervision: boundaries with a client who is also a colleague’s partner.',
            'Supervision: when coaching touches on grief — stayed within scope, discussed referral.',
            'Quarterly supervision: caseload, energy, note-keeping.',
          ]),
        },
        new Date(startsAt.getTime() + 90 * 60_000),
      );
      summary.received++;
    }
    CE_COURSES.forEach(([provider, course, category, ethics], i) => {
      const date = isoDay(todayMs - (690 - i * 65) * DAY_MS);
      writer.ce(
        { provider, course, date, units: [1.5, 3, 6, 2, 4.5, 3, 1, 7.5, 2, 3][i] ?? 2, category, ethics },
        new Date(Date.parse(`${date}T18:00:00Z`)),
      );
      summary.ce++;
    });
  }

  function writeManualHours(): void {
    // A log kept before Coachbook, between the start of training and the first session here.
    const entries: [string, string, number, number, number, boolean][] = [
      ['Ingrid Holm', 'ingrid.holm@example.com', 1, 600, 0, true],
      ['Paulo Reis', 'paulo.reis@example.org', 1, 480, 120, true],
      ['Amira Saleh', '+971 50 555 0143', 1, 0, 360, true],
      ['Kenji Mori', 'kenji.mori@example.net', 1, 720, 0, false],
      ['Returners circle 2023 (Chidi Okeke)', 'chidi.okeke@example.com', 5, 540, 0, true],
      ['Lucía Fernández', 'lucia.f@example.com', 1, 300, 60, true],
    ];
    const from = Date.parse(`${trainingStart}T00:00:00Z`) + 10 * DAY_MS;
    entries.forEach(([clientName, contact, groupSize, paid, proBono, listed], i) => {
      const start = from + i * 9 * DAY_MS;
      const end = Math.min(start + rng.int(20, 60) * DAY_MS, earliest - DAY_MS);
      writer.manualHours(
        {
          clientName,
          clientContact: contact,
          mode: groupSize > 1 ? 'group' : 'individual',
          groupSize,
          startDate: isoDay(start),
          endDate: isoDay(Math.max(start, end)),
          paidMinutes: paid,
          proBonoMinutes: proBono,
          mayBeListed: listed,
        },
        new Date(earliest + 3_600_000 * (10 + i)),
      );
      summary.manualHours++;
      summary.manualMinutes.paid += paid;
      summary.manualMinutes.proBono += proBono;
    });
  }
}

// ------------------------------------------------------------------------------- planning

function planClient(rng: Rng, culture: Culture, emails: Set<string>): PlannedClient {
  const female = rng.chance(0.55);
  const given = rng.pick(female ? culture.female : culture.male);
  const familyEntry = rng.pick(culture.family);
  const family: Named = (Array.isArray(familyEntry[0]) ? familyEntry[female ? 1 : 0] : familyEntry) as Named;
  let fullName: string;
  let latin: string[];
  switch (culture.order) {
    case 'vietnamese': {
      const middle = rng.pick(female ? (culture.middle?.female ?? []) : (culture.middle?.male ?? []));
      fullName = `${family[0]} ${middle[0]} ${given[0]}`;
      latin = [given[1], family[1]];
      break;
    }
    case 'family-given':
      fullName = `${family[0]} ${given[0]}`;
      latin = [given[1], family[1]];
      break;
    case 'family-given-nospace':
      fullName = `${family[0]}${given[0]}`;
      latin = [given[1], family[1]];
      break;
    default:
      fullName = `${given[0]} ${family[0]}`;
      latin = [given[1], family[1]];
  }
  const base = latin.map(latinSlug).filter(Boolean).join('.') || 'client';
  const domain = rng.pick(EMAIL_DOMAINS);
  let email = `${base}@${domain}`;
  for (let k = 2; emails.has(email); k++) email = `${base}${k}@${domain}`;
  emails.add(email);
  const preferredNames = culture.preferred?.[female ? 'female' : 'male'];
  const preferred = preferredNames && rng.chance(0.3) ? rng.pick(preferredNames) : '';
  const listed = rng.chance(0.7);
  const zone = rng.pick(culture.zones);
  const tags = rng.sample(
    TAGS,
    rng.weighted([
      [0, 25],
      [1, 40],
      [2, 25],
      [3, 10],
    ] as const),
  );
  const source = rng.weighted([
    ['self', 60],
    ['referral', 30],
    ['other', 10],
  ] as const);
  const fields: ClientFields = {
    fullName,
    preferredName: preferred,
    pronouns: rng.pick(female ? PRONOUNS.female : PRONOUNS.male),
    email: rng.chance(0.93) ? email : '',
    phone: rng.chance(0.6)
      ? `${culture.phone}${String(rng.int(100, 999))} ${String(rng.int(1000, 9999))}`
      : '',
    preferredLanguage: culture.language,
    timeZone: zone,
    organisation: rng.chance(0.65) ? rng.pick(ORGANISATIONS) : '',
    tags,
    status: 'active',
    source,
    mayBeListed: listed,
    listingConsentDate: null,
    privateNotes: rng.chance(0.15)
      ? rng.pick([
          'Prefers sessions early in the morning, before the school run.',
          'Works shifts: check the rota before booking.',
          'Invoice to the company address, not home.',
          'Uses a screen reader: send documents as accessible PDFs.',
          'Prefers WhatsApp for scheduling.',
        ])
      : '',
  };
  return {
    culture,
    given: preferred || given[0],
    latinGiven: given[1],
    fullName,
    fields,
    createdAt: new Date(0),
    archivedAt: null,
    referralIn: null,
    referralOut: null,
    engagements: [],
    id: '',
  };
}

/** Team coaching and the community programme are themes of their own engagement kinds. */
const TEAM_THEME = THEMES.find((t) => t.focus.startsWith('Team coaching')) as Theme;
const COMMUNITY_THEME = THEMES.find((t) => t.focus.startsWith('Job readiness')) as Theme;
const ONE_TO_ONE_THEMES = THEMES.filter((t) => t !== TEAM_THEME && t !== COMMUNITY_THEME);

const GROUP_TITLES = [
  'Women in Leadership circle',
  'New managers cohort',
  'Career changers group',
  'Founders’ peer circle',
  'Círculo de liderazgo',
  'Returners group',
  'Wellbeing at work circle',
];

function planEngagement(
  rng: Rng,
  kind: EngagementKind,
  participants: PlannedClient[],
  status: Status,
  fee: 'barter' | 'pro-bono' | 'per-session' | null,
): PlannedEngagement {
  const client = participants[0] as PlannedClient;
  let theme = rng.pick(ONE_TO_ONE_THEMES);
  const currency = rng.weighted([
    ['EUR', 60],
    ['USD', 15],
    ['GBP', 10],
    ['CHF', 5],
    ['CAD', 5],
    ['MXN', 5],
  ] as const);
  let sponsorName = '';
  let sponsorKind: EngagementFields['sponsorKind'] = '';
  let sponsorContact = '';
  let feeArrangement: EngagementFields['feeArrangement'] =
    fee ??
    rng.weighted([
      ['per-session', 62],
      ['package', 32],
      ['pro-bono', 6],
    ] as const);
  let feeMinor: number | null = null;
  let title = `${theme.focus} · ${client.fullName}`;
  let sessionMinutes: number = rng.weighted([
    [60, 70],
    [45, 10],
    [50, 10],
    [90, 10],
  ] as const);
  let frequency = rng.weighted([
    ['weekly', 35],
    ['fortnightly', 45],
    ['monthly', 15],
    ['as-needed', 5],
  ] as const);
  let focus = rng.weighted([
    ['specific-purpose', 45],
    ['whole-person', 25],
    ['both', 30],
  ] as const);
  switch (kind) {
    case 'peer':
      feeArrangement = 'barter';
      title = `Reciprocal peer coaching · ${client.fullName}`;
      frequency = 'fortnightly';
      break;
    case 'internal':
      feeArrangement = 'internal';
      title = `Internal coaching (${COACH_EMPLOYER}) · ${client.fullName}`;
      client.fields = { ...client.fields, organisation: COACH_EMPLOYER };
      break;
    case 'sponsored': {
      sponsorKind = rng.weighted([
        ['community-partner', 70],
        ['grant', 15],
        ['employer', 15],
      ] as const);
      if (sponsorKind === 'community-partner') {
        const [name, contact] = rng.pick(COMMUNITY_PARTNERS);
        sponsorName = name;
        sponsorContact = contact;
        theme = COMMUNITY_THEME;
        feeArrangement = rng.chance(0.5) ? 'pro-bono' : 'per-session';
      } else if (sponsorKind === 'grant') {
        sponsorName = rng.pick(GRANT_SPONSORS);
        sponsorContact = 'grants@example.org';
        feeArrangement = 'package';
      } else {
        sponsorName = rng.pick(ORGANISATIONS);
        sponsorContact = `People team, ${sponsorName}`;
        feeArrangement = 'package';
      }
      title = `${theme.focus} (${sponsorName}) · ${client.fullName}`;
      break;
    }
    case 'group':
      title = `${rng.pick(GROUP_TITLES)} — ${rng.pick(['spring', 'autumn', 'winter', 'summer'])} cohort`;
      sessionMinutes = 90;
      frequency = rng.pick(['fortnightly', 'monthly'] as const);
      feeArrangement = rng.chance(0.25) ? 'pro-bono' : 'package';
      if (feeArrangement === 'pro-bono') {
        const [name, contact] = rng.pick(COMMUNITY_PARTNERS);
        sponsorName = name;
        sponsorKind = 'community-partner';
        sponsorContact = contact;
      }
      focus = 'specific-purpose';
      break;
    case 'team': {
      theme = TEAM_THEME;
      sponsorName = rng.pick(ORGANISATIONS.filter((o) => o !== COACH_EMPLOYER));
      sponsorKind = 'employer';
      sponsorContact = `${rng.pick(['Head of People', 'HR director', 'COO'])}, ${sponsorName}`;
      title = `Team coaching · ${sponsorName} ${rng.pick(['product team', 'leadership team', 'operations', 'design studio'])}`;
      feeArrangement = 'package';
      sessionMinutes = rng.pick([90, 120]);
      frequency = 'monthly';
      focus = 'specific-purpose';
      break;
    }
    default:
      break;
  }
  if (feeArrangement === 'per-session') feeMinor = rng.pick([9000, 12000, 15000, 18000, 25000]);
  if (feeArrangement === 'package')
    feeMinor = kind === 'team' ? rng.pick([600000, 900000]) : rng.pick([60000, 90000, 120000, 180000]);
  const zone = rng.chance(0.7) ? COACH.zone : client.fields.timeZone || COACH.zone;
  const weight =
    (kind === 'group' || kind === 'team'
      ? rng.int(6, 18)
      : kind === 'peer'
        ? rng.int(6, 16)
        : rng.int(4, 26)) * (status === 'cancelled' ? 0.1 : status === 'planned' ? 0.12 : 1);
  return {
    kind,
    participants,
    status,
    theme,
    template: rng.weighted([
      ['grow', 45],
      ['ccc-staircase', 25],
      ['free', 30],
    ] as const),
    weight,
    sessions: 0,
    intervalDays: 7,
    anchor: 0,
    hour: rng.int(8, 18),
    zone,
    fields: {
      title: title.slice(0, 200),
      kind,
      focus,
      focusDescription:
        focus === 'specific-purpose'
          ? theme.focus
          : focus === 'both'
            ? `Whole life, with a focus on: ${theme.focus.toLowerCase()}`
            : '',
      sponsorName,
      sponsorKind,
      sponsorContact,
      feeArrangement,
      feeMinor,
      currency,
      frequency,
      sessionMinutes,
      status,
    },
    id: '',
  };
}

/** Shares the session budget across engagements by weight, exactly (largest remainders). */
function allocateSessions(rng: Rng, engagements: PlannedEngagement[], budget: number): void {
  const total = engagements.reduce((s, e) => s + e.weight, 0);
  if (total === 0 || budget === 0) return;
  const shares = engagements.map((e) => (e.weight / total) * budget);
  let given = 0;
  engagements.forEach((e, i) => {
    e.sessions = Math.floor(shares[i] ?? 0);
    given += e.sessions;
  });
  const order = engagements
    .map((e, i) => ({ i, r: (shares[i] ?? 0) - e.sessions + rng.next() * 1e-9 }))
    .sort((a, b) => b.r - a.r);
  for (let k = 0; given < budget; k = (k + 1) % order.length) {
    const e = engagements[order[k]?.i ?? 0] as PlannedEngagement;
    e.sessions++;
    given++;
  }
  // A peer engagement needs sessions both ways.
  for (const e of engagements) {
    if (e.kind !== 'peer' || e.sessions >= 2) continue;
    const donor = engagements.reduce((a, b) => (b.sessions > a.sessions ? b : a));
    const move = Math.min(2 - e.sessions, donor.sessions - 1);
    if (move > 0 && donor !== e) {
      donor.sessions -= move;
      e.sessions += move;
    }
  }
}

/** When the sessions fall: active ones run into next week, completed ones ended in the past. */
function layOut(rng: Rng, e: PlannedEngagement, todayMs: number, earliest: number): void {
  const base = { weekly: 7, fortnightly: 14, monthly: 30, 'as-needed': 21, '': 14 }[e.fields.frequency];
  let anchor: number;
  switch (e.status) {
    case 'active':
      anchor = todayMs + rng.int(3, 13) * DAY_MS;
      break;
    case 'planned':
      anchor = todayMs + rng.int(4, 13) * DAY_MS;
      break;
    case 'paused':
      anchor = todayMs - rng.int(20, 120) * DAY_MS;
      break;
    case 'cancelled':
      anchor = todayMs - rng.int(30, 600) * DAY_MS;
      break;
    default:
      anchor = todayMs - rng.int(14, 600) * DAY_MS;
  }
  let interval = base;
  if (e.status === 'planned') interval = Math.min(base, 7);
  const span = anchor - (e.status === 'planned' ? todayMs : earliest);
  if (e.sessions > 1 && (e.sessions - 1) * interval * DAY_MS > span)
    interval = span / DAY_MS / (e.sessions - 1);
  e.anchor = anchor;
  e.intervalDays = Math.max(interval, 0.01);
}

function defaultTemplate(db: Db, clock: Clock): { id: string; name: string; body: string } {
  const row = db
    .prepare(
      'SELECT id, name, body FROM agreement_template WHERE is_default = 1 ORDER BY created_at, rowid LIMIT 1',
    )
    .get() as { id: string; name: string; body: string } | undefined;
  return row ?? seedDefaultTemplate(db, clock);
}
