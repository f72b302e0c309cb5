import {
  attendances,
  MAX_SESSION_MINUTES,
  payments,
  type SessionFieldsInput,
  sessionFormats,
} from '../../../electron/shared/sessions';

/**
 * What the crash-test parent and its writer child say to each other over the IPC channel.
 * The data key travels only in `StartMessage` (never argv or env, which process listings show).
 */

/** The engagements the writer logs sessions against: one individual, one group with two attendees. */
export interface WriterEngagements {
  individualId: string;
  groupId: string;
  groupAttendeeIds: string[];
}

export interface StartMessage {
  type: 'start';
  dbPath: string;
  /** The raw 256-bit data key, hex. */
  keyHex: string;
  /** The writer numbers its sessions from here on, so every trial's rows are distinct. */
  firstSeq: number;
  engagements: WriterEngagements;
}

export type ParentMessage = StartMessage;

export type ChildMessage =
  /** The database is open; `migrationSql` proves the bundle loaded each `*.sql?raw` import as text. */
  | { type: 'ready'; migrationSql: { name: string; chars: number; isSql: boolean }[] }
  /** Sent only after createSession returned, i.e. after its transaction committed. */
  | { type: 'committed'; seq: number; id: string };

export const ZONES = ['Europe/Madrid', 'America/Mexico_City', 'Asia/Kolkata', 'UTC'] as const;
export const CURRENCIES = ['EUR', 'USD', 'MXN'] as const;
/** Sessions are spaced a minute apart from here. */
const EPOCH = Date.UTC(2025, 0, 1);

function at<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** Odd numbers go to the group engagement, so their commit writes session and attendee rows together. */
export const isGroupSeq = (seq: number) => seq % 2 === 1;

/**
 * The session the writer logs as number `seq`. Every column is a function of `seq`, and `seq` is
 * stored as the fee, so any row found after a crash can be checked column by column: a row
 * stitched together from two writes, or missing its attendees, cannot pass.
 */
export function fieldsForSeq(seq: number, e: WriterEngagements): SessionFieldsInput {
  const group = isGroupSeq(seq);
  return {
    engagementId: group ? e.groupId : e.individualId,
    startsAt: new Date(EPOCH + seq * 60_000).toISOString(),
    timeZone: at(ZONES, seq),
    durationMinutes: 1 + (seq % MAX_SESSION_MINUTES),
    format: at(sessionFormats, seq),
    attendance: at(attendances, seq),
    payment: at(payments, seq),
    feeMinor: seq,
    currency: at(CURRENCIES, seq),
    attendeeIds: group ? [...e.groupAttendeeIds] : [],
  };
}
