import { z } from 'zod';
import { currency, id, isoDate, optionalText, requiredText } from './fields';

export const engagementKinds = ['individual', 'group', 'team', 'peer', 'internal', 'sponsored'] as const;
export type EngagementKind = (typeof engagementKinds)[number];
/** Kinds with several participants, each counted as a client. */
export const multiClientKinds: readonly EngagementKind[] = ['group', 'team'];
export const focusKinds = ['whole-person', 'specific-purpose', 'both'] as const;
export const sponsorKinds = ['', 'employer', 'community-partner', 'grant', 'person', 'other'] as const;
export const feeArrangements = ['per-session', 'package', 'pro-bono', 'barter', 'internal'] as const;
export const frequencies = ['', 'weekly', 'fortnightly', 'monthly', 'as-needed'] as const;
export const engagementStatuses = ['planned', 'active', 'paused', 'completed', 'cancelled'] as const;

export const engagementFields = z
  .strictObject({
    title: requiredText('a name for this engagement', 200),
    kind: z.enum(engagementKinds, 'Choose the kind of coaching.'),
    participantIds: z
      .array(id)
      .min(1, 'Choose at least one client.')
      .max(500, 'A group can have at most 500 participants.'),
    focus: z.enum(focusKinds, 'Choose the focus the client chose.'),
    focusDescription: optionalText('the focus description', 2000).default(''),
    sponsorName: optionalText('the sponsor', 200).default(''),
    sponsorKind: z.enum(sponsorKinds).default(''),
    sponsorContact: optionalText('the sponsor contact', 300).default(''),
    feeArrangement: z.enum(feeArrangements, 'Choose a fee arrangement.'),
    /** Minor units (cents); per session, or the package total. */
    feeMinor: z
      .number()
      .int('Use whole cents.')
      .min(0, 'A fee cannot be negative.')
      .max(100_000_000)
      .nullable()
      .default(null),
    currency,
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
    plannedSessions: z.number().int().min(1, 'Plan at least one session.').max(1000).nullable().default(null),
    frequency: z.enum(frequencies).default(''),
    sessionMinutes: z
      .number()
      .int()
      .min(5, 'Sessions are at least 5 minutes.')
      .max(600, 'Sessions are at most 10 hours.')
      .default(60),
    status: z.enum(engagementStatuses).default('active'),
  })
  .superRefine((e, ctx) => {
    const unique = new Set(e.participantIds);
    if (unique.size !== e.participantIds.length) {
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'A client is listed twice.' });
    }
    const multi = e.kind === 'group' || e.kind === 'team';
    if (!multi && unique.size !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: 'An individual engagement has exactly one client. Choose group or team for more.',
      });
    }
    if (multi && unique.size < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: 'A group or team needs at least two clients.',
      });
    }
    if (e.endDate && e.endDate < e.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
    }
    const paid = e.feeArrangement === 'per-session' || e.feeArrangement === 'package';
    if (paid && e.feeMinor === null) {
      ctx.addIssue({ code: 'custom', path: ['feeMinor'], message: 'Enter the fee.' });
    }
  });

export type EngagementFieldsInput = z.input<typeof engagementFields>;
export type EngagementFields = z.output<typeof engagementFields>;

export interface Participant {
  id: string;
  fullName: string;
}

export interface Engagement extends Omit<EngagementFields, 'participantIds'> {
  id: string;
  participants: Participant[];
  createdAt: string;
  updatedAt: string;
}
