import { DEFAULT_WHEEL_AREAS } from '../../shared/assessments';
import { fill } from './coaching-text';
import type { DemoRun, PlannedEngagement } from './plan';
import type { GoalStatus } from './writer';
import { DAY_MS, isoDay } from './zoned';

/**
 * An engagement's work between sessions: the goals set at the start, commitments made in one
 * session and reviewed in the next, progress on the goals, and a Wheel of Life every few months
 * for some one-to-one clients.
 */
export interface EngagementProgress {
  /** A held session begins with the last one's commitments. */
  sessionHeld(t: number): void;
  /** What the coach records with a held session's note. */
  noteSaved(sessionId: string, t: number, savedAt: number, name: string): void;
}

/** Writes the engagement's goals now; the rest follows session by session. */
export function startProgress(run: DemoRun, e: PlannedEngagement, createdAt: Date): EngagementProgress {
  const { rng, words, writer, summary, nowMs } = run;
  const fillIn = (text: string, name: string) => fill(rng, text, name, words.weekdays);
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
          successMeasure: fillIn(measure, name),
          plan: fillIn(plan, name),
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

  return {
    sessionHeld(t) {
      heldCount++;
      for (const actionId of pending) {
        const status = rng.weighted<'done' | 'dropped' | 'open'>([
          ['done', 72],
          ['dropped', 8],
          ['open', 20],
        ]);
        if (status !== 'open') writer.actionStatus(actionId, status, new Date(t + 10 * 60_000));
      }
      pending = [];
    },

    noteSaved(sessionId, t, savedAt, name) {
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
              text: coach ? words.coachAction(name, fillIn(text, name)) : fillIn(text, name),
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
          fillIn(rng.pick(e.theme.progress), name),
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
            note: rng.pick(words.wheelNotes),
          },
          new Date(savedAt),
        );
        summary.assessments++;
        nextWheel = t + rng.int(75, 110) * DAY_MS;
      }
    },
  };
}
