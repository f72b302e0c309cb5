import type { Language } from '../../shared/preferences';
import {
  ADDENDA,
  CCC_COMMUNICATION,
  CCC_EXPLORATION,
  CCC_RAPPORT,
  FREE_OPENERS,
  REFLECTIONS,
  THEMES,
  type Theme,
  WEEKDAYS,
} from './coaching-text';
import {
  ADDENDA_ES,
  CCC_COMMUNICATION_ES,
  CCC_EXPLORATION_ES,
  CCC_RAPPORT_ES,
  FREE_OPENERS_ES,
  REFLECTIONS_ES,
  THEMES_ES,
  WEEKDAYS_ES,
} from './coaching-text.es';
import {
  CE_COURSES,
  COHORT_SEASONS,
  COMMUNITY_PARTNERS,
  GRANT_SPONSORS,
  GROUP_TITLES,
  MANUAL_HOURS_CLIENTS,
  MENTOR_NOTES,
  PRIVATE_NOTES,
  PRONOUNS,
  REFERRALS_OUT,
  REFERRERS_IN,
  SUPERVISION_NOTES,
  SUPERVISORS,
  TAGS,
  TEAM_CONTACT_ROLES,
  TEAM_UNITS,
  WHEEL_NOTES,
} from './content';
import {
  CE_COURSES_ES,
  COHORT_SEASONS_ES,
  COMMUNITY_PARTNERS_ES,
  GRANT_SPONSORS_ES,
  GROUP_TITLES_ES,
  MANUAL_HOURS_CLIENTS_ES,
  MENTOR_NOTES_ES,
  PRIVATE_NOTES_ES,
  PRONOUNS_ES,
  REFERRALS_OUT_ES,
  REFERRERS_IN_ES,
  SUPERVISION_NOTES_ES,
  SUPERVISORS_ES,
  TAGS_ES,
  TEAM_CONTACT_ROLES_ES,
  TEAM_UNITS_ES,
  WHEEL_NOTES_ES,
} from './content.es';

/**
 * The words of a demo practice in one language. Every list has the same length and order in
 * each language, and every sentence the same {other}, {n} and {day} placeholders in the same
 * order, because the generator draws the same random numbers whatever the language: a seed
 * gives the same practice, only worded differently (tests/unit/demo/words.test.ts checks it).
 * Names of people and organisations stay as they are.
 */
export interface DemoWords {
  /** In the order of THEMES. */
  themes: readonly Theme[];
  cccRapport: readonly string[];
  cccCommunication: readonly string[];
  cccExploration: readonly string[];
  freeOpeners: readonly string[];
  reflections: readonly string[];
  addenda: readonly string[];
  weekdays: readonly string[];
  tags: readonly string[];
  pronouns: { readonly female: readonly string[]; readonly male: readonly string[] };
  privateNotes: readonly string[];
  referrersIn: readonly (readonly [party: string, role: string, reason: string])[];
  referralsOut: readonly (readonly [party: string, role: string, reason: string])[];
  wheelNotes: readonly string[];
  /** [organisation, "contact, role"]: the signer is the part before the comma. */
  communityPartners: readonly (readonly [name: string, contact: string])[];
  grantSponsors: readonly string[];
  groupTitles: readonly string[];
  cohortSeasons: readonly string[];
  teamContactRoles: readonly string[];
  teamUnits: readonly string[];
  supervisors: readonly (readonly [name: string, credential: string])[];
  mentorNotes: { readonly group: string; readonly individual: string };
  supervisionNotes: readonly string[];
  ceCourses: readonly (readonly [provider: string, course: string, category: CeCategory, ethics: boolean])[];
  manualHoursClients: readonly string[];
  /** How a note names the participants of a group or team. */
  theGroup: string;
  title: {
    oneToOne(focus: string, client: string): string;
    peer(client: string): string;
    internal(employer: string, client: string): string;
    sponsored(focus: string, sponsor: string, client: string): string;
    group(title: string, season: string): string;
    team(sponsor: string, unit: string): string;
  };
  /** The focus description of a whole-person engagement with a theme. */
  wholeLife(focus: string): string;
  /** The contact of an employer that sponsors one client. */
  peopleTeam(sponsor: string): string;
  /** Who signs an agreement for the clients of a group. */
  clientSigners(first: string, others: number): string;
  /** An action item the coach takes on. */
  coachAction(name: string, commitment: string): string;
}

type CeCategory = (typeof CE_COURSES)[number][2];

const EN: DemoWords = {
  themes: THEMES,
  cccRapport: CCC_RAPPORT,
  cccCommunication: CCC_COMMUNICATION,
  cccExploration: CCC_EXPLORATION,
  freeOpeners: FREE_OPENERS,
  reflections: REFLECTIONS,
  addenda: ADDENDA,
  weekdays: WEEKDAYS,
  tags: TAGS,
  pronouns: PRONOUNS,
  privateNotes: PRIVATE_NOTES,
  referrersIn: REFERRERS_IN,
  referralsOut: REFERRALS_OUT,
  wheelNotes: WHEEL_NOTES,
  communityPartners: COMMUNITY_PARTNERS,
  grantSponsors: GRANT_SPONSORS,
  groupTitles: GROUP_TITLES,
  cohortSeasons: COHORT_SEASONS,
  teamContactRoles: TEAM_CONTACT_ROLES,
  teamUnits: TEAM_UNITS,
  supervisors: SUPERVISORS,
  mentorNotes: MENTOR_NOTES,
  supervisionNotes: SUPERVISION_NOTES,
  ceCourses: CE_COURSES,
  manualHoursClients: MANUAL_HOURS_CLIENTS,
  theGroup: 'the group',
  title: {
    oneToOne: (focus, client) => `${focus} · ${client}`,
    peer: (client) => `Reciprocal peer coaching · ${client}`,
    internal: (employer, client) => `Internal coaching (${employer}) · ${client}`,
    sponsored: (focus, sponsor, client) => `${focus} (${sponsor}) · ${client}`,
    group: (title, season) => `${title} — ${season} cohort`,
    team: (sponsor, unit) => `Team coaching · ${sponsor} ${unit}`,
  },
  wholeLife: (focus) => `Whole life, with a focus on: ${focus.toLowerCase()}`,
  peopleTeam: (sponsor) => `People team, ${sponsor}`,
  clientSigners: (first, others) => `${first} and ${others} others`,
  coachAction: (name, commitment) => `Coach: send ${name} the notes on “${commitment}”`,
};

const ES: DemoWords = {
  themes: THEMES_ES,
  cccRapport: CCC_RAPPORT_ES,
  cccCommunication: CCC_COMMUNICATION_ES,
  cccExploration: CCC_EXPLORATION_ES,
  freeOpeners: FREE_OPENERS_ES,
  reflections: REFLECTIONS_ES,
  addenda: ADDENDA_ES,
  weekdays: WEEKDAYS_ES,
  tags: TAGS_ES,
  pronouns: PRONOUNS_ES,
  privateNotes: PRIVATE_NOTES_ES,
  referrersIn: REFERRERS_IN_ES,
  referralsOut: REFERRALS_OUT_ES,
  wheelNotes: WHEEL_NOTES_ES,
  communityPartners: COMMUNITY_PARTNERS_ES,
  grantSponsors: GRANT_SPONSORS_ES,
  groupTitles: GROUP_TITLES_ES,
  cohortSeasons: COHORT_SEASONS_ES,
  teamContactRoles: TEAM_CONTACT_ROLES_ES,
  teamUnits: TEAM_UNITS_ES,
  supervisors: SUPERVISORS_ES,
  mentorNotes: MENTOR_NOTES_ES,
  supervisionNotes: SUPERVISION_NOTES_ES,
  ceCourses: CE_COURSES_ES,
  manualHoursClients: MANUAL_HOURS_CLIENTS_ES,
  theGroup: 'el grupo',
  title: {
    oneToOne: (focus, client) => `${focus} · ${client}`,
    peer: (client) => `Coaching recíproco entre pares · ${client}`,
    internal: (employer, client) => `Coaching interno (${employer}) · ${client}`,
    sponsored: (focus, sponsor, client) => `${focus} (${sponsor}) · ${client}`,
    group: (title, season) => `${title}: cohorte de ${season}`,
    team: (sponsor, unit) => `Coaching de equipo · ${sponsor}, ${unit}`,
  },
  wholeLife: (focus) => `La vida en su conjunto, con foco en: ${focus.toLowerCase()}`,
  peopleTeam: (sponsor) => `Equipo de Personas, ${sponsor}`,
  clientSigners: (first, others) => `${first} y ${others} más`,
  // "a el grupo" contracts to "al grupo".
  coachAction: (name, commitment) =>
    `Coach: enviar ${name === 'el grupo' ? 'al grupo' : `a ${name}`} las notas sobre «${commitment}»`,
};

export const DEMO_WORDS: Readonly<Record<Language, DemoWords>> = { en: EN, es: ES };
