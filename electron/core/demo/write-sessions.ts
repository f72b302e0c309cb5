import { BUILT_IN_NOTE_TEMPLATES } from '../../shared/note-templates';
import type { Attendance, Payment, SessionFields } from '../../shared/sessions';
import { defaultPayment } from '../sessions/sessions';
import { fill, sentences } from './coaching-text';
import type { DemoRun, PlannedEngagement } from './plan';
import type { Rng } from './prng';
import type { EngagementProgress } from './progress';
import type { DemoWords } from './words';
import type { PlannedNote } from './writer';
import { DAY_MS } from './zoned';

/**
 * An engagement's sessions and their notes. Future sessions are scheduled; recent ones are
 * sometimes still calendar drafts; past ones are mostly held, and most held ones get a note
 * (some finalised, a few with an addendum later).
 */

const TEMPLATE_SECTIONS = new Map(BUILT_IN_NOTE_TEMPLATES.map((t) => [t.id, t.sections]));

export function writeSessions(
  run: DemoRun,
  e: PlannedEngagement,
  times: number[],
  progress: EngagementProgress,
): void {
  const { rng, words, writer, summary, nowMs, seed } = run;
  const name = e.participants.length > 1 ? words.theGroup : (e.participants[0]?.given ?? '');

  times.forEach((t, i) => {
    const fields = sessionFieldsFor(rng, e, t, i);
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
    progress.sessionHeld(t);

    if (!rng.chance(0.92)) return;
    const savedAt = Math.min(nowMs, t + (fields.durationMinutes + rng.int(5, 180)) * 60_000);
    const finalised = savedAt < nowMs - 2 * DAY_MS && rng.chance(0.75);
    const finalisedAt = finalised ? Math.min(nowMs, savedAt + rng.int(0, 48 * 60) * 60_000) : null;
    const note = planNote(rng, words, e, name);
    writer.note(sessionId, note, new Date(savedAt), finalisedAt === null ? null : new Date(finalisedAt));
    summary.notes++;
    summary.noteTemplates[note.template] = (summary.noteTemplates[note.template] ?? 0) + 1;
    if (finalisedAt !== null) {
      summary.finalisedNotes++;
      const addendumAt = finalisedAt + rng.int(1, 20) * DAY_MS;
      if (rng.chance(0.06) && addendumAt < nowMs) {
        writer.addendum(
          sessionId,
          fill(rng, rng.pick(words.addenda), name, words.weekdays),
          new Date(addendumAt),
        );
        summary.addenda++;
      }
    }
    progress.noteSaved(sessionId, t, savedAt, name);
  });
}

function sessionFieldsFor(rng: Rng, e: PlannedEngagement, t: number, i: number): SessionFields {
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

/** A note in the engagement's usual template (now and then another), in its theme's words. */
/**
 * Headings keep the built-in wording whatever the language, as notes the coach writes do: the
 * app shows a built-in heading in the coach's language (src/features/sessions/templates.ts).
 */
function planNote(rng: Rng, words: DemoWords, e: PlannedEngagement, name: string): PlannedNote {
  const template = rng.chance(0.75) ? e.template : rng.pick(['grow', 'ccc-staircase', 'free']);
  const th = e.theme;
  const say = (list: readonly string[], max: number) => sentences(rng, list, name, max, words.weekdays);
  const texts: Record<string, () => string> = {
    goal: () => say(th.goal, 2),
    reality: () => say(th.reality, 3),
    options: () => say(th.options, 2),
    will: () => say(th.will, 2),
    agreement: () => say(th.goal, 1),
    understanding: () => say(th.reality, 2),
    rapport: () => say(words.cccRapport, 1),
    communication: () => say(words.cccCommunication, 2),
    exploration: () => `${say(words.cccExploration, 1)} ${say(th.options, 1)}`,
    strategy: () => say(th.will, 2),
    notes: () =>
      [say(words.freeOpeners, 1), say(th.reality, 2), say(th.options, 1), say(th.will, 1)].join('\n\n'),
  };
  const sections = (TEMPLATE_SECTIONS.get(template) ?? []).map((s) => ({
    key: s.key,
    label: s.label,
    text: texts[s.key]?.() ?? '',
  }));
  return { template, sections, reflection: fill(rng, rng.pick(words.reflections), name, words.weekdays) };
}
