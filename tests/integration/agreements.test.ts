import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAgreement,
  editAgreement,
  getAgreement,
  removeAgreement,
  setAgreementStatus,
  signAgreement,
} from '../../electron/core/agreements/agreements';
import {
  addAttachment,
  saveAttachmentCopy,
  sniffMediaType,
} from '../../electron/core/agreements/attachments';
import { mergeTemplate } from '../../electron/core/agreements/merge';
import { createTemplate, listTemplates, removeTemplate } from '../../electron/core/agreements/templates';
import { createClient } from '../../electron/core/clients/clients';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { AppError } from '../../electron/shared/errors';
import { thrownText } from '../helpers/english';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

let temp: TempPractice;
let db: Db;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

beforeEach(() => {
  temp = tempPractice();
  const practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  db = practices.requireDb();
});
afterEach(() => temp.cleanup());

function engagementFor(names: string[], extra: Partial<Parameters<typeof engagementFields.parse>[0]> = {}) {
  const ids = names.map((fullName) => createClient(db, temp.clock, clientFields.parse({ fullName })).id);
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: names.length > 1 ? 'Leaders circle' : 'Career transition',
      kind: names.length > 1 ? 'group' : 'individual',
      participantIds: ids,
      focus: 'specific-purpose',
      focusDescription: 'Moving into a first leadership role.',
      feeArrangement: 'per-session',
      feeMinor: 15000,
      currency: 'EUR',
      startDate: '2025-03-01',
      endDate: '2025-08-31',
      plannedSessions: 12,
      frequency: 'fortnightly',
      ...extra,
    }),
  );
}

function defaultTemplateId(): string {
  const template = listTemplates(db).find((t) => t.isDefault);
  if (!template) throw new Error('no default template');
  return template.id;
}

describe('agreement templates', () => {
  it('gives every new practice the default coaching agreement with the not-therapy clause', () => {
    const [template] = listTemplates(db);
    expect(template?.isDefault).toBe(true);
    expect(template?.body).toContain('Coaching is not therapy');
    expect(template?.body).toContain('Confidentiality and its limits');
  });

  it('merges known fields and reports unknown ones', () => {
    expect(mergeTemplate('Hello {{ client.name }}, {{nope.field}}', { 'client.name': 'Zoë' })).toEqual({
      text: 'Hello Zoë, {{nope.field}}',
      missing: ['nope.field'],
    });
    // Prototype keys are not values.
    expect(mergeTemplate('{{constructor}}', {}).missing).toEqual(['constructor']);
  });

  it('keeps at least one template', () => {
    const only = defaultTemplateId();
    expect(() => removeTemplate(db, only)).toThrow(AppError);
    const extra = createTemplate(db, temp.clock, { name: 'Short', body: '# Short agreement\n' });
    removeTemplate(db, only);
    expect(listTemplates(db).map((t) => t.id)).toEqual([extra.id]);
  });
});

describe('an agreement for an engagement', () => {
  it('is created from the template with the engagement merged in', () => {
    const engagement = engagementFor(['Nguyễn Thị Lan']);
    const agreement = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    expect(agreement.status).toBe('draft');
    expect(agreement.title).toBe('Coaching agreement');
    expect(agreement.body).toContain(
      'between Nguyễn Thị Lan ("the client") and Ana Rivera of Rivera Coaching',
    );
    expect(agreement.body).toContain('The fee is €150.00 per session, paid by the client.');
    expect(agreement.body).toContain('We plan 12 sessions of 60 minutes, every two weeks.');
    expect(agreement.body).toContain('Moving into a first leadership role.');
    expect(agreement.unfilledFields).toEqual([]);
    expect(agreement.requiredParties).toEqual(['client', 'coach']);
  });

  it('names every group member, and the sponsor, who must then sign too', () => {
    const engagement = engagementFor(['Zoë Brontë', '李雷'], {
      sponsorName: 'Acme Ltd',
      sponsorKind: 'employer',
    });
    const agreement = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    expect(agreement.body).toContain(
      'between Zoë Brontë and 李雷, members of Leaders circle ("the clients"), Acme Ltd ("the sponsor"),',
    );
    expect(agreement.body).toContain('paid by Acme Ltd (the sponsor)');
    expect(agreement.requiredParties).toEqual(['client', 'coach', 'sponsor']);
  });

  it('moves draft → sent → signed → ended only when everyone has signed', () => {
    const engagement = engagementFor(['محمد']);
    const { id } = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    setAgreementStatus(db, temp.clock, { id, status: 'sent' });
    expect(
      thrownText(() =>
        editAgreement(db, temp.clock, { id, title: 'x', body: 'y', startDate: null, endDate: null }),
      ),
    ).toMatch(/Only a draft/);
    expect(thrownText(() => setAgreementStatus(db, temp.clock, { id, status: 'signed' }))).toMatch(
      /Still to sign: client and coach/,
    );
    signAgreement(db, temp.clock, {
      agreementId: id,
      party: 'client',
      signerName: 'محمد',
      signedOn: '2025-03-14',
      drawing: null,
    });
    expect(thrownText(() => setAgreementStatus(db, temp.clock, { id, status: 'signed' }))).toMatch(
      /Still to sign: coach/,
    );
    signAgreement(db, temp.clock, {
      agreementId: id,
      party: 'coach',
      signerName: 'Ana Rivera',
      signedOn: '2025-03-14',
      drawing: `data:image/png;base64,${PNG.toString('base64')}`,
    });
    const signed = setAgreementStatus(db, temp.clock, { id, status: 'signed' });
    expect(signed.status).toBe('signed');
    expect(signed.signedAt).toBe(temp.clock.now().toISOString());
    expect(signed.signatures.find((s) => s.party === 'coach')?.drawing).toMatch(/^data:image\/png;base64,/);
    expect(thrownText(() => setAgreementStatus(db, temp.clock, { id, status: 'draft' }))).toMatch(
      /cannot be marked draft/,
    );
    expect(thrownText(() => removeAgreement(db, id))).toMatch(/Only a draft/);
    expect(setAgreementStatus(db, temp.clock, { id, status: 'ended' }).status).toBe('ended');
  });

  it('clears signatures when a sent agreement goes back to draft', () => {
    const engagement = engagementFor(['Zoë']);
    const { id } = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    signAgreement(db, temp.clock, {
      agreementId: id,
      party: 'client',
      signerName: 'Zoë',
      signedOn: '2025-03-14',
      drawing: null,
    });
    setAgreementStatus(db, temp.clock, { id, status: 'sent' });
    expect(setAgreementStatus(db, temp.clock, { id, status: 'draft' }).signatures).toEqual([]);
  });

  it('refuses to be signed while merge fields are unfilled', () => {
    const engagement = engagementFor(['Zoë']);
    const { id } = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    editAgreement(db, temp.clock, {
      id,
      title: 'Agreement',
      body: 'Fee: {{fees.custom}}',
      startDate: null,
      endDate: null,
    });
    for (const party of ['client', 'coach'] as const) {
      signAgreement(db, temp.clock, {
        agreementId: id,
        party,
        signerName: 'X',
        signedOn: '2025-03-14',
        drawing: null,
      });
    }
    expect(thrownText(() => setAgreementStatus(db, temp.clock, { id, status: 'signed' }))).toMatch(
      /\{\{fees.custom\}\}/,
    );
  });

  it('rejects a drawing that is not a PNG', () => {
    const engagement = engagementFor(['Zoë']);
    const { id } = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    expect(
      thrownText(() =>
        signAgreement(db, temp.clock, {
          agreementId: id,
          party: 'client',
          signerName: 'Zoë',
          signedOn: '2025-03-14',
          drawing: `data:image/png;base64,${Buffer.from('GIF89a-not-png').toString('base64')}`,
        }),
      ),
    ).toMatch(/PNG/);
    expect(getAgreement(db, id).signatures).toEqual([]);
  });
});

describe('scanned signed copies', () => {
  it('stores the file inside the practice and refuses what is not a PDF or image', () => {
    const engagement = engagementFor(['Zoë']);
    const { id } = createAgreement(db, temp.clock, {
      engagementId: engagement.id,
      templateId: defaultTemplateId(),
    });
    const scan = join(temp.root, 'signed.pdf');
    writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 7)]));
    const withScan = addAttachment(db, temp.clock, id, scan);
    expect(withScan.attachments).toMatchObject([
      { fileName: 'signed.pdf', mediaType: 'application/pdf', size: 2009 },
    ]);

    const fake = join(temp.root, 'fake.pdf');
    writeFileSync(fake, 'MZ this is an executable');
    expect(thrownText(() => addAttachment(db, temp.clock, id, fake))).toMatch(/PDF, PNG or JPEG/);
    expect(getAgreement(db, id).attachments).toHaveLength(1);

    const copy = join(temp.root, 'copy.pdf');
    saveAttachmentCopy(db, withScan.attachments[0]?.id ?? '', copy);
    expect(sniffMediaType(require('node:fs').readFileSync(copy))).toBe('application/pdf');
  });
});
