import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
import { readCoachProfile, readPracticeDefaults, saveCoachProfile, savePracticeDefaults } from './profile';

export function coachHandlers({ practices }: ServiceContext): Pick<Handlers, 'coach'> {
  return {
    coach: {
      profile: () => readCoachProfile(practices.requireDb()),
      saveProfile: (input) => saveCoachProfile(practices.requireDb(), input),
      defaults: () => readPracticeDefaults(practices.requireDb()),
      saveDefaults: (input) => savePracticeDefaults(practices.requireDb(), input),
    },
  };
}
