import { agreementHandlers } from '../core/agreements/handlers';
import { clientHandlers } from '../core/clients/handlers';
import { engagementHandlers } from '../core/engagements/handlers';
import type { ServiceContext } from '../core/services';
import type { Handlers } from '../shared/contract';

/** Wires each contract channel to its service. Adding a channel without a handler fails typecheck. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const { practices } = ctx;
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
    ...clientHandlers(ctx),
    ...engagementHandlers(ctx),
    ...agreementHandlers(ctx),
  };
}
