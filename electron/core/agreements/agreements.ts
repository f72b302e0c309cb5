import { randomUUID } from 'node:crypto';
import {
  type Agreement,
  type AgreementStatus,
  type AttachmentInfo,
  agreementTransitions,
  type Signature,
  type SignatureParty,
} from '../../shared/agreements';
import type { AgreementSummary } from '../../shared/clients';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Language } from '../../shared/preferences';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { getEngagement } from '../engagements/engagements';
import { readSetting } from '../settings';
import { mergeTemplate, unfilledFields } from './merge';
import { mergeValues } from './merge-values';
import { getTemplate } from './templates';

/** Agreements: created from a template for an engagement, edited as a draft, signed, ended. */

interface AgreementRow {
  id: string;
  engagement_id: string;
  engagement_title: string;
  sponsor_name: string;
  template_id: string | null;
  title: string;
  body: string;
  status: AgreementStatus;
  start_date: string | null;
  end_date: string | null;
  sent_at: string | null;
  signed_at: string | null;
  ended_at: string | null;
  updated_at: string;
}

/**
 * The agreement's text is the template's, merged in `language` (the coach's, at creation):
 * the shipped default reads in that language and the merged values are worded in it. The
 * text is then the agreement's own, so a later change of language leaves it as it is.
 */
export function createAgreement(
  db: Db,
  clock: Clock,
  input: { engagementId: string; templateId: string },
  language: Language = 'en',
): Agreement {
  const engagement = getEngagement(db, input.engagementId);
  const template = getTemplate(db, input.templateId, language);
  const practice = db.prepare('SELECT name, coach_name AS coachName FROM practice LIMIT 1').get() as {
    name: string;
    coachName: string;
  };
  const { text } = mergeTemplate(
    template.body,
    mergeValues({
      engagement,
      coachName: practice.coachName,
      practiceName: practice.name,
      cancellationNoticeHours: readSetting(db, 'agreements.cancellationNoticeHours', 24),
      locale: language,
    }),
  );
  const id = randomUUID();
  const now = clock.now().toISOString();
  const title = text.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? template.name;
  db.prepare(
    `INSERT INTO agreement (id, engagement_id, template_id, title, body, status, start_date, end_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
  ).run(
    id,
    engagement.id,
    template.id,
    title.slice(0, 200),
    text,
    engagement.startDate,
    engagement.endDate,
    now,
    now,
  );
  return getAgreement(db, id);
}

export function getAgreement(db: Db, id: string): Agreement {
  const row = db
    .prepare(
      `SELECT a.*, e.title AS engagement_title, e.sponsor_name FROM agreement a
       JOIN engagement e ON e.id = a.engagement_id WHERE a.id = ?`,
    )
    .get(id) as AgreementRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:agreements.notFound'));
  return {
    id: row.id,
    engagementId: row.engagement_id,
    engagementTitle: row.engagement_title,
    templateId: row.template_id,
    title: row.title,
    body: row.body,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    sentAt: row.sent_at,
    signedAt: row.signed_at,
    endedAt: row.ended_at,
    signatures: signaturesOf(db, id),
    attachments: attachmentsOf(db, id),
    requiredParties: row.sponsor_name ? ['client', 'coach', 'sponsor'] : ['client', 'coach'],
    unfilledFields: unfilledFields(row.body),
    updatedAt: row.updated_at,
  };
}

/** The text can change only while a draft: what was sent or signed stays as it was. */
export function editAgreement(
  db: Db,
  clock: Clock,
  input: { id: string; title: string; body: string; startDate: string | null; endDate: string | null },
): Agreement {
  const agreement = getAgreement(db, input.id);
  if (agreement.status !== 'draft') {
    throw new AppError('validation', msg('errors:agreements.editDraftOnly'), 'body');
  }
  db.prepare(
    'UPDATE agreement SET title = ?, body = ?, start_date = ?, end_date = ?, updated_at = ? WHERE id = ?',
  ).run(input.title, input.body, input.startDate, input.endDate, clock.now().toISOString(), input.id);
  return getAgreement(db, input.id);
}

export function setAgreementStatus(
  db: Db,
  clock: Clock,
  input: { id: string; status: AgreementStatus },
): Agreement {
  const agreement = getAgreement(db, input.id);
  if (agreement.status === input.status) return agreement;
  if (!agreementTransitions[agreement.status].includes(input.status)) {
    throw new AppError(
      'validation',
      msg('errors:agreements.cannotMove', {
        from: msg(`errors:agreements.status.${agreement.status}`),
        to: msg(`errors:agreements.status.${input.status}`),
      }),
      'status',
    );
  }
  if (input.status === 'signed') {
    const signed = new Set(agreement.signatures.map((s) => s.party));
    const unsigned = agreement.requiredParties.filter((party) => !signed.has(party));
    if (unsigned.length > 0) {
      const parties = unsigned.map((party) => msg(`errors:agreements.party.${party}`));
      throw new AppError('validation', msg('errors:agreements.stillToSign', { parties }), 'signatures');
    }
    if (agreement.unfilledFields.length > 0) {
      throw new AppError(
        'validation',
        msg('errors:agreements.unfilledFields', { fields: agreement.unfilledFields.join(', ') }),
        'body',
      );
    }
  }
  const now = clock.now().toISOString();
  const stamp = { draft: null, sent: 'sent_at', signed: 'signed_at', ended: 'ended_at' }[input.status];
  db.transaction(() => {
    db.prepare('UPDATE agreement SET status = ?, updated_at = ? WHERE id = ?').run(
      input.status,
      now,
      input.id,
    );
    if (stamp) db.prepare(`UPDATE agreement SET ${stamp} = ? WHERE id = ?`).run(now, input.id);
    // Back to draft for changes: the old signatures no longer match the text.
    if (input.status === 'draft')
      db.prepare('DELETE FROM agreement_signature WHERE agreement_id = ?').run(input.id);
  })();
  return getAgreement(db, input.id);
}

export function signAgreement(
  db: Db,
  clock: Clock,
  input: {
    agreementId: string;
    party: SignatureParty;
    signerName: string;
    signedOn: string;
    drawing: string | null;
  },
): Agreement {
  const agreement = getAgreement(db, input.agreementId);
  if (agreement.status === 'signed' || agreement.status === 'ended') {
    throw new AppError('validation', msg('errors:agreements.alreadySigned'), 'signatures');
  }
  if (!agreement.requiredParties.includes(input.party)) {
    throw new AppError('validation', msg('errors:agreements.noSponsor'), 'party');
  }
  const png = input.drawing
    ? Buffer.from(input.drawing.slice(input.drawing.indexOf(',') + 1), 'base64')
    : null;
  if (png && !png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new AppError('validation', msg('errors:agreements.drawingNotPng'), 'drawing');
  }
  db.prepare(
    `INSERT INTO agreement_signature (agreement_id, party, signer_name, signed_on, drawing_png) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (agreement_id, party) DO UPDATE SET signer_name = excluded.signer_name,
       signed_on = excluded.signed_on, drawing_png = excluded.drawing_png`,
  ).run(input.agreementId, input.party, input.signerName, input.signedOn, png);
  db.prepare('UPDATE agreement SET updated_at = ? WHERE id = ?').run(
    clock.now().toISOString(),
    input.agreementId,
  );
  return getAgreement(db, input.agreementId);
}

export function removeAgreement(db: Db, id: string): void {
  const agreement = getAgreement(db, id);
  if (agreement.status !== 'draft') {
    throw new AppError('validation', msg('errors:agreements.deleteDraftOnly'));
  }
  db.prepare('DELETE FROM agreement WHERE id = ?').run(id);
}

export function listAgreementSummaries(db: Db, filter: { clientId?: string } = {}): AgreementSummary[] {
  const sql = filter.clientId
    ? `SELECT a.id, a.engagement_id AS engagementId, a.title, a.status, a.start_date AS startDate, a.end_date AS endDate,
         a.updated_at AS updatedAt FROM agreement a
       JOIN engagement_participant p ON p.engagement_id = a.engagement_id WHERE p.client_id = @clientId
       ORDER BY a.updated_at DESC`
    : `SELECT a.id, a.engagement_id AS engagementId, a.title, a.status, a.start_date AS startDate, a.end_date AS endDate,
         a.updated_at AS updatedAt FROM agreement a ORDER BY a.updated_at DESC`;
  return db.prepare(sql).all(filter) as AgreementSummary[];
}

function signaturesOf(db: Db, agreementId: string): Signature[] {
  const rows = db
    .prepare(
      `SELECT party, signer_name AS signerName, signed_on AS signedOn, drawing_png AS drawing
       FROM agreement_signature WHERE agreement_id = ?
       ORDER BY CASE party WHEN 'client' THEN 0 WHEN 'sponsor' THEN 1 ELSE 2 END`,
    )
    .all(agreementId) as (Omit<Signature, 'drawing'> & { drawing: Buffer | null })[];
  return rows.map((row) => ({
    ...row,
    drawing: row.drawing ? `data:image/png;base64,${row.drawing.toString('base64')}` : null,
  }));
}

function attachmentsOf(db: Db, agreementId: string): AttachmentInfo[] {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, media_type AS mediaType, size, added_at AS addedAt
       FROM agreement_attachment WHERE agreement_id = ? ORDER BY added_at`,
    )
    .all(agreementId) as AttachmentInfo[];
}
