import { z } from 'zod';
import { currency, id, isoDate, optionalText, requiredText } from './fields';
import { msg } from './messages';

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
    title: requiredText('engagementName', 200),
    kind: z.enum(engagementKinds, msg('errors:engagements.kind')),
    participantIds: z
      .array(id)
      .min(1, msg('errors:engagements.participantsEmpty'))
      .max(500, msg('errors:engagements.participantsTooMany', { max: 500 })),
    focus: z.enum(focusKinds, msg('errors:engagements.focus')),
    focusDescription: optionalText('focusDescription', 2000).default(''),
    sponsorName: optionalText('sponsor', 200).default(''),
    sponsorKind: z.enum(sponsorKinds).default(''),
    sponsorContact: optionalText('sponsorContact', 300).default(''),
    feeArrangement: z.enum(feeArrangements, msg('errors:fees.arrangement')),
    /** Minor units (cents); per session, or the package total. */
    feeMinor: z
      .number()
      .int(msg('errors:fees.wholeCents'))
      .min(0, msg('errors:fees.negative'))
      .max(100_000_000)
      .nullable()
      .default(null),
    currency,
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
    plannedSessions: z
      .number()
      .int()
      .min(1, msg('errors:engagements.plannedMin'))
      .max(1000)
      .nullable()
      .default(null),
    frequency: z.enum(frequencies).default(''),
    sessionMinutes: z
      .number()
      .int()
      .min(5, msg('errors:engagements.minutesMin'))
      .max(600, msg('errors:engagements.minutesMax'))
      .default(60),
    status: z.enum(engagementStatuses).default('active'),
  })
  .superRefine((e, ctx) => {
    const unique = new Set(e.participantIds);
    if (unique.size !== e.participantIds.length) {
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: msg('errors:clients.listedTwice') });
    }
    const multi = e.kind === 'group' || e.kind === 'team';
    if (!multi && unique.size !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: msg('errors:engagements.individualOne'),
      });
    }
    if (multi && unique.size < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: msg('errors:engagements.groupTwo'),
      });
    }
    if (e.endDate && e.endDate < e.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('errors:date.endBeforeStart') });
    }
    const paid = e.feeArrangement === 'per-session' || e.feeArrangement === 'package';
    if (paid && e.feeMinor === null) {
      ctx.addIssue({ code: 'custom', path: ['feeMinor'], message: msg('errors:fees.missing') });
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
