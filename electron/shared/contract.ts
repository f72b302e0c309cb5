import { z } from 'zod';
import type { PracticeProfile, PracticeStatus } from './practice';

/**
 * The one list of IPC channels. Each entry pairs the input schema (checked in the
 * main process before any service runs) with the result type (a phantom, for the
 * compiler only). Main, preload, renderer and the test harness all read this.
 */
const channel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

const noInput = z.undefined();

/** Passphrases protect client confidences: long beats clever, so length is the rule. */
export const MIN_PASSPHRASE_LENGTH = 10;

const passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  .max(1024, 'That passphrase is too long (1,024 characters at most).');

const label = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);

export const contract = {
  practice: {
    status: channel<PracticeStatus>()(noInput),
    create: channel<PracticeStatus>()(
      z.strictObject({
        name: label('a practice name', 120),
        coachName: label('your name', 120),
        passphrase,
      }),
    ),
    unlock: channel<PracticeStatus>()(
      z.strictObject({ passphrase: z.string().min(1, 'Enter your passphrase.').max(1024) }),
    ),
    lock: channel<PracticeStatus>()(noInput),
    select: channel<PracticeStatus>()(z.strictObject({ path: z.string().min(1).max(4096) })),
    /** Asks the user (via a file dialog) for a practice file kept elsewhere and selects it. */
    openOther: channel<PracticeStatus>()(noInput),
    profile: channel<PracticeProfile>()(noInput),
  },
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
