import { z } from 'zod';
import {
  type Agreement,
  type AgreementTemplate,
  agreementEdit,
  agreementStatusInput,
  createAgreementInput,
  signatureInput,
  templateFields,
} from './agreements';
import { assessmentChannels } from './assessments';
import { backupChannels } from './backups';
import { calendarChannels } from './calendar';
import { channel, noInput } from './channel';
import {
  type AgreementSummary,
  type Client,
  type ClientList,
  type ClientOverview,
  clientFields,
  clientListQuery,
  type ErasurePreview,
  type Referral,
  referralInput,
  type TagCount,
} from './clients';
import { type Engagement, engagementFields } from './engagements';
import { id, requiredText } from './fields';
import { hourImportChannels } from './hour-import';
import { hoursChannels } from './hours';
import { msg } from './messages';
import type { Onboarding, PracticeProfile, PracticeStatus } from './practice';
import { preferencesChannels } from './preferences';
import { coachChannels } from './profile';
import { reportChannels } from './reports';
import { sessionChannels } from './sessions';

/**
 * The one list of IPC channels, by area. Main, preload, renderer and the test harness
 * all read this; areas with many channels keep them in their own file.
 */
/** Passphrases protect client confidences: long beats clever, so length is the rule. */
export const MIN_PASSPHRASE_LENGTH = 10;

const passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, msg('errors:passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH }))
  .max(1024, msg('errors:passphrase.tooLong'));

export const contract = {
  practice: {
    status: channel<PracticeStatus>()(noInput),
    create: channel<PracticeStatus>()(
      z.strictObject({
        name: requiredText('practiceName', 120),
        coachName: requiredText('yourName', 120),
        passphrase,
      }),
    ),
    unlock: channel<PracticeStatus>()(
      z.strictObject({ passphrase: z.string().min(1, msg('errors:passphrase.enter')).max(1024) }),
    ),
    lock: channel<PracticeStatus>()(noInput),
    select: channel<PracticeStatus>()(z.strictObject({ path: z.string().min(1).max(4096) })),
    /** Asks the user (via a file dialog) for a practice file kept elsewhere and selects it. */
    openOther: channel<PracticeStatus>()(noInput),
    profile: channel<PracticeProfile>()(noInput),
    /** Opens the demo practice (a separate file of fictional records), making it on first use. */
    openDemo: channel<PracticeStatus>()(noInput),
    /** Creates (or replaces) the recovery key and returns it once, to be written down or saved as PDF. */
    createRecoveryKey: channel<{ recoveryKey: string }>()(noInput),
    saveRecoveryKeyPdf: channel<string | null>()(
      z.strictObject({ recoveryKey: z.string().min(20).max(100) }),
    ),
    changePassphrase: channel<PracticeStatus>()(
      z.strictObject({
        current: z.string().min(1, msg('errors:passphrase.enterCurrent')).max(1024),
        next: passphrase,
      }),
    ),
    unlockWithRecoveryKey: channel<PracticeStatus>()(
      z.strictObject({
        recoveryKey: z.string().min(1, msg('errors:recoveryKey.enter')).max(200),
        newPassphrase: passphrase,
      }),
    ),
    setRemembered: channel<PracticeStatus>()(z.strictObject({ remember: z.boolean() })),
    unlockRemembered: channel<PracticeStatus>()(noInput),
    /** The guided start: which first steps are done, and whether the coach put it away. */
    onboarding: channel<Onboarding>()(noInput),
    dismissOnboarding: channel<Onboarding>()(noInput),
  },
  clients: {
    list: channel<ClientList>()(clientListQuery),
    get: channel<Client>()(z.strictObject({ id })),
    /** Everything about one client for the client page. */
    overview: channel<ClientOverview>()(z.strictObject({ id })),
    create: channel<Client>()(clientFields),
    update: channel<Client>()(z.strictObject({ id, fields: clientFields })),
    archive: channel<Client>()(z.strictObject({ id })),
    restore: channel<Client>()(z.strictObject({ id })),
    tags: channel<TagCount[]>()(noInput),
    erasePreview: channel<ErasurePreview>()(z.strictObject({ id })),
    /** Permanent. The coach retypes the client's name to confirm. */
    erase: channel<null>()(
      z.strictObject({
        id,
        confirmName: z.string().max(200),
        /** Keep the erased client's held hours as anonymised manual log lines (credential audits). */
        keepHours: z.boolean().default(false),
      }),
    ),
    /** Everything about one client, on request: asks where to save the PDF; the JSON goes beside it. */
    export: channel<string | null>()(z.strictObject({ id })),
  },
  referrals: {
    add: channel<Referral>()(referralInput),
    remove: channel<null>()(z.strictObject({ id })),
  },
  engagements: {
    list: channel<Engagement[]>()(noInput),
    get: channel<Engagement>()(z.strictObject({ id })),
    create: channel<Engagement>()(engagementFields),
    update: channel<Engagement>()(z.strictObject({ id, fields: engagementFields })),
  },
  templates: {
    list: channel<AgreementTemplate[]>()(noInput),
    create: channel<AgreementTemplate>()(templateFields),
    update: channel<AgreementTemplate>()(z.strictObject({ id, fields: templateFields })),
    remove: channel<null>()(z.strictObject({ id })),
    /** The merge fields a template may use, e.g. "client.name". */
    fields: channel<readonly string[]>()(noInput),
  },
  agreements: {
    list: channel<AgreementSummary[]>()(noInput),
    get: channel<Agreement>()(z.strictObject({ id })),
    create: channel<Agreement>()(createAgreementInput),
    edit: channel<Agreement>()(agreementEdit),
    setStatus: channel<Agreement>()(agreementStatusInput),
    sign: channel<Agreement>()(signatureInput),
    remove: channel<null>()(z.strictObject({ id })),
    /** Asks for a scanned signed copy (file dialog) and stores it inside the practice file. */
    attach: channel<Agreement | null>()(z.strictObject({ id })),
    /** Asks where to save a copy of an attachment; returns the path or null if cancelled. */
    saveAttachment: channel<string | null>()(z.strictObject({ attachmentId: id })),
    removeAttachment: channel<Agreement>()(z.strictObject({ agreementId: id, attachmentId: id })),
    /** Asks where to save, writes the PDF; returns the path or null if cancelled. */
    exportPdf: channel<string | null>()(z.strictObject({ id })),
  },
  ...sessionChannels,
  ...assessmentChannels,
  ...calendarChannels,
  ...hoursChannels,
  ...backupChannels,
  ...reportChannels,
  ...hourImportChannels,
  preferences: preferencesChannels,
  coach: coachChannels,
} as const;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type Verb<A extends Area> = keyof Contract[A] & string;

type ChannelDef = { input: z.ZodType; result: unknown };
type ChannelOf<A extends Area, V extends Verb<A>> = Contract[A][V] extends ChannelDef
  ? Contract[A][V]
  : never;

export type InputOf<A extends Area, V extends Verb<A>> = z.input<ChannelOf<A, V>['input']>;
export type ParsedInputOf<A extends Area, V extends Verb<A>> = z.output<ChannelOf<A, V>['input']>;
export type ResultOf<A extends Area, V extends Verb<A>> = ChannelOf<A, V>['result'];

/** One function per channel; the router has already validated its input. */
export type Handlers = {
  [A in Area]: {
    [V in Verb<A>]: (input: ParsedInputOf<A, V>) => ResultOf<A, V> | Promise<ResultOf<A, V>>;
  };
};

/** Events the main process pushes to the renderer, with their payloads. */
export interface Events {
  'practice.changed': PracticeStatus;
}
export const eventNames = ['practice.changed'] as const satisfies readonly (keyof Events)[];

/** Every channel name, `area.verb`, in contract order. */
export const channelNames: string[] = Object.entries(contract).flatMap(([area, verbs]) =>
  Object.keys(verbs).map((verb) => `${area}.${verb}`),
);

export function channelDef(name: string): ChannelDef | undefined {
  const [area, verb, ...rest] = name.split('.');
  if (!area || !verb || rest.length > 0 || !Object.hasOwn(contract, area)) return undefined;
  const verbs = contract[area as Area] as Record<string, ChannelDef>;
  return Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
}
