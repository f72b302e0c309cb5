import { z } from 'zod';
import { channel, noInput } from './channel';
import { id, timeZone } from './fields';
import { msg } from './messages';
import { instant, MAX_SESSION_MINUTES } from './sessions';

/**
 * Calendar files (.ics): scheduled sessions out to the coach's calendar app, and
 * calendar events in as draft sessions the coach reviews. The file is read in main;
 * the renderer sees a preview and sends back only the events the coach accepted.
 */

/** Events one import may create; a year of weekly sessions for dozens of clients fits. */
export const MAX_IMPORT_EVENTS = 2000;
/** Calendar files larger than this are refused before they are read. */
export const MAX_ICS_BYTES = 5 * 1024 * 1024;

/** RFC 5545 UIDs are free text; printable characters only, and not unbounded. */
const icsUid = z
  .string()
  .min(1, msg('errors:calendar.uidMissing'))
  .max(1000, msg('errors:calendar.uidTooLong'))
  .regex(/^[^\p{Cc}]+$/u, msg('errors:calendar.uidControl'));

export const icsImportEvent = z.strictObject({
  uid: icsUid,
  startsAt: instant,
  /** Null: the event had no end, so the engagement's usual session length is used. */
  minutes: z.number().int().min(1).max(MAX_SESSION_MINUTES).nullable().default(null),
  /** The zone the event was written in; '' means the engagement's usual zone. */
  timeZone: timeZone.default(''),
  engagementId: id,
});
export type IcsImportEvent = z.input<typeof icsImportEvent>;

export const icsImportInput = z.strictObject({
  events: z
    .array(icsImportEvent)
    .min(1, msg('errors:calendar.chooseEvents'))
    .max(MAX_IMPORT_EVENTS, msg('errors:calendar.tooManyEvents', { max: MAX_IMPORT_EVENTS })),
});

export const icsExportInput = z
  .strictObject({ from: instant, to: instant })
  .refine((range) => range.from < range.to, { path: ['to'], message: msg('errors:calendar.endBeforeStart') });

export interface IcsPreviewEvent {
  uid: string;
  /** UTC ISO instant. */
  start: string;
  minutes: number | null;
  /** The IANA zone the event was written in, or null (UTC). */
  timeZone: string | null;
  summary: string;
  /** The engagement it clearly belongs to, or null when none or several fit equally. */
  matchedEngagementId: string | null;
  /** Engagements it could belong to, best first. */
  candidates: string[];
  /** Already in Coachbook (imported before, or exported from here): importing skips it. */
  duplicate: boolean;
}

export interface IcsProblem {
  /** Line of the event in the file; null for a problem with the whole file. */
  line: number | null;
  summary: string;
  start: string | null;
  /** A message reference (electron/shared/messages.ts): the renderer shows it through `messageText`. */
  message: string;
}

export interface IcsPreview {
  fileName: string;
  events: IcsPreviewEvent[];
  /** Events that could not be read, each with the reason. */
  problems: IcsProblem[];
  /** Left out on purpose: all-day events are not sessions; cancelled events did not happen. */
  skipped: { allDay: number; cancelled: number; unmatchedOverLimit: number };
}

export interface IcsImportResult {
  created: number;
  /** Already imported (same event and start): left as they were. */
  skipped: number;
}

export const calendarChannels = {
  calendar: {
    /** Asks where to save; writes the scheduled sessions in the range. Returns the path, or null if cancelled. */
    exportIcs: channel<string | null>()(icsExportInput),
    /** Asks for a .ics file and reads it into a preview. Null if cancelled. */
    previewIcs: channel<IcsPreview | null>()(noInput),
    /** Creates draft sessions for the accepted events, in one transaction. */
    importIcs: channel<IcsImportResult>()(icsImportInput),
  },
} as const;
