// Every namespace, in both languages: a renderer feature's strings live in its own namespace
// file; `pdf` holds the exported documents' words, `dialogs` the native file dialogs' titles, file
// types and suggested file names, and `errors` the messages of shared schemas and AppErrors
// (electron/shared/messages.ts); the main process uses only those three.

import agreementsEn from './locales/en/agreements.json';
import appEn from './locales/en/app.json';
import assessmentsEn from './locales/en/assessments.json';
import calendarEn from './locales/en/calendar.json';
import clientsEn from './locales/en/clients.json';
import commonEn from './locales/en/common.json';
import dialogsEn from './locales/en/dialogs.json';
import engagementsEn from './locales/en/engagements.json';
import errorsEn from './locales/en/errors.json';
import followupsEn from './locales/en/followups.json';
import goalsEn from './locales/en/goals.json';
import hoursEn from './locales/en/hours.json';
import pdfEn from './locales/en/pdf.json';
import practiceEn from './locales/en/practice.json';
import profileEn from './locales/en/profile.json';
import sessionsEn from './locales/en/sessions.json';
import settingsEn from './locales/en/settings.json';
import agreementsEs from './locales/es/agreements.json';
import appEs from './locales/es/app.json';
import assessmentsEs from './locales/es/assessments.json';
import calendarEs from './locales/es/calendar.json';
import clientsEs from './locales/es/clients.json';
import commonEs from './locales/es/common.json';
import dialogsEs from './locales/es/dialogs.json';
import engagementsEs from './locales/es/engagements.json';
import errorsEs from './locales/es/errors.json';
import followupsEs from './locales/es/followups.json';
import goalsEs from './locales/es/goals.json';
import hoursEs from './locales/es/hours.json';
import pdfEs from './locales/es/pdf.json';
import practiceEs from './locales/es/practice.json';
import profileEs from './locales/es/profile.json';
import sessionsEs from './locales/es/sessions.json';
import settingsEs from './locales/es/settings.json';

export const en = {
  common: commonEn,
  app: appEn,
  practice: practiceEn,
  profile: profileEn,
  clients: clientsEn,
  engagements: engagementsEn,
  agreements: agreementsEn,
  sessions: sessionsEn,
  calendar: calendarEn,
  followups: followupsEn,
  goals: goalsEn,
  assessments: assessmentsEn,
  hours: hoursEn,
  settings: settingsEn,
  pdf: pdfEn,
  dialogs: dialogsEn,
  errors: errorsEn,
} as const;

export const resources = {
  en,
  es: {
    common: commonEs,
    app: appEs,
    practice: practiceEs,
    profile: profileEs,
    clients: clientsEs,
    engagements: engagementsEs,
    agreements: agreementsEs,
    sessions: sessionsEs,
    calendar: calendarEs,
    followups: followupsEs,
    goals: goalsEs,
    assessments: assessmentsEs,
    hours: hoursEs,
    settings: settingsEs,
    pdf: pdfEs,
    dialogs: dialogsEs,
    errors: errorsEs,
  },
} as const;

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
