import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import { createHandlers } from '../../../electron/main/handlers';
import { createRouter } from '../../../electron/main/router';
import type { Area, InputOf, ResultOf, Verb } from '../../../electron/shared/contract';
import type { AppErrorShape } from '../../../electron/shared/errors';
import type { TempPractice } from './temp-practice';

/** The trusted frame the router accepts in these tests. */
export const FRAME = 'app://coachbook/index.html';

/**
 * The real router and handlers over a temporary practice: `call` returns the value (and
 * throws the message on refusal), `refused` returns the error shape (and throws on success).
 */
export function routerFor(temp: TempPractice, practices: PracticeManager) {
  const dispatch = createRouter({
    handlers: createHandlers({ practices, clock: temp.clock, dialogs: temp.dialogs, fontsDir: temp.root }),
    isTrustedSender: (url) => url === FRAME,
    logUnexpected: (channel, error) => {
      throw new Error(`unexpected error on ${channel}: ${String(error)}`);
    },
  });
  return {
    dispatch,
    async call<A extends Area, V extends Verb<A>>(
      area: A,
      verb: V,
      input: InputOf<A, V>,
    ): Promise<ResultOf<A, V>> {
      const envelope = await dispatch(`${area}.${verb}`, input, FRAME);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as ResultOf<A, V>;
    },
    async refused(area: string, verb: string, input: unknown): Promise<AppErrorShape> {
      const envelope = await dispatch(`${area}.${verb}`, input, FRAME);
      if (envelope.ok) throw new Error(`${area}.${verb} should have been refused`);
      return envelope.error;
    },
  };
}
