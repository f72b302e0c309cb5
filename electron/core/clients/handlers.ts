import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
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

export function clientHandlers({
  practices,
  clock,
}: ServiceContext): Pick<Handlers, 'clients' | 'referrals'> {
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
      erase: ({ id, confirmName }) => {
        eraseClient(db(), id, confirmName);
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
