import { getAgreement } from '../agreements/agreements';
import type { Db } from '../db/connection';
import { listEngagementsForClient } from '../engagements/engagements';
import { listActionsForEngagement } from '../sessions/actions';
import { listGoals } from '../sessions/goals';
import { getNote } from '../sessions/notes';
import { listSessions } from '../sessions/sessions';
import { getClient } from './clients';
import { listReferrals } from './referrals';

/**
 * Everything Coachbook holds about one client, for a request to see their data: the
 * record, engagements, agreements (text and signatures), sessions with notes and
 * addenda, goals, commitments, referrals and assessments. The coach's private
 * reflections are included: they are part of the record the client may ask to see.
 */
export function clientRecord(db: Db, id: string, exportedAt: Date) {
  const client = getClient(db, id);
  const engagements = listEngagementsForClient(db, id);
  const agreementIds = db
    .prepare(
      `SELECT a.id FROM agreement a JOIN engagement_participant p ON p.engagement_id = a.engagement_id
       WHERE p.client_id = ? ORDER BY a.created_at`,
    )
    .pluck()
    .all(id) as string[];
  const sessions = listSessions(db, { clientId: id, order: 'oldest', limit: 1000 }).rows.filter(
    (s) => s.attendeeIds.length === 0 || s.attendeeIds.includes(id),
  );
  const assessments = (
    db
      .prepare(
        'SELECT taken_on AS takenOn, scores, note FROM assessment WHERE client_id = ? ORDER BY taken_on',
      )
      .all(id) as { takenOn: string; scores: string; note: string }[]
  ).map((a) => ({ ...a, scores: JSON.parse(a.scores) as { area: string; score: number }[] }));
  return {
    format: 'coachbook-client-record',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    client,
    referrals: listReferrals(db, id),
    engagements: engagements.map((e) => ({
      ...e,
      goals: listGoals(db, e.id),
      commitments: listActionsForEngagement(db, e.id),
    })),
    agreements: agreementIds.map((agreementId) => {
      const { attachments, ...agreement } = getAgreement(db, agreementId);
      return {
        ...agreement,
        attachments: attachments.map((a) => ({ fileName: a.fileName, addedAt: a.addedAt })),
      };
    }),
    sessions: sessions.map((s) => {
      const note = getNote(db, s.id);
      return {
        ...s,
        note:
          note.updatedAt === null
            ? null
            : {
                template: note.template,
                sections: note.sections,
                reflection: note.reflection,
                finalisedAt: note.finalisedAt,
                addenda: note.addenda,
              },
      };
    }),
    assessments,
  };
}

export type ClientRecord = ReturnType<typeof clientRecord>;
