import type { ClientFields } from '../../shared/clients';
import type { EngagementFields, EngagementKind } from '../../shared/engagements';
import type { Theme } from './coaching-text';
import type { Culture } from './content';
import type { Rng } from './prng';
import type { DemoSummary } from './summary';
import type { DemoWords } from './words';
import type { DemoWriter } from './writer';

/**
 * The practice as planned before anything is written, and what every step of one generation
 * shares. Every step draws from the one `rng` in a fixed order: reordering draws changes the
 * practice a seed gives.
 */

export type EngagementStatus = EngagementFields['status'];

export interface PlannedClient {
  culture: Culture;
  given: string;
  latinGiven: string;
  fullName: string;
  fields: ClientFields;
  createdAt: Date;
  archivedAt: Date | null;
  referralIn: DemoWords['referrersIn'][number] | null;
  referralOut: DemoWords['referralsOut'][number] | null;
  engagements: PlannedEngagement[];
  /** Set when written. */
  id: string;
}

export interface PlannedEngagement {
  kind: EngagementKind;
  participants: PlannedClient[];
  status: EngagementStatus;
  theme: Theme;
  template: string;
  weight: number;
  sessions: number;
  intervalDays: number;
  /** The last session's day (ms, UTC midnight). */
  anchor: number;
  hour: number;
  zone: string;
  fields: Omit<EngagementFields, 'participantIds' | 'startDate' | 'endDate' | 'plannedSessions'>;
  /** Set when written. */
  id: string;
}

export interface DemoRun {
  seed: number;
  /** The content stream (ids come from a stream of their own). */
  rng: Rng;
  /** The records' words, in the language the demo is written in. */
  words: DemoWords;
  writer: DemoWriter;
  summary: DemoSummary;
  nowMs: number;
  /** Today's UTC midnight. */
  todayMs: number;
  /** No session before this: two years back. */
  earliest: number;
  trainingStart: string;
}
