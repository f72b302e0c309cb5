import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
import { buildHourLog } from './log';
import {
  createCe,
  createManualHours,
  hoursOverview,
  hoursSettings,
  linkManualHours,
  listCe,
  listManualHours,
  removeCe,
  removeManualHours,
  saveHoursSettings,
} from './service';

export function hoursHandlers({ practices, clock }: ServiceContext): Pick<Handlers, 'hours' | 'ce'> {
  const db = () => practices.requireDb();
  return {
    hours: {
      overview: () => hoursOverview(db(), clock),
      log: () => buildHourLog(db(), { names: true }).entries,
      settings: () => hoursSettings(db()),
      saveSettings: (settings) => saveHoursSettings(db(), settings),
      manualList: () => listManualHours(db()),
      manualCreate: (fields) => createManualHours(db(), clock, fields),
      manualRemove: ({ id }) => {
        removeManualHours(db(), id);
        return null;
      },
      manualLink: ({ id, clientId }) => linkManualHours(db(), id, clientId),
    },
    ce: {
      list: () => listCe(db()),
      create: (fields) => createCe(db(), clock, fields),
      remove: ({ id }) => {
        removeCe(db(), id);
        return null;
      },
    },
  };
}
