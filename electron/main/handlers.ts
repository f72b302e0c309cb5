import { agreementHandlers } from '../core/agreements/handlers';
import { assessmentHandlers } from '../core/assessments/handlers';
import { calendarHandlers } from '../core/calendar/handlers';
import { clientHandlers } from '../core/clients/handlers';
import { engagementHandlers } from '../core/engagements/handlers';
import { hourImportHandlers } from '../core/hour-import/handlers';
import { hoursHandlers } from '../core/hours/handlers';
import { practiceHandlers } from '../core/practice/handlers';
import { reportHandlers } from '../core/reports/handlers';
import type { ServiceContext } from '../core/services';
import { sessionHandlers } from '../core/sessions/handlers';
import type { Handlers } from '../shared/contract';

/** Wires each contract channel to its service. Adding a channel without a handler fails typecheck. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...practiceHandlers(ctx),
    ...clientHandlers(ctx),
    ...engagementHandlers(ctx),
    ...agreementHandlers(ctx),
    ...sessionHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...calendarHandlers(ctx),
    ...hoursHandlers(ctx),
    ...reportHandlers(ctx),
    ...hourImportHandlers(ctx),
  };
}
