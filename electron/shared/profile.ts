import { z } from 'zod';
import { channel, noInput } from './channel';
import { feeArrangements } from './engagements';
import { currency, optionalText, pngDataUrl, requiredText } from './fields';
import { msg } from './messages';

/** Who the coach is on exported documents: name, credentials and signature. Per practice. */
export const credentialBodies = ['ICF', 'EMCC', 'CCE', 'AC', 'other'] as const;

export const heldCredential = z.strictObject({
  body: z.enum(credentialBodies, msg('errors:profile.credentialBody')),
  /** As the body writes it: 'PCC', 'Senior Practitioner', 'BCC'. */
  credential: requiredText('credential', 80),
  memberNumber: optionalText('memberNumber', 40),
});

export const coachProfile = z.strictObject({
  /** The practice's coach name (one source: the practice record). */
  name: requiredText('yourName', 120),
  credentials: z.array(heldCredential).max(10, msg('errors:profile.tooManyCredentials', { max: 10 })),
  email: optionalText('emailAddress', 200).refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    msg('errors:contact.emailFormatOrEmpty'),
  ),
  /** Printed beside the attestation on hour reports and on agreements the coach signs. */
  signature: pngDataUrl.nullable(),
});

export type HeldCredential = z.infer<typeof heldCredential>;
export type CoachProfile = z.infer<typeof coachProfile>;

/** What a new engagement and a new note start with. */
export const practiceDefaults = z.strictObject({
  currency,
  sessionMinutes: z
    .number()
    .int(msg('errors:sessions.wholeMinutes'))
    .min(5, msg('errors:profile.sessionMin'))
    .max(600, msg('errors:profile.sessionMax')),
  feeArrangement: z.enum(feeArrangements, msg('errors:fees.arrangement')),
  /** A built-in or custom note template id. */
  noteTemplateId: z.string().min(1).max(80),
});

export type PracticeDefaults = z.infer<typeof practiceDefaults>;

export const DEFAULT_PRACTICE_DEFAULTS: PracticeDefaults = {
  currency: 'USD',
  sessionMinutes: 60,
  feeArrangement: 'per-session',
  noteTemplateId: 'grow',
};

export const coachChannels = {
  profile: channel<CoachProfile>()(noInput),
  saveProfile: channel<CoachProfile>()(coachProfile),
  defaults: channel<PracticeDefaults>()(noInput),
  saveDefaults: channel<PracticeDefaults>()(practiceDefaults),
};
