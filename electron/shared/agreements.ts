import { z } from 'zod';
import { id, isoDate, optionalText, pngDataUrl, requiredText } from './fields';
import { msg } from './messages';

export const agreementStatuses = ['draft', 'sent', 'signed', 'ended'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const signatureParties = ['client', 'coach', 'sponsor'] as const;
export type SignatureParty = (typeof signatureParties)[number];

/** Moves an agreement may make. Sent can go back to draft for changes; paper signing skips "sent". */
export const agreementTransitions: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['sent', 'signed'],
  sent: ['draft', 'signed'],
  signed: ['ended'],
  ended: [],
};

export const MAX_TEMPLATE_LENGTH = 100_000;

export const templateFields = z.strictObject({
  name: requiredText('templateName', 120),
  body: requiredText('templateText', MAX_TEMPLATE_LENGTH),
});

export interface AgreementTemplate {
  id: string;
  name: string;
  body: string;
  isDefault: boolean;
  updatedAt: string;
}

export const agreementEdit = z
  .strictObject({
    id,
    title: requiredText('title', 200),
    body: requiredText('agreementText', MAX_TEMPLATE_LENGTH),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.startDate && a.endDate && a.endDate < a.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('errors:date.endBeforeStart') });
    }
  });

/** A signature drawn on screen (optional: the typed name and date are the signature). */
const drawing = pngDataUrl.nullable().default(null);

export const signatureInput = z.strictObject({
  agreementId: id,
  party: z.enum(signatureParties),
  signerName: requiredText('signerName', 200),
  signedOn: isoDate,
  drawing,
});

export interface Signature {
  party: SignatureParty;
  signerName: string;
  signedOn: string;
  /** PNG data URL of a drawn signature, if one was drawn. */
  drawing: string | null;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  addedAt: string;
}

export interface Agreement {
  id: string;
  engagementId: string;
  engagementTitle: string;
  templateId: string | null;
  title: string;
  body: string;
  status: AgreementStatus;
  startDate: string | null;
  endDate: string | null;
  sentAt: string | null;
  signedAt: string | null;
  endedAt: string | null;
  signatures: Signature[];
  attachments: AttachmentInfo[];
  /** Parties who must sign before the agreement can be marked signed. */
  requiredParties: SignatureParty[];
  /** Merge fields left unfilled in the text, e.g. "{{sponsor.name}}". */
  unfilledFields: string[];
  updatedAt: string;
}

export const createAgreementInput = z.strictObject({ engagementId: id, templateId: id });
export const agreementStatusInput = z.strictObject({ id, status: z.enum(agreementStatuses) });
export const attachmentNote = optionalText('attachmentNote', 200);
