import type { AgreementStatus, SignatureParty } from '../../shared/agreements';
import type { ClientFields } from '../../shared/clients';
import type { EngagementFields } from '../../shared/engagements';
import type { CeEntry, HoursSettings, ManualHoursFields } from '../../shared/hours';
import type { ReceivedSession, SessionFields } from '../../shared/sessions';

/**
 * Where a planned demo record goes. Two implementations write the same records: one through
 * the real services (small practices), one with batched prepared INSERTs into the same tables
 * (large ones). Every call carries `at`, the moment the coach would have done it, so both give
 * the same timestamps.
 */
export interface PlannedAgreement {
  status: AgreementStatus;
  createdAt: Date;
  sentAt: Date | null;
  signatures: { party: SignatureParty; signerName: string; signedOn: string; at: Date }[];
  signedAt: Date | null;
  endedAt: Date | null;
}

export interface PlannedNote {
  template: string;
  sections: { key: string; label: string; text: string }[];
  reflection: string;
}

export interface DemoWriter {
  readonly mode: 'services' | 'bulk';
  client(fields: ClientFields, at: Date): string;
  archiveClient(id: string, at: Date): void;
  referral(
    input: {
      clientId: string;
      direction: 'in' | 'out';
      partyName: string;
      partyRole: string;
      reason: string;
      date: string;
    },
    at: Date,
  ): void;
  engagement(fields: EngagementFields, participantNames: string[], at: Date): string;
  agreement(engagementId: string, plan: PlannedAgreement): void;
  session(fields: SessionFields, draft: { icsUid: string } | null, at: Date): string;
  /** Saves the note at `at`; a non-null `finalisedAt` then finalises it (read-only from then on). */
  note(sessionId: string, note: PlannedNote, at: Date, finalisedAt: Date | null): void;
  addendum(sessionId: string, text: string, at: Date): void;
  goal(
    fields: { engagementId: string; title: string; successMeasure: string; plan: string; status: GoalStatus },
    at: Date,
  ): string;
  goalProgress(
    goalId: string,
    sessionId: string | null,
    note: string,
    percent: number | null,
    at: Date,
  ): void;
  action(
    input: {
      engagementId: string;
      sessionId: string | null;
      text: string;
      owner: 'client' | 'coach';
      dueDate: string | null;
    },
    at: Date,
  ): string;
  actionStatus(id: string, status: 'open' | 'done' | 'dropped', at: Date): void;
  assessment(
    input: { clientId: string; takenOn: string; scores: { area: string; score: number }[]; note: string },
    at: Date,
  ): void;
  received(fields: Omit<ReceivedSession, 'id'>, at: Date): void;
  ce(fields: Omit<CeEntry, 'id'>, at: Date): void;
  manualHours(fields: ManualHoursFields, at: Date): void;
  hoursSettings(settings: HoursSettings): void;
  /** Makes what was written so far durable (bulk: commits the current batch). */
  checkpoint(): void;
  finish(): void;
  /** Undoes what is not yet committed, after a failure. */
  abort(): void;
}

export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';
