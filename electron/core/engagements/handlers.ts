import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
import { createEngagement, getEngagement, listEngagements, updateEngagement } from './engagements';

export function engagementHandlers({ practices, clock }: ServiceContext): Pick<Handlers, 'engagements'> {
  const db = () => practices.requireDb();
  return {
    engagements: {
      list: () => listEngagements(db()),
      get: ({ id }) => getEngagement(db(), id),
      create: (fields) => createEngagement(db(), clock, fields),
      update: ({ id, fields }) => updateEngagement(db(), clock, id, fields),
    },
  };
}
