import type { Language } from '../../shared/preferences';
import { createAgreement, setAgreementStatus, signAgreement } from '../agreements/agreements';
import { createAssessment } from '../assessments/assessments';
import { archiveClient, createClient } from '../clients/clients';
import { addReferral } from '../clients/referrals';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { createEngagement } from '../engagements/engagements';
import { createCe, createManualHours, saveHoursSettings } from '../hours/service';
import { createAction, setActionStatus } from '../sessions/actions';
import { addGoalProgress, createGoal } from '../sessions/goals';
import { addAddendum, finaliseNote, saveNote } from '../sessions/notes';
import { createReceived } from '../sessions/received';
import { createSession } from '../sessions/sessions';
import type { DemoWriter } from './writer';

/** A clock the generator moves to the moment each record would have been written. */
export class MovableClock implements Clock {
  private at = new Date(0);
  set(at: Date): this {
    this.at = at;
    return this;
  }
  now(): Date {
    return new Date(this.at.getTime());
  }
}

/**
 * Writes the demo through the real services, exactly as the app would: validation, read-backs,
 * status rules (an agreement can only be marked signed once everyone has signed) and all.
 */
export function servicesWriter(db: Db, templateId: string, language: Language = 'en'): DemoWriter {
  const clock = new MovableClock();
  const t = (at: Date) => clock.set(at);
  return {
    mode: 'services',
    client: (fields, at) => createClient(db, t(at), fields).id,
    archiveClient: (id, at) => {
      archiveClient(db, t(at), id);
    },
    referral: (input, at) => {
      addReferral(db, t(at), input);
    },
    engagement: (fields, _names, at) => createEngagement(db, t(at), fields).id,
    agreement: (engagementId, plan) => {
      const { id } = createAgreement(db, t(plan.createdAt), { engagementId, templateId }, language);
      if (plan.sentAt) setAgreementStatus(db, t(plan.sentAt), { id, status: 'sent' });
      for (const s of plan.signatures) {
        signAgreement(db, t(s.at), {
          agreementId: id,
          party: s.party,
          signerName: s.signerName,
          signedOn: s.signedOn,
          drawing: null,
        });
      }
      if (plan.signedAt) setAgreementStatus(db, t(plan.signedAt), { id, status: 'signed' });
      if (plan.endedAt) setAgreementStatus(db, t(plan.endedAt), { id, status: 'ended' });
    },
    session: (fields, draft, at) =>
      createSession(db, t(at), fields, draft ? { draft: true, icsUid: draft.icsUid } : {}).id,
    note: (sessionId, note, at, finalisedAt) => {
      saveNote(db, t(at), { sessionId, ...note });
      if (finalisedAt) finaliseNote(db, t(finalisedAt), sessionId);
    },
    addendum: (sessionId, text, at) => {
      addAddendum(db, t(at), sessionId, text);
    },
    goal: (fields, at) => createGoal(db, t(at), fields).id,
    goalProgress: (goalId, sessionId, note, percent, at) => {
      addGoalProgress(db, t(at), { goalId, sessionId, note, percent });
    },
    action: (input, at) => createAction(db, t(at), input).id,
    actionStatus: (id, status, at) => {
      setActionStatus(db, t(at), id, status);
    },
    assessment: (input, at) => {
      createAssessment(db, t(at), input);
    },
    received: (fields, at) => {
      createReceived(db, t(at), fields);
    },
    ce: (fields, at) => {
      createCe(db, t(at), fields);
    },
    manualHours: (fields, at) => {
      createManualHours(db, t(at), fields);
    },
    hoursSettings: (settings) => {
      saveHoursSettings(db, settings);
    },
    // The generator runs the whole services pass in one transaction: nothing to do here.
    checkpoint: () => {},
    finish: () => {},
    abort: () => {},
  };
}
