import { type ActivityKind, activityFor, recordActivity } from '../core/activity/activity';
import { agreementHandlers } from '../core/agreements/handlers';
import { assessmentHandlers } from '../core/assessments/handlers';
import { backupHandlers } from '../core/backup/handlers';
import { autoBackupIfDue } from '../core/backup/service';
import { calendarHandlers } from '../core/calendar/handlers';
import { clientHandlers } from '../core/clients/handlers';
import { coachHandlers } from '../core/coach/handlers';
import { engagementHandlers } from '../core/engagements/handlers';
import { hourImportHandlers } from '../core/hour-import/handlers';
import { hoursHandlers } from '../core/hours/handlers';
import { practiceHandlers } from '../core/practice/handlers';
import { preferencesHandlers } from '../core/preferences';
import { reportHandlers } from '../core/reports/handlers';
import type { ServiceContext } from '../core/services';
import { sessionHandlers } from '../core/sessions/handlers';
import type { Handlers } from '../shared/contract';

/** Wires each contract channel to its service. Adding a channel without a handler fails typecheck. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return withActivityLog(ctx, {
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
    ...backupHandlers(ctx),
    ...preferencesHandlers(ctx),
    ...coachHandlers(ctx),
  });
}

/**
 * Significant events go to the practice's append-only activity log (see activityFor),
 * and the first unlock of a day makes the automatic backup. Neither may fail the call.
 */
function withActivityLog(ctx: ServiceContext, handlers: Handlers): Handlers {
  const wrapped: Record<string, Record<string, (input: never) => unknown>> = {};
  for (const [area, verbs] of Object.entries(handlers) as [
    string,
    Record<string, (input: never) => unknown>,
  ][]) {
    wrapped[area] = {};
    for (const [verb, handler] of Object.entries(verbs)) {
      const channel = `${area}.${verb}`;
      wrapped[area][verb] = async (input: never) => {
        const result = await handler(input);
        const event = activityFor(channel, result);
        if (event) note(ctx, event.kind, event.detail);
        if (event?.kind === 'practice-unlocked') {
          try {
            if (autoBackupIfDue(ctx.practices, ctx.clock)) note(ctx, 'backup-written', 'automatic');
          } catch {
            // A missing backup drive must not stop the coach from working; Settings shows the last backup.
          }
        }
        return result;
      };
    }
  }
  return wrapped as unknown as Handlers;
}

function note(ctx: ServiceContext, kind: ActivityKind, detail: string): void {
  try {
    recordActivity(ctx.practices.requireDb(), ctx.clock, kind, detail);
  } catch {
    // Locked (e.g. a backup restore re-opened nothing): the event has no practice to go to.
  }
}
