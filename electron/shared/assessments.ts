import { z } from 'zod';
import { channel } from './channel';
import { id, isoDate, optionalText } from './fields';
import { msg } from './messages';

/**
 * Assessments: the Wheel of Life. The client scores their satisfaction with each area of
 * life from 0 to 10; repeating it over months shows change at a glance.
 */

/**
 * The eight areas the common Wheel of Life starts from. Only the starting point of a
 * client's first wheel (later wheels start from the previous one's areas): coach and
 * client rename, add or remove areas for each assessment, so nothing counts on these.
 * Not a credentialing rule, so it lives here rather than in resources/.
 */
export const DEFAULT_WHEEL_AREAS = [
  'Career',
  'Finances',
  'Health',
  'Family & friends',
  'Romance/Significant other',
  'Personal growth',
  'Fun & recreation',
  'Physical environment',
] as const;

export const MIN_WHEEL_AREAS = 2;
export const MAX_WHEEL_AREAS = 12;
export const MAX_AREA_NAME = 40;
export const MAX_SCORE = 10;
export const MAX_ASSESSMENT_NOTE = 5000;

export const assessmentKinds = ['wheel-of-life'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

/** Area names compare without case or surrounding space: "Health" and " health" are the same area. */
export function areaKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase();
}

export const areaScore = z.strictObject({
  area: z
    .string(msg('errors:wheel.areaName'))
    .trim()
    .min(1, msg('errors:wheel.areaName'))
    .max(MAX_AREA_NAME, msg('errors:wheel.areaNameTooLong', { max: MAX_AREA_NAME })),
  score: z
    .number(msg('errors:wheel.score'))
    .int(msg('errors:wheel.scoreWhole'))
    .min(0, msg('errors:wheel.scoreRange'))
    .max(MAX_SCORE, msg('errors:wheel.scoreRange')),
});
export type AreaScore = z.output<typeof areaScore>;

export const wheelScores = z
  .array(areaScore, msg('errors:wheel.score'))
  .min(MIN_WHEEL_AREAS, msg('errors:wheel.tooFewAreas', { min: MIN_WHEEL_AREAS }))
  .max(MAX_WHEEL_AREAS, msg('errors:wheel.tooManyAreas', { max: MAX_WHEEL_AREAS }))
  .superRefine((scores, ctx) => {
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      const key = areaKey(s.area);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'area'], message: msg('errors:wheel.areaTwice') });
      }
      seen.add(key);
    });
  });

export const assessmentInput = z.strictObject({
  clientId: id,
  takenOn: isoDate,
  scores: wheelScores,
  note: optionalText('note', MAX_ASSESSMENT_NOTE).default(''),
});
export type AssessmentInput = z.input<typeof assessmentInput>;

export interface Assessment {
  id: string;
  clientId: string;
  kind: AssessmentKind;
  /** The day the client took it, as they mean it: YYYY-MM-DD. */
  takenOn: string;
  scores: AreaScore[];
  note: string;
  createdAt: string;
}

export const assessmentChannels = {
  assessments: {
    /** A client's assessments, newest first. */
    listForClient: channel<Assessment[]>()(z.strictObject({ clientId: id })),
    create: channel<Assessment>()(assessmentInput),
    remove: channel<null>()(z.strictObject({ id })),
  },
} as const;
