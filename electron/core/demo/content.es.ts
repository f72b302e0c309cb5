import type { CE_COURSES } from './content';

/**
 * The words of content.ts in neutral Spanish, entry for entry (same lengths, same order).
 * People keep their names; organisations keep theirs, but for two local partners whose
 * names read as Spanish ones.
 */

export const TAGS_ES = [
  'liderazgo',
  'cambio de carrera',
  'nuevo rol directivo',
  'fundador',
  'ejecutivo',
  'bienestar',
  'prevención del agotamiento',
  'regreso al trabajo',
  'líder de equipo',
  'recién egresado',
  'comunidad',
  'exalumnos',
  'bilingüe',
  'registro ICF',
  'primer equipo a cargo',
  'transición a la jubilación',
  'crianza',
  'emprendedor',
  'médico',
  'artista',
  'reubicación',
  'hablar en público',
];

export const PRONOUNS_ES = { female: ['ella', 'ella', ''], male: ['él', 'él', ''] } as const;

export const PRIVATE_NOTES_ES = [
  'Prefiere sesiones temprano en la mañana, antes de llevar a los niños a la escuela.',
  'Trabaja por turnos: revisar sus turnos antes de agendar.',
  'Facturar a la dirección de la empresa, no a la de su casa.',
  'Usa lector de pantalla: enviar los documentos como PDF accesibles.',
  'Prefiere WhatsApp para coordinar horarios.',
];

const CASA_ESPERANZA = 'Centro Comunitario Casa Esperanza';

export const COMMUNITY_PARTNERS_ES = [
  [CASA_ESPERANZA, 'Rosa Villalobos, responsable del programa'],
  ['Harbour Youth Trust', 'Dele Okonkwo, coordinador'],
  ['Red de Mujeres Nuevo Amanecer', 'Lupe Ordóñez, directora'],
  ['Riverside Refugee Welcome', 'Hanna Berhane, coordinadora de voluntariado'],
  ['Maison de Quartier Belleville', 'Aurélie Nkemelu, animatrice'],
] as const;

export const GRANT_SPONSORS_ES = [
  'Fondation Étoile — subvención «Coaching para todos»',
  'Riverside Civic Fund',
];

export const GROUP_TITLES_ES = [
  'Círculo Mujeres en el Liderazgo',
  'Grupo de nuevos líderes de equipo',
  'Grupo de cambio de carrera',
  'Círculo de pares emprendedores',
  'Círculo de liderazgo',
  'Grupo de regreso al trabajo',
  'Círculo de bienestar laboral',
];
export const COHORT_SEASONS_ES = ['primavera', 'otoño', 'invierno', 'verano'];
export const TEAM_CONTACT_ROLES_ES = [
  'Dirección de Personas',
  'Dirección de RR. HH.',
  'Dirección de Operaciones',
];
export const TEAM_UNITS_ES = ['equipo de producto', 'equipo directivo', 'operaciones', 'estudio de diseño'];

export const SUPERVISORS_ES = [
  ['Marguerite Lévesque', 'EMCC Senior Practitioner, supervisora acreditada'],
] as const;

export const MENTOR_NOTES_ES = {
  group: 'Revisión de sesiones grabadas según las competencias clave de la ICF.',
  individual: 'Devolución sobre una sesión grabada: más silencio, menos preguntas encadenadas.',
};
export const SUPERVISION_NOTES_ES = [
  'Supervisión reflexiva: límites con un cliente que también es pareja de un colega.',
  'Supervisión: cuando el coaching toca el duelo; me mantuve dentro del alcance y hablamos de una derivación.',
  'Supervisión trimestral: carga de clientes, energía, registro de notas.',
];

/** Providers keep their names; the French course is French in every language. */
export const CE_COURSES_ES: readonly (readonly [string, string, (typeof CE_COURSES)[number][2], boolean])[] =
  [
    ['ICF', 'Ética en la práctica: la confidencialidad y sus límites', 'core-competencies', true],
    ['Coaching Academy Iberia', 'Preguntas poderosas avanzadas', 'core-competencies', false],
    ['EMCC Global', 'Trabajar con equipos: coaching sistémico', 'core-competencies', false],
    ['Université Populaire du Coaching', 'Présence et écoute active', 'core-competencies', false],
    [
      'Small Business Bureau',
      'Contabilidad para profesionales independientes',
      'resource-development',
      false,
    ],
    ['ICF', 'El coaching no es terapia: reconocer cuándo derivar', 'core-competencies', true],
    ['Coaching Academy Iberia', 'Marketing ético para tu práctica', 'resource-development', false],
    ['Mindful Leaders Institute', 'Conciencia somática para coaches', 'core-competencies', false],
    ['Data Care Collective', 'RGPD para profesionales independientes', 'resource-development', false],
    ['EMCC Global', 'Habilidades de supervisión: práctica reflexiva', 'core-competencies', false],
  ];

export const MANUAL_HOURS_CLIENTS_ES = [
  'Ingrid Holm',
  'Paulo Reis',
  'Amira Saleh',
  'Kenji Mori',
  'Círculo de regreso al trabajo 2023 (Chidi Okeke)',
  'Lucía Fernández',
];

export const REFERRERS_IN_ES = [
  [
    'Dra. Elena Ruiz',
    'Terapeuta',
    'Terminó la terapia; quiere trabajar sus objetivos profesionales con un coach.',
  ],
  ['Marcus Lee', 'Responsable de RR. HH.', 'Recién ascendido; la empresa financia coaching de liderazgo.'],
  ['Claire Dubois', 'Excliente', 'Recomendó el coaching al terminar su propio proceso.'],
  [
    'Dr. Tomás Ibáñez',
    'Psiquiatra',
    'Estable; busca un coach para ganar estructura y fijar objetivos, en paralelo a su tratamiento.',
  ],
  [
    CASA_ESPERANZA,
    'Entidad colaboradora',
    'Forma parte del programa de coaching de preparación para el empleo.',
  ],
] as const;

export const REFERRALS_OUT_ES = [
  [
    'Clínica Armonía',
    'Terapeuta con licencia',
    'Señales de ánimo bajo persistente que exceden el coaching; se derivó a un terapeuta con licencia y acordamos una pausa.',
  ],
  [
    'Jonas Weber',
    'Asesor financiero',
    'Consultas sobre pensiones y deudas: fuera del alcance del coaching; se derivó.',
  ],
  ['Dra. Hana Kobayashi', 'Psicóloga clínica', 'Duelo tras una pérdida; se recomendó terapia primero.'],
] as const;

export const WHEEL_NOTES_ES = [
  'El cliente eligió mantener las áreas predeterminadas.',
  'No renombró nada; quiere repetirla al final del proceso.',
  'Mayor brecha: salud frente a carrera. Quiere empezar por ahí.',
  'Sintió las puntuaciones «más honestas» que la vez anterior, en sus palabras.',
  'El área Ocio y diversión lo sorprendió: «Me había olvidado de que pintaba».',
];
