import type { Handlers } from '../../shared/contract';
import { writeFileAtomic } from '../fs-atomic';
import { dialogText } from '../i18n';
import { documentLanguage } from '../preferences';
import { exportFile } from '../reports/save';
import type { ServiceContext } from '../services';
import { clientRecord } from './client-export';
import { clientRecordPdf } from './client-record-pdf';
import {
  archiveClient,
  createClient,
  getClient,
  listClients,
  listTags,
  restoreClient,
  updateClient,
} from './clients';
import { eraseClient, erasurePreview } from './erasure';
import { clientOverview } from './overview';
import { addReferral, removeReferral } from './referrals';

export function clientHandlers(ctx: ServiceContext): Pick<Handlers, 'clients' | 'referrals'> {
  const { practices, clock, dialogs, fontsDir } = ctx;
  const db = () => practices.requireDb();
  return {
    clients: {
      list: (query) => listClients(db(), query),
      get: ({ id }) => getClient(db(), id),
      overview: ({ id }) => clientOverview(db(), clock, id),
      create: (fields) => createClient(db(), clock, fields),
      update: ({ id, fields }) => updateClient(db(), clock, id, fields),
      archive: ({ id }) => archiveClient(db(), clock, id),
      restore: ({ id }) => restoreClient(db(), clock, id),
      tags: () => listTags(db()),
      erasePreview: ({ id }) => erasurePreview(db(), id),
      export: async ({ id }) => {
        const record = clientRecord(db(), id, clock.now());
        const { name, coachName } = practices.profile();
        const t = dialogText(documentLanguage(ctx));
        return exportFile(
          dialogs,
          {
            title: t('clients.exportRecord'),
            defaultName: `${t('clients.recordFile', { name: record.client.fullName })}.pdf`,
            filters: [{ name: t('filters.pdf'), extensions: ['pdf'] }],
          },
          async () => {
            const pdf = await clientRecordPdf(record, {
              practiceName: name,
              coachName,
              fontsDir,
              now: clock.now(),
              language: documentLanguage(ctx),
            });
            return pdf;
          },
          (path) =>
            writeFileAtomic(path.replace(/\.pdf$/i, '') + '.json', `${JSON.stringify(record, null, 2)}\n`),
        );
      },
      erase: ({ id, confirmName, keepHours }) => {
        eraseClient(db(), id, confirmName, keepHours ? clock : null);
        return null;
      },
    },
    referrals: {
      add: (input) => addReferral(db(), clock, input),
      remove: ({ id }) => {
        removeReferral(db(), id);
        return null;
      },
    },
  };
}
