import type { Language } from '../../shared/preferences';
import type { Db } from '../db/connection';
import { writeFileAtomic } from '../fs-atomic';
import { pdfText } from '../i18n';
import { type AgreementDocument, renderAgreementPdf } from '../pdf/agreement-pdf';
import type { ServiceContext } from '../services';
import { getAgreement } from './agreements';

export async function agreementPdf(
  db: Db,
  ctx: Pick<ServiceContext, 'clock' | 'fontsDir'>,
  id: string,
  /** The frame words' language (documentLanguage at export); the agreement text stays as the coach wrote it. */
  language: Language = 'en',
): Promise<Buffer> {
  const t = pdfText(language);
  const agreement = getAgreement(db, id);
  const practice = db.prepare('SELECT name, coach_name AS coachName FROM practice LIMIT 1').get() as {
    name: string;
    coachName: string;
  };
  const doc: AgreementDocument = {
    title: agreement.title,
    practiceName: practice.name,
    coachName: practice.coachName,
    body: agreement.body,
    status: agreement.status,
    signatures: agreement.requiredParties.map((party) => {
      const signature = agreement.signatures.find((s) => s.party === party);
      return {
        partyLabel: t(`agreement.party.${party}`),
        signerName: signature?.signerName ?? null,
        signedOn: signature?.signedOn ?? null,
        drawingPng: signature?.drawing ? Buffer.from(signature.drawing.split(',')[1] ?? '', 'base64') : null,
      };
    }),
  };
  return renderAgreementPdf(doc, { fontsDir: ctx.fontsDir, now: ctx.clock.now(), language });
}

/** Renders fully in memory, then writes atomically: a failed export leaves no partial file. */
export async function exportAgreementPdf(
  db: Db,
  ctx: Pick<ServiceContext, 'clock' | 'fontsDir'>,
  id: string,
  destination: string,
  language: Language = 'en',
): Promise<void> {
  writeFileAtomic(destination, await agreementPdf(db, ctx, id, language));
}
