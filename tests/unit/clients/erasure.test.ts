import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgreement } from '../../../electron/core/agreements/agreements';
import { listTemplates } from '../../../electron/core/agreements/templates';
import { createClient, listClients } from '../../../electron/core/clients/clients';
import { eraseClient, erasurePreview } from '../../../electron/core/clients/erasure';
import { addReferral } from '../../../electron/core/clients/referrals';
import { createEngagement, getEngagement } from '../../../electron/core/engagements/engagements';
import { insertManualHours } from '../../../electron/core/hours/service';
import { referralInput } from '../../../electron/shared/clients';
import { clientInput, count, engagementInput, type OpenPractice, openPractice } from './practice';

let p: OpenPractice;
let tomas: string;
let grace: string;
let solo: string;
let group: string;

beforeEach(() => {
  p = openPractice();
  tomas = createClient(
    p.db,
    p.clock,
    clientInput({
      fullName: 'Tomás Ó Briain',
      email: 'tomas@example.ie',
      tags: ['career'],
      privateNotes: 'Sails.',
    }),
  ).id;
  grace = createClient(p.db, p.clock, clientInput({ fullName: 'Grace Thompson', tags: ['career'] })).id;
  solo = createEngagement(
    p.db,
    p.clock,
    engagementInput({ title: 'Career change', participantIds: [tomas] }),
  ).id;
  group = createEngagement(
    p.db,
    p.clock,
    engagementInput({ title: 'Peer circle', kind: 'group', participantIds: [tomas, grace] }),
  ).id;
  addReferral(
    p.db,
    p.clock,
    referralInput.parse({ clientId: tomas, direction: 'in', partyName: 'Dr. Byrne', date: '2025-01-01' }),
  );
  const template = listTemplates(p.db)[0];
  if (!template) throw new Error('the default template is missing');
  createAgreement(p.db, p.clock, { engagementId: solo, templateId: template.id });
  createAgreement(p.db, p.clock, { engagementId: group, templateId: template.id });
});
afterEach(() => {
  p.cleanup();
});

describe('erasing a client', () => {
  it('previews what would go', () => {
    // A line from an earlier log linked to him: counted (its hours are kept or erased with his).
    insertManualHours(p.db, p.clock, {
      clientName: 'Tomas O Briain',
      clientContact: '',
      mode: 'individual',
      groupSize: 1,
      startDate: '2024-01-08',
      endDate: '2024-03-25',
      paidMinutes: 240,
      proBonoMinutes: 0,
      mayBeListed: false,
      clientId: tomas,
    });
    expect(erasurePreview(p.db, tomas)).toEqual({
      clientId: tomas,
      fullName: 'Tomás Ó Briain',
      engagements: 1,
      groupEngagementsLeft: 1,
      referrals: 1,
      agreements: 1,
      sessions: 0,
      assessments: 0,
      manualHourEntries: 1,
    });
  });

  it('removes the client, their solo engagement and its agreement, and their referrals; the group goes on', () => {
    eraseClient(p.db, tomas, 'Tomás Ó Briain');
    expect(count(p.db, 'client')).toBe(1);
    expect(count(p.db, 'referral')).toBe(0);
    expect(() => getEngagement(p.db, solo)).toThrowError(expect.objectContaining({ code: 'not_found' }));
    const remaining = getEngagement(p.db, group);
    expect(remaining.participants).toEqual([{ id: grace, fullName: 'Grace Thompson' }]);
    expect(p.db.prepare('SELECT engagement_id FROM agreement').pluck().all()).toEqual([group]);
    expect(p.db.prepare('SELECT client_id FROM client_tag').pluck().all()).toEqual([grace]);
    expect(listClients(p.db, { search: 'tomas', status: 'all' }).total).toBe(0);
    expect(JSON.stringify(p.db.prepare('SELECT * FROM client').all())).not.toMatch(/tom[aá]s|Sails/i);
  });

  it('accepts the name typed without accents, since that is how many keyboards type it', () => {
    eraseClient(p.db, tomas, '  tomas o briain ');
    expect(count(p.db, 'client')).toBe(1);
  });

  it('refuses the wrong name and deletes nothing', () => {
    const before = [
      'client',
      'client_tag',
      'engagement',
      'engagement_participant',
      'referral',
      'agreement',
    ].map((table) => count(p.db, table));
    expect(() => eraseClient(p.db, tomas, 'Tomás')).toThrowError(
      expect.objectContaining({ code: 'validation', field: 'confirmName' }),
    );
    expect(() => eraseClient(p.db, tomas, 'Grace Thompson')).toThrowError(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(
      ['client', 'client_tag', 'engagement', 'engagement_participant', 'referral', 'agreement'].map((table) =>
        count(p.db, table),
      ),
    ).toEqual(before);
    expect(listClients(p.db, { search: 'tomas' }).total).toBe(1);
  });
});
