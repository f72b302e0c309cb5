import type { EngagementFields } from '../../shared/engagements';
import { COACH } from './content';
import type { DemoRun, PlannedEngagement } from './plan';
import { startProgress } from './progress';
import { sessionTimes } from './schedule';
import { writeSessions } from './write-sessions';
import type { PlannedAgreement } from './writer';
import { DAY_MS, isoDay } from './zoned';

/**
 * Writes one planned engagement with its dates, its agreement, and then its goals and sessions.
 * Dates follow the sessions: the engagement starts a few days before the first, and is set up
 * (and its agreement drafted) a few days before that.
 */

export function writeEngagement(run: DemoRun, e: PlannedEngagement): void {
  const { rng, writer, summary, nowMs, todayMs, earliest } = run;
  const times = sessionTimes(rng, e);
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

  writer.agreement(e.id, planAgreement(run, e, createdAt, endDate));
  summary.agreements++;

  writeSessions(run, e, times, startProgress(run, e, createdAt));
}

/** How far the agreement got: signed by client, sponsor (if any) and coach, or still a draft or sent. */
function planAgreement(
  run: DemoRun,
  e: PlannedEngagement,
  createdAt: Date,
  endDate: string | null,
): PlannedAgreement {
  const { rng, nowMs } = run;
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
    e.participants.length > 1 ? run.words.clientSigners(first, e.participants.length - 1) : first;
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
