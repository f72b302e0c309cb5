import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services';
import { createAction, followUps, listActionsForEngagement, setActionStatus } from './actions';
import { addGoalProgress, createGoal, listGoals, updateGoal } from './goals';
import { addAddendum, finaliseNote, getNote, listNoteTemplates, saveNote, saveNoteTemplate } from './notes';
import { createReceived, listReceived, removeReceived } from './received';
import { searchRecords } from './search';
import {
  confirmDraft,
  createSession,
  getSession,
  listSessions,
  removeSession,
  sessionDefaults,
  updateSession,
} from './sessions';

type SessionAreas = 'sessions' | 'notes' | 'actions' | 'goals' | 'search' | 'received';

export function sessionHandlers({ practices, clock }: ServiceContext): Pick<Handlers, SessionAreas> {
  const db = () => practices.requireDb();
  const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    sessions: {
      list: (query) => listSessions(db(), query),
      get: ({ id }) => getSession(db(), id),
      defaults: ({ engagementId }) => sessionDefaults(db(), engagementId, localZone()),
      create: (fields) => createSession(db(), clock, fields),
      update: ({ id, fields }) => updateSession(db(), clock, id, fields),
      confirmDraft: ({ id }) => confirmDraft(db(), clock, id),
      remove: ({ id }) => {
        removeSession(db(), id);
        return null;
      },
    },
    notes: {
      get: ({ sessionId }) => getNote(db(), sessionId),
      save: (input) => saveNote(db(), clock, input),
      finalise: ({ sessionId }) => finaliseNote(db(), clock, sessionId),
      addAddendum: ({ sessionId, text }) => addAddendum(db(), clock, sessionId, text),
      templates: () => listNoteTemplates(db()),
      saveTemplate: (input) => saveNoteTemplate(db(), clock, input),
    },
    actions: {
      create: (input) => createAction(db(), clock, input),
      setStatus: ({ id, status }) => setActionStatus(db(), clock, id, status),
      listForEngagement: ({ engagementId }) => listActionsForEngagement(db(), engagementId),
      followUps: ({ days }) => followUps(db(), clock, days),
    },
    goals: {
      listForEngagement: ({ engagementId }) => listGoals(db(), engagementId),
      create: (fields) => createGoal(db(), clock, fields),
      update: ({ id, fields }) => updateGoal(db(), clock, id, fields),
      addProgress: (input) => addGoalProgress(db(), clock, input),
    },
    search: {
      query: ({ text, limit }) => searchRecords(db(), text, limit),
    },
    received: {
      list: () => listReceived(db()),
      create: (fields) => createReceived(db(), clock, fields),
      remove: ({ id }) => {
        removeReceived(db(), id);
        return null;
      },
    },
  };
}
