import type { ClientOverview, RecordWarning } from '../../shared/clients';
import { listAgreementSummaries } from '../agreements/agreements';
import { type Clock, localToday } from '../clock';
import type { Db } from '../db/connection';
import { listEngagementsForClient } from '../engagements/engagements';
import { getClient } from './clients';
import { listReferrals } from './referrals';

/** How close an agreement's end date must be to be flagged. */
export const AGREEMENT_ENDING_DAYS = 30;

export function clientOverview(db: Db, clock: Clock, id: string): ClientOverview {
  const client = getClient(db, id);
  const engagements = listEngagementsForClient(db, id);
  const agreements = listAgreementSummaries(db, { clientId: id });
  return {
    client,
    referrals: listReferrals(db, id),
    engagements,
    agreements,
    warnings: recordWarnings(engagements, agreements, clock.now(), sessionCounts(db, id)),
  };
}

/**
 * Active coaching without a signed agreement, and signed agreements about to end, as data the renderer
 * words in the coach's language. Dates are calendar days (YYYY-MM-DD), so they compare as strings.
 */
export function recordWarnings(
  engagements: ClientOverview['engagements'],
  agreements: ClientOverview['agreements'],
  now: Date,
  sessions: ReadonlyMap<string, number> = new Map(),
): RecordWarning[] {
  const today = localToday({ now: () => now });
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + AGREEMENT_ENDING_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const warnings: RecordWarning[] = [];
  for (const engagement of engagements) {
    const held = sessions.get(engagement.id) ?? 0;
    if (engagement.status !== 'active' && held === 0) continue;
    const own = agreements.filter((a) => a.engagementId === engagement.id);
    if (!own.some((a) => a.status === 'signed' || a.status === 'ended')) {
      warnings.push({
        kind: 'no-signed-agreement',
        engagementId: engagement.id,
        engagementTitle: engagement.title,
        sessions: held,
      });
    }
    for (const agreement of own) {
      if (
        agreement.status === 'signed' &&
        agreement.endDate &&
        agreement.endDate >= today &&
        agreement.endDate <= horizon
      ) {
        warnings.push({
          kind: 'agreement-ending',
          engagementId: engagement.id,
          engagementTitle: engagement.title,
          agreementId: agreement.id,
          endDate: agreement.endDate,
        });
      }
    }
  }
  return warnings;
}

/** Sessions logged (not imported drafts) per engagement of this client. */
function sessionCounts(db: Db, clientId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT s.engagement_id AS id, count(*) AS n FROM session s
       JOIN engagement_participant p ON p.engagement_id = s.engagement_id
       WHERE p.client_id = ? AND s.is_draft = 0 GROUP BY s.engagement_id`,
    )
    .all(clientId) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}
