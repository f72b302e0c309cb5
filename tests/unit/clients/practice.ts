import type { Db } from '../../../electron/core/db/connection';
import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import { type ClientFieldsInput, clientFields } from '../../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../../electron/shared/engagements';
import { type TempPractice, type TestClock, tempPractice } from '../../integration/helpers/temp-practice';

/** A fresh, unlocked practice on a real encrypted temp database (low scrypt cost), with a fixed clock. */
export interface OpenPractice {
  temp: TempPractice;
  manager: PracticeManager;
  db: Db;
  clock: TestClock;
  cleanup(): void;
}

export function openPractice(): OpenPractice {
  const temp = tempPractice();
  const manager = temp.newManager();
  manager.create({ name: 'Test Coaching', coachName: 'Ana Rivera', passphrase: 'a long test passphrase' });
  return { temp, manager, db: manager.requireDb(), clock: temp.clock, cleanup: () => temp.cleanup() };
}

/** Client fields as the router would hand them to a service (parsed, defaults filled). */
export const clientInput = (fields: ClientFieldsInput) => clientFields.parse(fields);

export const engagementInput = (
  fields: Partial<EngagementFieldsInput> & Pick<EngagementFieldsInput, 'participantIds'>,
) =>
  engagementFields.parse({
    title: 'Coaching',
    kind: 'individual',
    focus: 'whole-person',
    feeArrangement: 'per-session',
    feeMinor: 15000,
    currency: 'USD',
    startDate: '2025-01-06',
    ...fields,
  });

export function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
