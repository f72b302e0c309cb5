import type { EngagementKind } from '../../shared/engagements';
import { BUILT_IN_NOTE_TEMPLATES } from '../../shared/note-templates';
import { type Attendance, attendances, type Payment, payments } from '../../shared/sessions';

/** What a generation wrote, counted as it goes: tests and the seed command check it against the tables. */
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

const counter = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptySummary(
  mode: DemoSummary['mode'],
  seed: number,
  trainingStartDate: string,
): DemoSummary {
  return {
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
    trainingStartDate,
  };
}

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
