import type { Handlers } from '../../shared/contract';
import { dialogText } from '../i18n';
import { documentLanguage } from '../preferences';
import type { ServiceContext } from '../services';
import {
  createAgreement,
  editAgreement,
  getAgreement,
  listAgreementSummaries,
  removeAgreement,
  setAgreementStatus,
  signAgreement,
} from './agreements';
import { addAttachment, attachmentFileName, removeAttachment, saveAttachmentCopy } from './attachments';
import { exportAgreementPdf } from './export-pdf';
import { MERGE_FIELDS } from './merge-values';
import { createTemplate, listTemplates, removeTemplate, updateTemplate } from './templates';

export function agreementHandlers(ctx: ServiceContext): Pick<Handlers, 'templates' | 'agreements'> {
  const { practices, clock, dialogs } = ctx;
  const db = () => practices.requireDb();
  return {
    templates: {
      list: () => listTemplates(db(), documentLanguage(ctx)),
      create: (fields) => createTemplate(db(), clock, fields),
      update: ({ id, fields }) => updateTemplate(db(), clock, id, fields, documentLanguage(ctx)),
      remove: ({ id }) => {
        removeTemplate(db(), id);
        return null;
      },
      fields: () => MERGE_FIELDS,
    },
    agreements: {
      list: () => listAgreementSummaries(db()),
      get: ({ id }) => getAgreement(db(), id),
      create: (input) => createAgreement(db(), clock, input, documentLanguage(ctx)),
      edit: (input) => editAgreement(db(), clock, input),
      setStatus: (input) => setAgreementStatus(db(), clock, input),
      sign: (input) => signAgreement(db(), clock, input),
      remove: ({ id }) => {
        removeAgreement(db(), id);
        return null;
      },
      attach: async ({ id }) => {
        getAgreement(db(), id);
        const t = dialogText(documentLanguage(ctx));
        const path = await dialogs.chooseFileToOpen({
          title: t('agreements.attach'),
          filters: [{ name: t('filters.scannedAgreement'), extensions: ['pdf', 'png', 'jpg', 'jpeg'] }],
        });
        return path === null ? null : addAttachment(db(), clock, id, path);
      },
      saveAttachment: async ({ attachmentId }) => {
        const name = attachmentFileName(db(), attachmentId);
        const path = await dialogs.chooseSavePath({
          title: dialogText(documentLanguage(ctx))('agreements.saveCopy'),
          defaultName: name,
          filters: [],
        });
        if (path !== null) saveAttachmentCopy(db(), attachmentId, path);
        return path;
      },
      removeAttachment: ({ agreementId, attachmentId }) => {
        removeAttachment(db(), attachmentId);
        return getAgreement(db(), agreementId);
      },
      exportPdf: async ({ id }) => {
        const agreement = getAgreement(db(), id);
        const language = documentLanguage(ctx);
        const t = dialogText(language);
        const path = await dialogs.chooseSavePath({
          title: t('agreements.exportPdf'),
          defaultName: `${agreement.engagementTitle} - ${agreement.title}.pdf`.replace(/[\\/:*?"<>|]/g, '-'),
          filters: [{ name: t('filters.pdf'), extensions: ['pdf'] }],
        });
        if (path !== null) await exportAgreementPdf(db(), ctx, id, path, language);
        return path;
      },
    },
  };
}
