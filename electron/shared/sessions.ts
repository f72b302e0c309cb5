import { z } from 'zod';
import { channel, noInput } from './channel';
import { currency, id, isoDate, optionalText, requiredText, timeZone } from './fields';
import { msg } from './messages';
import type { NoteTemplate } from './note-templates';

export const sessionFormats = ['in-person', 'phone', 'video'] as const;
export const attendances = ['scheduled', 'held', 'late-cancel', 'no-show', 'coach-cancelled'] as const;
export type Attendance = (typeof attendances)[number];
export const payments = [
  'paid',
  'pro-bono',
  'barter',
  'internal',
  'third-party',
  'peer-as-coach',
  'peer-as-client',
] as const;
export type Payment = (typeof payments)[number];

/** An instant with an explicit offset, stored as UTC. */
export const instant = z.iso
  .datetime({ offset: true, message: msg('errors:dateTime.format') })
  // The pattern accepts offsets and days no calendar has (+99:00, 31 February): check the real instant.
  .refine((value) => {
    const day = value.slice(0, 10);
    const midnight = Date.parse(`${day}T00:00:00Z`);
    const at = Date.parse(value);
    return (
      !Number.isNaN(at) &&
      !Number.isNaN(midnight) &&
      new Date(midnight).toISOString().startsWith(day) &&
      // Years 1900-2199 only: an offset could otherwise push 9999 into a six-digit year.
      at >= Date.UTC(1900, 0, 1) &&
      at < Date.UTC(2200, 0, 1)
    );
  }, msg('errors:dateTime.missing'))
  .transform((value) => new Date(value).toISOString());

export const MAX_SESSION_MINUTES = 1440;

export const sessionFields = z.strictObject({
  engagementId: id,
  startsAt: instant,
  timeZone: timeZone.refine((v) => v !== '', msg('errors:sessions.timeZone')),
  durationMinutes: z
    .number(msg('errors:sessions.length'))
    .int(msg('errors:sessions.wholeMinutes'))
    .min(1, msg('errors:sessions.lengthMin'))
    .max(MAX_SESSION_MINUTES, msg('errors:sessions.lengthMax')),
  format: z.enum(sessionFormats, msg('errors:sessions.format')),
  attendance: z.enum(attendances, msg('errors:sessions.attendance')),
  payment: z.enum(payments, msg('errors:sessions.payment')),
  feeMinor: z.number().int().min(0, msg('errors:fees.negative')).max(100_000_000).nullable().default(null),
  currency,
  /** For group and team sessions: who attended. Empty means everyone in the engagement. */
  attendeeIds: z.array(id).max(500).default([]),
});
export type SessionFieldsInput = z.input<typeof sessionFields>;
export type SessionFields = z.output<typeof sessionFields>;

export interface Session extends SessionFields {
  id: string;
  engagementTitle: string;
  engagementKind: string;
  clientNames: string[];
  isDraft: boolean;
  hasNote: boolean;
  finalised: boolean;
  createdAt: string;
  updatedAt: string;
}

export const sessionListQuery = z.strictObject({
  engagementId: id.nullable().default(null),
  clientId: id.nullable().default(null),
  from: instant.nullable().default(null),
  to: instant.nullable().default(null),
  drafts: z.enum(['include', 'only', 'exclude']).default('include'),
  order: z.enum(['newest', 'oldest']).default('newest'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type SessionListQuery = z.input<typeof sessionListQuery>;

export interface SessionList {
  total: number;
  offset: number;
  rows: Session[];
}

/** What the quick-log form starts from for an engagement. */
export interface SessionDefaults {
  engagementId: string;
  durationMinutes: number;
  format: (typeof sessionFormats)[number];
  payment: Payment;
  feeMinor: number | null;
  currency: string;
  timeZone: string;
  attendeeIds: string[];
}

export const noteSection = z.strictObject({
  key: z.string().min(1).max(40),
  label: z.string().min(1).max(80),
  text: optionalText('noteSection', 50_000),
});

export const noteInput = z.strictObject({
  sessionId: id,
  template: z.string().min(1).max(60),
  sections: z.array(noteSection).min(1).max(20),
  reflection: optionalText('reflection', 50_000).default(''),
});

export interface Addendum {
  id: string;
  text: string;
  createdAt: string;
}

export interface ActionItem {
  id: string;
  engagementId: string;
  sessionId: string | null;
  text: string;
  owner: 'client' | 'coach';
  dueDate: string | null;
  status: 'open' | 'done' | 'dropped';
  createdAt: string;
}

export interface Note {
  sessionId: string;
  template: string;
  sections: z.output<typeof noteSection>[];
  reflection: string;
  finalisedAt: string | null;
  updatedAt: string | null;
  addenda: Addendum[];
  /** Open commitments from earlier sessions of this engagement, to review in this one. */
  toReview: ActionItem[];
  /** Commitments made in this session. */
  actions: ActionItem[];
}

export const actionInput = z.strictObject({
  engagementId: id,
  sessionId: id.nullable().default(null),
  text: requiredText('commitment', 2000),
  owner: z.enum(['client', 'coach'], msg('errors:actions.owner')),
  dueDate: isoDate.nullable().default(null),
});

export const goalFields = z.strictObject({
  engagementId: id,
  title: requiredText('goal', 300),
  successMeasure: optionalText('successMeasure', 2000).default(''),
  plan: optionalText('plan', 10_000).default(''),
  status: z.enum(['active', 'achieved', 'paused', 'dropped']).default('active'),
});

export interface GoalProgress {
  id: string;
  sessionId: string | null;
  note: string;
  percent: number | null;
  createdAt: string;
}

export interface Goal extends z.output<typeof goalFields> {
  id: string;
  progress: GoalProgress[];
  createdAt: string;
  updatedAt: string;
}

export interface FollowUp extends ActionItem {
  engagementTitle: string;
  clientNames: string[];
  overdue: boolean;
}

export interface SearchHit {
  kind: 'note' | 'addendum' | 'goal' | 'action';
  sessionId: string | null;
  engagementId: string;
  engagementTitle: string;
  clientNames: string[];
  /** When the session was held (notes, addenda) or the item was created. */
  at: string;
  /** Text around the match; matched words are wrapped in U+0002 … U+0003 (never HTML). */
  snippet: string;
}

export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export const receivedFields = z
  .strictObject({
    kind: z.enum(['mentor-coaching', 'supervision']),
    providerName: requiredText('providerName', 200),
    providerCredential: optionalText('credential', 100).default(''),
    mode: z.enum(['individual', 'group']),
    groupSize: z
      .number()
      .int(msg('errors:groups.wholePeople'))
      .min(2, msg('errors:groups.tooSmall'))
      .max(100, msg('errors:groups.tooLarge', { max: 100 }))
      .nullable()
      .default(null),
    startsAt: instant,
    durationMinutes: z
      .number(msg('errors:sessions.lengthWhole'))
      .int(msg('errors:sessions.lengthWhole'))
      .min(1, msg('errors:sessions.lengthMin'))
      .max(MAX_SESSION_MINUTES, msg('errors:sessions.lengthMax')),
    notes: optionalText('notes', 5000).default(''),
  })
  .superRefine((r, ctx) => {
    if (r.mode === 'group' && r.groupSize === null) {
      ctx.addIssue({ code: 'custom', path: ['groupSize'], message: msg('errors:groups.sizeMissing') });
    }
    if (r.mode === 'individual' && r.groupSize !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupSize'],
        message: msg('errors:groups.individualNoSize'),
      });
    }
  });

export interface ReceivedSession extends z.output<typeof receivedFields> {
  id: string;
}

export const sessionChannels = {
  sessions: {
    list: channel<SessionList>()(sessionListQuery),
    get: channel<Session>()(z.strictObject({ id })),
    defaults: channel<SessionDefaults>()(z.strictObject({ engagementId: id })),
    create: channel<Session>()(sessionFields),
    update: channel<Session>()(z.strictObject({ id, fields: sessionFields })),
    /** Accepts a draft imported from the calendar as a real session. */
    confirmDraft: channel<Session>()(z.strictObject({ id })),
    remove: channel<null>()(z.strictObject({ id })),
  },
  notes: {
    get: channel<Note>()(z.strictObject({ sessionId: id })),
    save: channel<Note>()(noteInput),
    finalise: channel<Note>()(z.strictObject({ sessionId: id })),
    addAddendum: channel<Note>()(z.strictObject({ sessionId: id, text: requiredText('addendum', 50_000) })),
    templates: channel<NoteTemplate[]>()(noInput),
    saveTemplate: channel<NoteTemplate>()(
      z.strictObject({
        name: requiredText('templateName', 80),
        sections: z
          .array(
            z.strictObject({
              label: requiredText('sectionName', 80),
              prompt: optionalText('prompt', 300),
            }),
          )
          .min(1, msg('errors:notes.sectionsMin'))
          .max(20),
      }),
    ),
  },
  actions: {
    create: channel<ActionItem>()(actionInput),
    setStatus: channel<ActionItem>()(z.strictObject({ id, status: z.enum(['open', 'done', 'dropped']) })),
    listForEngagement: channel<ActionItem[]>()(z.strictObject({ engagementId: id })),
    /** Open commitments across all clients that are overdue or due within `days`. */
    followUps: channel<FollowUp[]>()(z.strictObject({ days: z.number().int().min(0).max(365).default(7) })),
  },
  goals: {
    listForEngagement: channel<Goal[]>()(z.strictObject({ engagementId: id })),
    create: channel<Goal>()(goalFields),
    update: channel<Goal>()(z.strictObject({ id, fields: goalFields })),
    addProgress: channel<Goal>()(
      z.strictObject({
        goalId: id,
        sessionId: id.nullable().default(null),
        note: requiredText('progressNote', 5000),
        percent: z.number().int().min(0).max(100).nullable().default(null),
      }),
    ),
  },
  search: {
    query: channel<SearchHit[]>()(
      z.strictObject({ text: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) }),
    ),
  },
  received: {
    list: channel<ReceivedSession[]>()(noInput),
    create: channel<ReceivedSession>()(receivedFields),
    remove: channel<null>()(z.strictObject({ id })),
  },
} as const;
