import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAgreement,
  editAgreement,
  setAgreementStatus,
  signAgreement,
} from '../../../electron/core/agreements/agreements';
import { listTemplates } from '../../../electron/core/agreements/templates';
import { createClient } from '../../../electron/core/clients/clients';
import { clientOverview, recordWarnings } from '../../../electron/core/clients/overview';
import { addReferral } from '../../../electron/core/clients/referrals';
import { createEngagement } from '../../../electron/core/engagements/engagements';
import { referralInput } from '../../../electron/shared/clients';
import { clientInput, engagementInput, type OpenPractice, openPractice } from './practice';

let p: OpenPractice;
let lan: string;
beforeEach(() => {
  p = openPractice();
  lan = createClient(p.db, p.clock, clientInput({ fullName: 'Nguyễn Thị Lan' })).id;
});
afterEach(() => {
  p.cleanup();
});

function agreementFor(engagementId: string, dates: { startDate: string; endDate: string | null }) {
  const template = listTemplates(p.db)[0];
  if (!template) throw new Error('the default template is missing');
  const draft = createAgreement(p.db, p.clock, { engagementId, templateId: template.id });
  return editAgreement(p.db, p.clock, {
    id: draft.id,
    title: 'Agreement',
    body: 'We agree to coach.',
    ...dates,
  });
}

function sign(id: string) {
  for (const party of ['client', 'coach'] as const) {
    signAgreement(p.db, p.clock, {
      agreementId: id,
      party,
      signerName: 'Signer',
      signedOn: '2025-03-01',
      drawing: null,
    });
  }
  return setAgreementStatus(p.db, p.clock, { id, status: 'signed' });
}

describe('the client overview', () => {
  it('gathers the client, engagements, agreements and referrals in one place', () => {
    const e = createEngagement(
      p.db,
      p.clock,
      engagementInput({ title: 'Growing the studio', participantIds: [lan] }),
    );
    const agreement = agreementFor(e.id, { startDate: '2025-01-06', endDate: null });
    const referral = addReferral(
      p.db,
      p.clock,
      referralInput.parse({ clientId: lan, direction: 'out', partyName: 'Dr. Haddad', date: '2025-02-01' }),
    );
    const overview = clientOverview(p.db, p.clock, lan);
    expect(overview.client.fullName).toBe('Nguyễn Thị Lan');
    expect(overview.engagements.map((x) => x.title)).toEqual(['Growing the studio']);
    expect(overview.agreements.map((x) => ({ id: x.id, status: x.status }))).toEqual([
      { id: agreement.id, status: 'draft' },
    ]);
    expect(overview.referrals).toEqual([referral]);
  });

  it('warns about an active engagement with no signed agreement, until one is signed', () => {
    const active = createEngagement(
      p.db,
      p.clock,
      engagementInput({ title: 'Growing the studio', participantIds: [lan] }),
    );
    createEngagement(
      p.db,
      p.clock,
      engagementInput({ title: 'Later', participantIds: [lan], status: 'planned' }),
    );
    expect(clientOverview(p.db, p.clock, lan).warnings).toEqual([
      {
        kind: 'no-signed-agreement',
        engagementId: active.id,
        engagementTitle: 'Growing the studio',
        sessions: 0,
      },
    ]);
    const agreement = agreementFor(active.id, { startDate: '2025-01-06', endDate: '2026-01-06' });
    expect(clientOverview(p.db, p.clock, lan).warnings.map((w) => w.kind)).toEqual(['no-signed-agreement']);
    sign(agreement.id);
    expect(clientOverview(p.db, p.clock, lan).warnings).toEqual([]);
  });

  it('warns when a signed agreement ends within 30 days', () => {
    const active = createEngagement(
      p.db,
      p.clock,
      engagementInput({ title: 'Growing the studio', participantIds: [lan] }),
    );
    // The test clock is 2025-03-14.
    const agreement = agreementFor(active.id, { startDate: '2025-01-06', endDate: '2025-04-01' });
    sign(agreement.id);
    expect(clientOverview(p.db, p.clock, lan).warnings).toEqual([
      {
        kind: 'agreement-ending',
        engagementId: active.id,
        engagementTitle: 'Growing the studio',
        agreementId: agreement.id,
        endDate: '2025-04-01',
      },
    ]);
    p.clock.set(new Date('2025-02-01T00:00:00Z'));
    expect(clientOverview(p.db, p.clock, lan).warnings).toEqual([]);
  });

  it('recordWarnings ignores engagements that are not active', () => {
    const e = createEngagement(
      p.db,
      p.clock,
      engagementInput({ participantIds: [lan], status: 'completed' }),
    );
    expect(recordWarnings([e], [], new Date('2025-03-14T00:00:00Z'))).toEqual([]);
  });
});

describe('an engagement with sessions but no signed agreement', () => {
  it('is flagged with its session count, whatever its status', async () => {
    const { recordWarnings } = await import('../../../electron/core/clients/overview');
    const engagement = { id: 'e1', title: 'Paused work', status: 'paused' } as never;
    const warnings = recordWarnings([engagement], [], new Date('2025-06-01T12:00:00Z'), new Map([['e1', 3]]));
    expect(warnings).toEqual([
      { kind: 'no-signed-agreement', engagementId: 'e1', engagementTitle: 'Paused work', sessions: 3 },
    ]);
    const signed = [
      {
        id: 'a',
        engagementId: 'e1',
        title: 'A',
        status: 'signed',
        startDate: null,
        endDate: null,
        updatedAt: '',
      },
    ] as never;
    expect(
      recordWarnings([engagement], signed, new Date('2025-06-01T12:00:00Z'), new Map([['e1', 3]])),
    ).toEqual([]);
  });
});
