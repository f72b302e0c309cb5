import { z } from 'zod';
import { channel, noInput } from './channel';
import { id, isoDate, optionalText, requiredText } from './fields';
import { msg } from './messages';

/** Credential rules are data (resources/credentials/*.json), validated by this schema at load. */
export const credentialRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string(),
  body: z.enum(['ICF', 'EMCC', 'CCE']),
  name: z.string(),
  source: z.string().min(20),
  /** The source in the other languages the app speaks, shown to a coach reading that language. */
  sourceTranslations: z
    .strictObject({ es: z.string().min(20) })
    .partial()
    .default({}),
  prerequisite: z.string().optional(),
  trainingHours: z.number().positive().optional(),
  experience: z
    .strictObject({
      totalHours: z.number().positive(),
      paidHours: z.number().positive().nullable(),
      distinctClients: z.number().int().positive().nullable(),
      recent: z
        .strictObject({ hours: z.number().positive(), months: z.number().int().positive() })
        .nullable(),
      countFromTrainingStart: z.boolean(),
      maxGroupSize: z.number().int().positive().nullable(),
      peerPaidUpToHoursReceived: z.boolean(),
      yearsOfPractice: z.number().positive().optional(),
    })
    .optional(),
  mentorCoaching: z
    .strictObject({
      hours: z.number().positive(),
      minMonths: z.number().int().positive(),
      minIndividualHours: z.number().nonnegative(),
      maxGroupHours: z.number().nonnegative(),
      maxGroupSize: z.number().int().positive(),
    })
    .optional(),
  renewal: z
    .strictObject({
      years: z.number().int().positive(),
      totalUnits: z.number().positive(),
      minCoreUnits: z.number().nonnegative(),
      minEthicsUnits: z.number().nonnegative(),
      maxResourceUnits: z.number().nonnegative(),
      maxMentorOrSupervisionHours: z.number().nonnegative(),
    })
    .optional(),
});
export type CredentialRule = z.infer<typeof credentialRuleSchema>;

/** One line of the hour log: a held session, or a manual/imported entry. Minutes are exact integers. */
export interface HourEntry {
  source: 'session' | 'manual';
  id: string;
  engagementId: string | null;
  /** Local calendar day the hours were coached (a manual entry's start date). */
  date: string;
  endDate: string;
  /** Stable keys of the people coached: each group participant is a distinct client. */
  clientKeys: string[];
  clientLabel: string;
  clientContact: string;
  mayBeListed: boolean;
  mode: 'individual' | 'group';
  groupSize: number;
  paidMinutes: number;
  proBonoMinutes: number;
  /** Reciprocal peer coaching where the coach coached: paid only up to the minutes received as client. */
  peerMinutes: number;
  sponsor: string;
}

export interface Requirement {
  key:
    | 'total'
    | 'paid'
    | 'clients'
    | 'recent'
    | 'years'
    | 'mentor-total'
    | 'mentor-individual'
    | 'mentor-span'
    | 'ce-total'
    | 'ce-core'
    | 'ce-ethics';
  /** English, for reports; the screen words it from `key` (and `months`). */
  label: string;
  /** Hours for hour requirements, counts for clients, years, months, units. */
  required: number;
  achieved: number;
  unit: 'hours' | 'clients' | 'years' | 'months' | 'units';
  met: boolean;
  /** The recency window of a `recent` requirement: "Hours in the last 18 months". */
  months?: number;
}

export interface Exclusion {
  reason: 'before-training' | 'after-application' | 'group-too-large' | 'peer-over-received';
  minutes: number;
  sessions: number;
  /** English, for reports; the screen words it from `reason` and the numbers. */
  message: string;
  /** The largest group that counts, for `group-too-large`: "… in groups over 15". */
  groupLimit?: number;
}

export interface CredentialProgress {
  ruleId: string;
  /** The rule file's version, e.g. "2025-01". */
  version: string;
  name: string;
  body: string;
  source: string;
  sourceTranslations: CredentialRule['sourceTranslations'];
  countedMinutes: number;
  paidMinutes: number;
  proBonoMinutes: number;
  distinctClients: number;
  requirements: Requirement[];
  exclusions: Exclusion[];
  /**
   * e.g. "22.5 more paid hours, 3 more clients", in English for reports. Empty when everything is met.
   * The screen words its own from `requirements`.
   */
  missing: string[];
  met: boolean;
  prerequisite: string | null;
}

export interface HoursSettings {
  targets: string[];
  trainingStartDate: string | null;
  applicationDate: string | null;
  renewalDate: string | null;
}

export const hoursSettingsInput = z.strictObject({
  targets: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(40),
    )
    .max(10, msg('errors:hours.tooManyTargets', { max: 10 })),
  trainingStartDate: isoDate.nullable(),
  applicationDate: isoDate.nullable(),
  renewalDate: isoDate.nullable(),
});

export interface CumulativePoint {
  /** YYYY-MM */
  month: string;
  paidHours: number;
  proBonoHours: number;
}

export interface HoursOverview {
  settings: HoursSettings;
  rules: { id: string; name: string; body: string }[];
  progress: CredentialProgress[];
  totals: {
    minutes: number;
    paidMinutes: number;
    proBonoMinutes: number;
    distinctClients: number;
    entries: number;
  };
  cumulative: CumulativePoint[];
  bySponsor: SponsorHours[];
  mentor: MentorProgress | null;
  renewal: CredentialProgress | null;
}

/**
 * Hours by who paid. `kind` says what the row is: a named sponsor (`sponsor` is its name), no sponsor
 * (the client paid, or pro bono) or hours logged outside Coachbook; for the last two `sponsor` is an
 * English label, for reports, and the screen words its own from `kind`.
 */
export interface SponsorHours {
  kind: 'sponsor' | 'none' | 'manual';
  sponsor: string;
  minutes: number;
}

export interface MentorProgress {
  requirements: Requirement[];
  met: boolean;
  /** English, for reports; the screen words its own from `requirements`. */
  missing: string[];
}

export const manualHoursFields = z
  .strictObject({
    clientName: requiredText('clientName', 200),
    clientContact: optionalText('contactInformation', 300).default(''),
    mode: z.enum(['individual', 'group'], msg('errors:hours.mode')),
    groupSize: z
      .number()
      .int(msg('errors:groups.wholePeople'))
      .min(1, msg('errors:groups.tooSmall'))
      .max(1000, msg('errors:groups.tooLarge', { max: 1000 }))
      .default(1),
    startDate: isoDate,
    endDate: isoDate,
    paidMinutes: z
      .number()
      .int()
      .min(0, msg('errors:hours.negative'))
      .max(1_000_000, msg('errors:hours.tooMany')),
    proBonoMinutes: z
      .number()
      .int()
      .min(0, msg('errors:hours.negative'))
      .max(1_000_000, msg('errors:hours.tooMany')),
    mayBeListed: z.boolean().default(true),
    /** The same person's client record in Coachbook, so they count once as a distinct client. */
    clientId: id.nullable().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.endDate < e.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('errors:date.endBeforeStart') });
    if (e.mode === 'individual' && e.groupSize !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupSize'],
        message: msg('errors:hours.individualGroupSize'),
      });
    }
    if (e.mode === 'group' && e.groupSize < 2) {
      ctx.addIssue({ code: 'custom', path: ['groupSize'], message: msg('errors:groups.tooSmall') });
    }
    if (e.paidMinutes + e.proBonoMinutes === 0) {
      ctx.addIssue({ code: 'custom', path: ['paidMinutes'], message: msg('errors:hours.none') });
    }
  });
export type ManualHoursFields = z.output<typeof manualHoursFields>;
export interface ManualHours extends ManualHoursFields {
  id: string;
  /** The linked client's current name (the entry keeps the name it was logged under). */
  linkedClientName: string | null;
  /**
   * Unlinked entries only: the one client whose name is the same (ignoring case and accents), offered to
   * the coach as "the same person?" so they are not counted twice. Never linked without asking: namesakes.
   */
  suggestedClient: { id: string; fullName: string } | null;
}

export const manualHoursLink = z.strictObject({ id, clientId: id.nullable() });

export const ceFields = z.strictObject({
  provider: requiredText('provider', 200),
  course: requiredText('course', 300),
  date: isoDate,
  units: z
    .number()
    .min(0.1, msg('errors:hours.unitsMin'))
    .max(1000, msg('errors:hours.unitsMax', { max: 1000 }))
    .multipleOf(0.1, msg('errors:hours.unitsDecimals')),
  category: z.enum(['core-competencies', 'resource-development']),
  ethics: z.boolean().default(false),
});
export interface CeEntry extends z.output<typeof ceFields> {
  id: string;
}

export const hoursChannels = {
  hours: {
    overview: channel<HoursOverview>()(noInput),
    log: channel<HourEntry[]>()(noInput),
    settings: channel<HoursSettings>()(noInput),
    saveSettings: channel<HoursSettings>()(hoursSettingsInput),
    manualList: channel<ManualHours[]>()(noInput),
    manualCreate: channel<ManualHours>()(manualHoursFields),
    manualRemove: channel<null>()(z.strictObject({ id })),
    manualLink: channel<ManualHours>()(manualHoursLink),
  },
  ce: {
    list: channel<CeEntry[]>()(noInput),
    create: channel<CeEntry>()(ceFields),
    remove: channel<null>()(z.strictObject({ id })),
  },
} as const;
