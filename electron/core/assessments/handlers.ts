import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
import { createAssessment, listAssessments, removeAssessment } from './assessments';

export function assessmentHandlers({ practices, clock }: ServiceContext): Pick<Handlers, 'assessments'> {
  const db = () => practices.requireDb();
  return {
    assessments: {
      listForClient: ({ clientId }) => listAssessments(db(), clientId),
      create: (input) => createAssessment(db(), clock, input),
      remove: ({ id }) => {
        removeAssessment(db(), id);
        return null;
      },
    },
  };
}
