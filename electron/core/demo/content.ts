/**
 * What the demo practice is made of: names in many scripts (each with a Latin spelling for
 * the email address), organisations, tags and the words of coaching notes. Fictional people
 * and organisations only.
 */

/** [native, latin] */
export type Named = readonly [string, string];

export interface Culture {
  id: string;
  language: string;
  zones: readonly string[];
  /** How a full name is put together from given and family names. */
  order: 'given-family' | 'family-given' | 'family-given-nospace' | 'vietnamese';
  female: readonly Named[];
  male: readonly Named[];
  /** Family names; a pair [male, female] where the language inflects them. */
  family: readonly (Named | readonly [Named, Named])[];
  /** Vietnamese middle names by gender. */
  middle?: { female: readonly Named[]; male: readonly Named[] };
  /** English names sometimes used as preferred names. */
  preferred?: { female: readonly string[]; male: readonly string[] };
  phone: string;
}

const n = (native: string, latin = native): Named => [native, latin];

export const CULTURES: readonly Culture[] = [
  {
    id: 'es',
    language: 'es',
    zones: ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota', 'America/Argentina/Buenos_Aires'],
    order: 'given-family',
    female: ['Sofía', 'Lucía', 'María José', 'Camila', 'Valentina', 'Ximena', 'Inés', 'Begoña', 'Ainhoa'].map(
      (x) => n(x),
    ),
    male: ['Martín', 'Mateo', 'Santiago', 'Andrés', 'José Luis', 'Joaquín', 'Íñigo', 'Ramón', 'Tomás'].map(
      (x) => n(x),
    ),
    family: [
      'García Núñez',
      'Martínez',
      'Rodríguez',
      'López Peña',
      'Hernández',
      'Pérez',
      'Sánchez',
      'Ramírez',
      'Muñoz',
      'Jiménez',
      'Gómez Ibáñez',
      'Díaz',
      'Álvarez',
      'Castañeda',
      'Marín',
    ].map((x) => n(x)),
    phone: '+34 6',
  },
  {
    id: 'fr',
    language: 'fr',
    zones: ['Europe/Paris', 'America/Montreal', 'Europe/Brussels'],
    order: 'given-family',
    female: ['Chloé', 'Zoë', 'Élodie', 'Hélène', 'Léa', 'Amélie', 'Céline', 'Noémie', 'Maëlle'].map((x) =>
      n(x),
    ),
    male: ['François', 'Jérôme', 'Théo', 'Benoît', 'Gaël', 'Loïc', 'Raphaël', 'Anaël', 'Cédric'].map((x) =>
      n(x),
    ),
    family: [
      'Lefèvre',
      'Moreau',
      'Girard',
      'Rousseau',
      'Bérénger',
      'Mercier',
      'Fontaine',
      'Chevalier',
      'Dubois',
      'Lemaître',
      'Côté',
      'Gagné',
    ].map((x) => n(x)),
    phone: '+33 6',
  },
  {
    id: 'pt',
    language: 'pt-BR',
    zones: ['America/Sao_Paulo', 'Europe/Lisbon'],
    order: 'given-family',
    female: ['Luíza', 'Letícia', 'Thaís', 'Conceição', 'Fernanda', 'Beatriz', 'Mônica'].map((x) => n(x)),
    male: ['João', 'Sebastião', 'Vinícius', 'Antônio', 'Caio', 'Gonçalo', 'Rafael'].map((x) => n(x)),
    family: ['Gonçalves', 'Magalhães', 'Araújo', 'Simões', 'Assunção', 'Brandão', 'Conceição', 'Peixoto'].map(
      (x) => n(x),
    ),
    phone: '+55 11 9',
  },
  {
    id: 'de',
    language: 'de',
    zones: ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
    order: 'given-family',
    female: ['Anneliese', 'Käthe', 'Lena', 'Jülide', 'Maren', 'Friederike', 'Jördis'].map((x) => n(x)),
    male: ['Jürgen', 'Jörg', 'Björn', 'Günther', 'Lukas', 'Matthäus', 'Fabian'].map((x) => n(x)),
    family: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Fuchs', 'Bäcker', 'Krüger', 'Löwe'].map((x) =>
      n(x),
    ),
    phone: '+49 151 ',
  },
  {
    id: 'pl-cs-tr',
    language: 'pl',
    zones: ['Europe/Warsaw', 'Europe/Prague', 'Europe/Istanbul'],
    order: 'given-family',
    female: ['Małgorzata', 'Zuzana', 'Ayşe', 'Çağla', 'Agnieszka', 'Kateřina', 'Şule'].map((x) => n(x)),
    male: ['Łukasz', 'Tomáš', 'Oğuz', 'Jiří', 'Paweł', 'Mehmet', 'Grzegorz'].map((x) => n(x)),
    family: ['Wiśniewska', 'Dąbrowski', 'Dvořák', 'Yılmaz', 'Öztürk', 'Nowak', 'Şahin', 'Procházka'].map(
      (x) => n(x),
    ),
    phone: '+48 5',
  },
  {
    id: 'nordic',
    language: 'sv',
    zones: ['Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen'],
    order: 'given-family',
    female: ['Åsa', 'Märta', 'Sigrún', 'Ingrid', 'Liv', 'Søs'].map((x) => n(x)),
    male: ['Søren', 'Björn', 'Håkan', 'Øystein', 'Nils', 'Jón'].map((x) => n(x)),
    family: ['Lindström', 'Ødegaard', 'Åberg', 'Sigurðsson', 'Bergqvist', 'Næss'].map((x) => n(x)),
    phone: '+46 70 ',
  },
  {
    id: 'en',
    language: 'en',
    zones: ['Europe/London', 'America/New_York', 'America/Chicago', 'Australia/Sydney', 'Europe/Dublin'],
    order: 'given-family',
    female: ['Emma', 'Olivia', 'Siobhán', 'Niamh', 'Aisha', 'Grace', 'Chiamaka', 'Hannah', 'Renée'].map((x) =>
      n(x),
    ),
    male: ['Liam', 'Noah', 'Seán', 'Jordan', 'Oluwaseun', 'Callum', 'Marcus', 'Dwayne', 'Eoghan'].map((x) =>
      n(x),
    ),
    family: [
      'Smith',
      "O'Connor",
      'Walker',
      'Okafor',
      'Adeyemi',
      'MacLeod',
      'Bennett',
      'Thompson',
      'Ó Súilleabháin',
      'Clarke',
    ].map((x) => n(x)),
    phone: '+44 7700 9',
  },
  {
    id: 'vi',
    language: 'vi',
    zones: ['Asia/Ho_Chi_Minh', 'America/Los_Angeles'],
    order: 'vietnamese',
    female: [
      n('Lan'),
      n('Hương', 'Huong'),
      n('Thảo', 'Thao'),
      n('Phương', 'Phuong'),
      n('Ngọc Anh', 'Ngoc Anh'),
      n('Quỳnh', 'Quynh'),
      n('Mai'),
    ],
    male: [
      n('Minh'),
      n('Dũng', 'Dung'),
      n('Tuấn', 'Tuan'),
      n('Hải', 'Hai'),
      n('Quốc Bảo', 'Quoc Bao'),
      n('Đức', 'Duc'),
    ],
    middle: {
      female: [n('Thị', 'Thi'), n('Ngọc', 'Ngoc'), n('Thu')],
      male: [n('Văn', 'Van'), n('Đức', 'Duc'), n('Hoàng', 'Hoang')],
    },
    family: [
      n('Nguyễn', 'Nguyen'),
      n('Trần', 'Tran'),
      n('Lê', 'Le'),
      n('Phạm', 'Pham'),
      n('Hoàng', 'Hoang'),
      n('Phan'),
      n('Vũ', 'Vu'),
      n('Đặng', 'Dang'),
      n('Bùi', 'Bui'),
      n('Đỗ', 'Do'),
    ],
    preferred: { female: ['Linh', 'Annie', 'Vy'], male: ['Kevin', 'Tony', 'Bao'] },
    phone: '+84 90 ',
  },
  {
    id: 'zh',
    language: 'zh-CN',
    zones: ['Asia/Shanghai', 'Asia/Singapore', 'Asia/Taipei'],
    order: 'family-given-nospace',
    female: [
      n('芳', 'fang'),
      n('娜', 'na'),
      n('静', 'jing'),
      n('婷', 'ting'),
      n('欣怡', 'xinyi'),
      n('子涵', 'zihan'),
    ],
    male: [
      n('伟', 'wei'),
      n('磊', 'lei'),
      n('洋', 'yang'),
      n('昊', 'hao'),
      n('浩然', 'haoran'),
      n('俊杰', 'junjie'),
    ],
    family: [
      n('李', 'li'),
      n('王', 'wang'),
      n('张', 'zhang'),
      n('刘', 'liu'),
      n('陈', 'chen'),
      n('杨', 'yang'),
      n('赵', 'zhao'),
      n('黄', 'huang'),
      n('周', 'zhou'),
      n('吴', 'wu'),
      n('林', 'lin'),
      n('徐', 'xu'),
    ],
    preferred: { female: ['Grace', 'Vivian', 'Jasmine'], male: ['Kevin', 'Eric', 'Jason'] },
    phone: '+86 139 ',
  },
  {
    id: 'ja',
    language: 'ja',
    zones: ['Asia/Tokyo'],
    order: 'family-given',
    female: [
      n('花子', 'hanako'),
      n('結衣', 'yui'),
      n('さくら', 'sakura'),
      n('美咲', 'misaki'),
      n('陽菜', 'hina'),
    ],
    male: [n('陽翔', 'haruto'), n('蓮', 'ren'), n('健太', 'kenta'), n('大輝', 'daiki'), n('翔', 'sho')],
    family: [
      n('佐藤', 'sato'),
      n('鈴木', 'suzuki'),
      n('高橋', 'takahashi'),
      n('田中', 'tanaka'),
      n('伊藤', 'ito'),
      n('渡辺', 'watanabe'),
      n('山本', 'yamamoto'),
      n('中村', 'nakamura'),
    ],
    phone: '+81 90 ',
  },
  {
    id: 'ko',
    language: 'ko',
    zones: ['Asia/Seoul'],
    order: 'family-given-nospace',
    female: [n('서연', 'seoyeon'), n('수아', 'sua'), n('하은', 'haeun'), n('지민', 'jimin')],
    male: [n('민준', 'minjun'), n('지훈', 'jihoon'), n('도윤', 'doyun'), n('현우', 'hyunwoo')],
    family: [n('김', 'kim'), n('이', 'lee'), n('박', 'park'), n('최', 'choi'), n('정', 'jung')],
    phone: '+82 10 ',
  },
  {
    id: 'ar',
    language: 'ar',
    zones: ['Asia/Dubai', 'Africa/Cairo', 'Asia/Amman', 'Africa/Casablanca'],
    order: 'given-family',
    female: [
      n('فاطمة', 'fatima'),
      n('ليلى', 'layla'),
      n('مريم', 'maryam'),
      n('نور', 'nour'),
      n('سلمى', 'salma'),
      n('ياسمين', 'yasmin'),
    ],
    male: [
      n('محمد', 'mohammed'),
      n('أحمد', 'ahmad'),
      n('يوسف', 'yusuf'),
      n('عمر', 'omar'),
      n('خالد', 'khalid'),
      n('كريم', 'karim'),
    ],
    family: [
      n('العلي', 'alali'),
      n('حداد', 'haddad'),
      n('الخطيب', 'alkhatib'),
      n('منصور', 'mansour'),
      n('الحسيني', 'alhusseini'),
      n('النجار', 'alnajjar'),
      n('عبد الله', 'abdallah'),
    ],
    phone: '+971 50 ',
  },
  {
    id: 'he',
    language: 'he',
    zones: ['Asia/Jerusalem'],
    order: 'given-family',
    female: [n('נועה', 'noa'), n('תמר', 'tamar'), n('מיכל', 'michal')],
    male: [n('יונתן', 'yonatan'), n('איתי', 'itai'), n('עומר', 'omer')],
    family: [n('כהן', 'cohen'), n('לוי', 'levi'), n('מזרחי', 'mizrahi'), n('פרץ', 'peretz')],
    phone: '+972 52 ',
  },
  {
    id: 'ru',
    language: 'ru',
    zones: ['Europe/Moscow', 'Europe/Kyiv', 'Asia/Almaty'],
    order: 'given-family',
    female: [
      n('Анна', 'anna'),
      n('Екатерина', 'ekaterina'),
      n('Ольга', 'olga'),
      n('Наталья', 'natalya'),
      n('Олена', 'olena'),
    ],
    male: [
      n('Дмитрий', 'dmitry'),
      n('Алексей', 'alexey'),
      n('Сергей', 'sergey'),
      n('Иван', 'ivan'),
      n('Тарас', 'taras'),
    ],
    family: [
      [n('Петров', 'petrov'), n('Петрова', 'petrova')],
      [n('Иванов', 'ivanov'), n('Иванова', 'ivanova')],
      [n('Смирнов', 'smirnov'), n('Смирнова', 'smirnova')],
      [n('Соколов', 'sokolov'), n('Соколова', 'sokolova')],
      [n('Волков', 'volkov'), n('Волкова', 'volkova')],
      n('Шевченко', 'shevchenko'),
      n('Коваленко', 'kovalenko'),
    ],
    phone: '+7 916 ',
  },
  {
    id: 'el',
    language: 'el',
    zones: ['Europe/Athens', 'Asia/Nicosia'],
    order: 'given-family',
    female: [n('Μαρία', 'maria'), n('Ελένη', 'eleni'), n('Κατερίνα', 'katerina'), n('Σοφία', 'sofia')],
    male: [
      n('Γιώργος', 'giorgos'),
      n('Νίκος', 'nikos'),
      n('Δημήτρης', 'dimitris'),
      n('Αλέξανδρος', 'alexandros'),
    ],
    family: [
      [n('Παπαδόπουλος', 'papadopoulos'), n('Παπαδοπούλου', 'papadopoulou')],
      [n('Καραγιάννης', 'karagiannis'), n('Καραγιάννη', 'karagianni')],
      n('Οικονόμου', 'oikonomou'),
      n('Γεωργίου', 'georgiou'),
      n('Νικολάου', 'nikolaou'),
    ],
    phone: '+30 69',
  },
  {
    id: 'hi',
    language: 'hi',
    zones: ['Asia/Kolkata'],
    order: 'given-family',
    female: [
      n('प्रिया', 'priya'),
      n('अनन्या', 'ananya'),
      n('कविता', 'kavita'),
      n('नेहा', 'neha'),
      n('सुनीता', 'sunita'),
    ],
    male: [
      n('राहुल', 'rahul'),
      n('अर्जुन', 'arjun'),
      n('विक्रम', 'vikram'),
      n('आदित्य', 'aditya'),
      n('रोहन', 'rohan'),
    ],
    family: [
      n('शर्मा', 'sharma'),
      n('वर्मा', 'verma'),
      n('गुप्ता', 'gupta'),
      n('सिंह', 'singh'),
      n('पटेल', 'patel'),
      n('जोशी', 'joshi'),
      n('मेहता', 'mehta'),
    ],
    phone: '+91 98',
  },
];

export const EMAIL_DOMAINS = [
  'example.com',
  'example.org',
  'example.net',
  'mail.example',
  'correo.example',
  'post.example',
];

/** Organisations clients work for (or none). Fictional. */
export const ORGANISATIONS = [
  'Café Lumière',
  'Ñandú Tecnologías',
  'Grupo Peñalara',
  'Müller & Söhne GmbH',
  'Công ty TNHH Sao Mai',
  '株式会社さくらテック',
  '星辰科技有限公司',
  'شركة النخيل للاستشارات',
  'ООО «Северный ветер»',
  'Αιγαίο Ναυτιλιακή',
  'इंद्रधनुष फाउंडेशन',
  'Harbour Lane Health',
  'Northwind Logistics',
  'Blue Heron Studio',
  'Riverside Borough Council',
  'Atelier Bérénger',
  'Solaris Renewables',
  'Fjordlys AS',
  'Lindenhof Kliniken',
  'Pixel & Pão',
  'Orquesta Sinfónica del Sur',
  'Quantum Ledger Ltd',
  'Kestrel Foods',
  'Écoles Vertes',
  '한빛 소프트',
  'Green Valley School District',
];

/** Where the coach is employed as an internal coach. */
export const COACH_EMPLOYER = 'Northwind Logistics';

export const COMMUNITY_PARTNERS = [
  ['Casa Esperanza Community Center', 'Rosa Villalobos, programme lead'],
  ['Harbour Youth Trust', 'Dele Okonkwo, coordinator'],
  ['Nuevo Amanecer Women’s Network', 'Lupe Ordóñez, director'],
  ['Riverside Refugee Welcome', 'Hanna Berhane, volunteer lead'],
  ['Maison de Quartier Belleville', 'Aurélie Nkemelu, animatrice'],
] as const;

export const GRANT_SPONSORS = ['Fondation Étoile — Coaching for All grant', 'Riverside Civic Fund'];

export const TAGS = [
  'leadership',
  'career change',
  'new manager',
  'founder',
  'executive',
  'wellbeing',
  'burnout prevention',
  'returning to work',
  'team lead',
  'graduate',
  'community',
  'alumni',
  'bilingual',
  'ICF log',
  'first-time manager',
  'retirement transition',
  'parent',
  'entrepreneur',
  'médico',
  'artist',
  'relocation',
  'public speaking',
];

export const PRONOUNS = { female: ['she/her', 'she/her', ''], male: ['he/him', 'he/him', ''] } as const;

export const COACH = { name: 'Sofía Marín', zone: 'Europe/Madrid' };

export const MENTORS = [
  ['Dr. Amara Okonkwo', 'MCC'],
  ['Henrik Sjöberg', 'PCC'],
] as const;
export const SUPERVISORS = [
  ['Marguerite Lévesque', 'EMCC Senior Practitioner, accredited supervisor'],
] as const;

export const CE_COURSES = [
  ['ICF', 'Ethics in practice: confidentiality and its limits', 'core-competencies', true],
  ['Coaching Academy Iberia', 'Advanced powerful questions', 'core-competencies', false],
  ['EMCC Global', 'Working with teams: systemic coaching', 'core-competencies', false],
  ['Université Populaire du Coaching', 'Présence et écoute active', 'core-competencies', false],
  ['Small Business Bureau', 'Bookkeeping for independent practitioners', 'resource-development', false],
  ['ICF', 'Coaching is not therapy: recognising when to refer', 'core-competencies', true],
  ['Coaching Academy Iberia', 'Marketing your practice ethically', 'resource-development', false],
  ['Mindful Leaders Institute', 'Somatic awareness for coaches', 'core-competencies', false],
  ['Data Care Collective', 'GDPR for solo practitioners', 'resource-development', false],
  ['EMCC Global', 'Supervision skills: reflective practice', 'core-competencies', false],
] as const;

export const REFERRERS_IN = [
  ['Dr. Elena Ruiz', 'Therapist', 'Finished therapy; wants to work on career goals with a coach.'],
  ['Marcus Lee', 'HR business partner', 'Newly promoted; the company funds leadership coaching.'],
  ['Claire Dubois', 'Former client', 'Recommended after her own coaching ended.'],
  ['Dr. Tomás Ibáñez', 'Psychiatrist', 'Stable; a coach for structure and goals, alongside his care.'],
  ['Casa Esperanza Community Center', 'Community partner', 'Part of the job-readiness coaching programme.'],
] as const;

export const REFERRALS_OUT = [
  [
    'Clínica Armonía',
    'Licensed therapist',
    'Signs of persistent low mood beyond coaching; referred to a licensed therapist and agreed to pause.',
  ],
  ['Jonas Weber', 'Financial adviser', 'Questions on pensions and debt: outside coaching, referred on.'],
  ['Dr. Hana Kobayashi', 'Clinical psychologist', 'Grief after a bereavement; therapy recommended first.'],
] as const;

/** A client's private note, now and then. */
export const PRIVATE_NOTES = [
  'Prefers sessions early in the morning, before the school run.',
  'Works shifts: check the rota before booking.',
  'Invoice to the company address, not home.',
  'Uses a screen reader: send documents as accessible PDFs.',
  'Prefers WhatsApp for scheduling.',
];

export const GROUP_TITLES = [
  'Women in Leadership circle',
  'New managers cohort',
  'Career changers group',
  'Founders’ peer circle',
  'Círculo de liderazgo',
  'Returners group',
  'Wellbeing at work circle',
];
export const COHORT_SEASONS = ['spring', 'autumn', 'winter', 'summer'];
/** Who signs for an employer that sponsors team coaching. */
export const TEAM_CONTACT_ROLES = ['Head of People', 'HR director', 'COO'];
export const TEAM_UNITS = ['product team', 'leadership team', 'operations', 'design studio'];

export const MENTOR_NOTES = {
  group: 'Recorded sessions reviewed against the ICF core competencies.',
  individual: 'Feedback on a recorded session: more silence, fewer stacked questions.',
};
export const SUPERVISION_NOTES = [
  'Reflective supervision: boundaries with a client who is also a colleague’s partner.',
  'Supervision: when coaching touches on grief — stayed within scope, discussed referral.',
  'Quarterly supervision: caseload, energy, note-keeping.',
];
/** The clients of the hours log kept before Coachbook. */
export const MANUAL_HOURS_CLIENTS = [
  'Ingrid Holm',
  'Paulo Reis',
  'Amira Saleh',
  'Kenji Mori',
  'Returners circle 2023 (Chidi Okeke)',
  'Lucía Fernández',
];

export const WHEEL_NOTES = [
  'Client chose to keep the default areas.',
  'Renamed nothing; wants to repeat it at the end of the engagement.',
  'Biggest gap: health versus career. She wants to start there.',
  'Scores felt “más honestos” than last time, in her words.',
  'Fun & recreation surprised him: “I forgot I used to paint.”',
];
