import type { PracticeManager } from '../core/practice/practice-manager';
import type { Handlers } from './router';

/** Wires each contract channel to its service. Adding a channel without a handler fails typecheck. */
export function createHandlers(practices: PracticeManager): Handlers {
  return {
    practice: {
      status: () => practices.status(),
      create: (input) => practices.create(input),
      unlock: (input) => practices.unlock(input),
      lock: () => practices.lock(),
      select: (input) => practices.select(input),
      openOther: () => practices.openOther(),
      profile: () => practices.profile(),
    },
  };
}
