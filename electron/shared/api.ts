import type { Area, Contract, Events, InputOf, ResultOf, Verb } from './contract';
import type { Envelope } from './errors';

type Call<A extends Area, V extends Verb<A>> =
  InputOf<A, V> extends undefined
    ? () => Promise<Envelope<ResultOf<A, V>>>
    : (input: InputOf<A, V>) => Promise<Envelope<ResultOf<A, V>>>;

type Subscribe = <E extends keyof Events>(event: E, listener: (payload: Events[E]) => void) => () => void;

/**
 * The shape of `window.coachbook`: one async function per channel, returning an
 * envelope, and `on(event, listener)` for pushes from main, returning an unsubscribe.
 */
export type CoachbookApi = { [A in Area]: { [V in Verb<A>]: Call<A, V> } } & { on: Subscribe };

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
export type Listen = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.coachbook` from the channel names. Used by the real preload and the
 * test harness alike, so both expose exactly the same surface and nothing more.
 * Self-contained on purpose: the harness runs this function's source in the page.
 */
export function buildApi(
  names: readonly string[],
  events: readonly string[],
  invoke: Invoke,
  listen: Listen,
): CoachbookApi {
  const api: Record<string, unknown> = {};
  for (const name of names) {
    const [area, verb] = name.split('.') as [string, string];
    const verbs = (api[area] ?? {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    verbs[verb] = (input?: unknown) => invoke(name, input);
    api[area] = verbs;
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
    return listen(event, listener);
  };
  return api as CoachbookApi;
}

export type { Contract };
