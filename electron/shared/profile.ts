import { z } from 'zod';
import { channel, noInput } from './channel';
import { feeArrangements } from './engagements';
import { currency, optionalText, pngDataUrl, requiredText } from './fields';

/** Who the coach is on exported documents: name, credentials and signature. Per practice. */
export const credentialBodies = ['ICF', 'EMCC', 'CCE', 'AC', 'other'] as const;

export const heldCredential = z.strictObject({
  body: z.enum(credentialBodies, 'Choose the credentialing body.'),
  /** As the body writes it: 'PCC', 'Senior Practitioner', 'BCC'. */
  credential: requiredText('the credential', 80),
  memberNumber: optionalText('the member number', 40),
});

export const coachProfile = z.strictObject({
  /** The practice's coach name (one source: the practice record). */
  name: requiredText('your name', 120),
  credentials: z.array(heldCredential).max(10, 'List at most 10 credentials.'),
  email: optionalText('the email address', 200).refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    'Enter an email address like name@example.com, or leave it empty.',
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
    .int('Use whole minutes.')
    .min(5, 'A session is at least 5 minutes.')
    .max(600, 'A session is at most 600 minutes.'),
  feeArrangement: z.enum(feeArrangements, 'Choose a fee arrangement.'),
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
