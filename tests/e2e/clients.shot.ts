import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientFieldsInput } from '../../electron/shared/clients';
import type { EngagementFieldsInput } from '../../electron/shared/engagements';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: the client list, a client page and the client form, light and dark, and
 * in Spanish (`-es`), over a practice seeded through the API with forty clients in several scripts.
 */
const OUT = join(__dirname, '../../screenshots');

type Seed = Omit<ClientFieldsInput, 'status'> & { status?: ClientFieldsInput['status'] | 'archived' };

const clients: Seed[] = [
  {
    fullName: 'Nguyễn Thị Lan',
    preferredName: 'Lan',
    pronouns: 'she/her',
    email: 'lan.nguyen@saigonbloom.vn',
    phone: '+84 28 3823 4455',
    preferredLanguage: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    organisation: 'Saigon Bloom Studio',
    tags: ['leadership', 'founder', 'women in leadership'],
    status: 'active',
    source: 'referral',
    mayBeListed: true,
    listingConsentDate: '2025-09-02',
    privateNotes:
      'Building a second studio in Đà Nẵng. Energised by design work, drained by hiring.\nPrefers video calls early morning her time; keeps a journal and likes to share one page at the start.',
  },
  {
    fullName: 'Zoë Fairweather',
    preferredName: 'Zoë',
    pronouns: 'she/her',
    email: 'zoe@fairweather.studio',
    organisation: 'Fairweather Studio',
    tags: ['career change', 'creative'],
    status: 'active',
    timeZone: 'Europe/London',
    mayBeListed: true,
    listingConsentDate: '2025-06-11',
  },
  {
    fullName: '李雷',
    preferredName: 'Lei',
    email: 'li.lei@harbourtech.cn',
    organisation: 'Harbour Tech',
    tags: ['new manager', 'leadership'],
    status: 'active',
    preferredLanguage: 'zh',
    timeZone: 'Asia/Shanghai',
  },
  {
    fullName: 'محمد العلي',
    preferredName: 'محمد',
    email: 'm.alali@nakheel-partners.ae',
    organisation: 'Nakheel Partners',
    tags: ['leadership', 'executive'],
    status: 'active',
    preferredLanguage: 'ar',
    timeZone: 'Asia/Dubai',
  },
  {
    fullName: 'Amara Okafor',
    email: 'amara.okafor@lagosfoundry.ng',
    organisation: 'Lagos Foundry',
    tags: ['founder', 'wellbeing'],
    status: 'prospect',
  },
  {
    fullName: 'Mateo Fernández García',
    preferredName: 'Mateo',
    pronouns: 'he/him',
    email: 'mateo.fg@correo.es',
    organisation: 'Ayuntamiento de Valencia',
    tags: ['public sector', 'new manager'],
    status: 'active',
    preferredLanguage: 'es',
    timeZone: 'Europe/Madrid',
  },
  {
    fullName: 'Sofia Lindqvist',
    email: 'sofia.lindqvist@nordkraft.se',
    organisation: 'Nordkraft',
    tags: ['leadership', 'women in leadership'],
    status: 'active',
    timeZone: 'Europe/Stockholm',
  },
  {
    fullName: 'Priya Raghunathan',
    preferredName: 'Priya',
    email: 'priya.r@meridianhealth.in',
    organisation: 'Meridian Health',
    tags: ['women in leadership', 'executive'],
    status: 'active',
    timeZone: 'Asia/Kolkata',
  },
  {
    fullName: 'Tomás Ó Briain',
    email: 'tomas.obriain@gmail.com',
    tags: ['career change'],
    status: 'paused',
  },
  { fullName: 'Yuki Tanaka', email: 'yuki.tanaka@kumo.jp', organisation: 'Kumo Labs', tags: ['new manager'] },
  {
    fullName: 'Hannah Schmidt',
    email: 'h.schmidt@rheinwerk.de',
    organisation: 'Rheinwerk GmbH',
    tags: ['leadership', 'women in leadership'],
    status: 'active',
  },
  {
    fullName: 'Kwame Mensah',
    email: 'kwame@accrayouth.org',
    organisation: 'Accra Youth Network',
    tags: ['community programme'],
    status: 'active',
  },
  {
    fullName: 'Ingrid Haugen',
    email: 'ingrid.haugen@fjordbank.no',
    organisation: 'Fjord Bank',
    tags: ['executive'],
    status: 'completed',
  },
  {
    fullName: 'Rafael Souza',
    preferredName: 'Rafa',
    email: 'rafael.souza@verdeagro.com.br',
    organisation: 'Verde Agro',
    tags: ['founder'],
    status: 'active',
    preferredLanguage: 'pt-BR',
  },
  { fullName: 'Chloé Martin', email: 'chloe.martin@atelier-lumiere.fr', tags: ['creative', 'career change'] },
  {
    fullName: 'David Cohen',
    email: 'david.cohen@techion.co.il',
    organisation: 'Techion',
    tags: ['new manager'],
    status: 'prospect',
  },
  {
    fullName: 'Aroha Ngata',
    email: 'aroha.ngata@whanau.org.nz',
    organisation: 'Whānau Services',
    tags: ['community programme', 'wellbeing'],
    status: 'active',
  },
  { fullName: 'Elif Yılmaz', email: 'elif.yilmaz@bosphorus.com.tr', tags: ['leadership'], status: 'paused' },
  {
    fullName: 'Grace Thompson',
    email: 'grace.t@northwind.ca',
    organisation: 'Northwind Energy',
    tags: ['women in leadership', 'executive'],
    status: 'active',
  },
  {
    fullName: 'Jonas Becker',
    email: 'jonas.becker@mailbox.org',
    tags: ['career change'],
    status: 'completed',
  },
  {
    fullName: 'Leilani Kahale',
    email: 'leilani@islandcoop.org',
    organisation: 'Island Co-op',
    tags: ['community programme'],
  },
  {
    fullName: 'Marta Kowalska',
    email: 'marta.kowalska@wisla.pl',
    organisation: 'Wisła Logistics',
    tags: ['new manager', 'women in leadership'],
    status: 'active',
  },
  { fullName: 'Samuel Adeyemi', email: 'sam.adeyemi@outlook.com', tags: ['wellbeing'], status: 'prospect' },
  {
    fullName: 'Ana Lúcia Pereira',
    email: 'analucia@florestaviva.org.br',
    organisation: 'Floresta Viva',
    tags: ['community programme', 'leadership'],
    status: 'active',
  },
  {
    fullName: 'Oliver Brennan',
    email: 'oliver.brennan@quaystone.ie',
    organisation: 'Quaystone',
    status: 'active',
  },
  {
    fullName: 'Fatima Zahra Benali',
    preferredName: 'Fatima',
    email: 'f.benali@atlasconseil.ma',
    organisation: 'Atlas Conseil',
    tags: ['executive'],
    status: 'active',
  },
  {
    fullName: '김민준',
    preferredName: 'Minjun',
    email: 'minjun.kim@hanriver.kr',
    organisation: 'Han River Games',
    tags: ['new manager'],
    status: 'active',
  },
  { fullName: 'Lucía Romero', email: 'lucia.romero@pampa.ar', tags: ['career change'], status: 'prospect' },
  {
    fullName: 'Noah Williams',
    email: 'noah.w@brightpath.edu',
    organisation: 'Brightpath College',
    tags: ['public sector'],
    status: 'completed',
  },
  {
    fullName: 'Ayesha Siddiqui',
    email: 'ayesha.siddiqui@indusventures.pk',
    organisation: 'Indus Ventures',
    tags: ['founder', 'women in leadership'],
    status: 'active',
  },
  {
    fullName: 'Pieter de Vries',
    email: 'pieter@polderworks.nl',
    organisation: 'Polderworks',
    status: 'paused',
  },
  { fullName: 'Καλλιόπη Παπαδοπούλου', preferredName: 'Popi', email: 'popi@aegean.gr', tags: ['creative'] },
  {
    fullName: 'Isabella Rossi',
    email: 'isabella.rossi@casamilano.it',
    organisation: 'Casa Milano',
    tags: ['leadership'],
    status: 'active',
  },
  { fullName: 'Ethan Clarke', email: 'ethan.clarke@fastmail.com', tags: ['wellbeing'], status: 'archived' },
  {
    fullName: 'Mei Ling Tan',
    email: 'meiling.tan@straitsdesign.sg',
    organisation: 'Straits Design',
    tags: ['creative', 'founder'],
    status: 'active',
  },
  { fullName: 'Dmitri Volkov', email: 'd.volkov@proton.me', tags: ['career change'], status: 'archived' },
  {
    fullName: 'Beatriz Alves',
    email: 'beatriz.alves@lisboa.pt',
    organisation: 'Câmara de Lisboa',
    tags: ['public sector', 'women in leadership'],
    status: 'active',
  },
  {
    fullName: 'Rohan Mehta',
    email: 'rohan.mehta@quantleaf.io',
    organisation: 'Quantleaf',
    status: 'prospect',
  },
  {
    fullName: 'Niamh Gallagher',
    email: 'niamh.g@coastalcare.ie',
    organisation: 'Coastal Care',
    tags: ['wellbeing', 'public sector'],
    status: 'active',
  },
  {
    fullName: 'Omar Haddad',
    email: 'omar.haddad@cedarlink.lb',
    organisation: 'Cedar Link',
    tags: ['executive'],
    status: 'completed',
  },
];

interface Seeded {
  ids: Record<string, string>;
}

async function seed(page: Page): Promise<Seeded> {
  return page.evaluate(
    async ({ clients }) => {
      const api = (window as unknown as { coachbook: import('../../electron/shared/api').CoachbookApi })
        .coachbook;
      const must = async <T>(
        call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
      ) => {
        const result = await call;
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const ids: Record<string, string> = {};
      for (const { status, ...fields } of clients) {
        const created = await must(
          api.clients.create({ ...fields, status: status === 'archived' ? 'completed' : status }),
        );
        ids[created.fullName] = created.id;
        if (status === 'archived') await must(api.clients.archive({ id: created.id }));
      }
      return { ids };
    },
    { clients },
  );
}

async function seedRecords(page: Page, ids: Record<string, string>) {
  const lan = ids['Nguyễn Thị Lan'] ?? '';
  const group = [
    'Nguyễn Thị Lan',
    'Sofia Lindqvist',
    'Priya Raghunathan',
    'Hannah Schmidt',
    'Grace Thompson',
  ].map((name) => ids[name] ?? '');
  const engagements: EngagementFieldsInput[] = [
    {
      title: 'Growing the studio',
      kind: 'sponsored',
      participantIds: [lan],
      focus: 'specific-purpose',
      focusDescription: 'Lead a team of twelve without losing the craft; delegate hiring.',
      sponsorName: 'Mekong Women Founders Fund',
      sponsorKind: 'grant',
      sponsorContact: 'Trần Minh Châu, programme lead',
      feeArrangement: 'package',
      feeMinor: 240000,
      currency: 'USD',
      startDate: '2025-09-08',
      endDate: '2026-03-08',
      plannedSessions: 12,
      frequency: 'fortnightly',
      sessionMinutes: 60,
      status: 'active',
    },
    {
      title: 'Women in Leadership Circle',
      kind: 'group',
      participantIds: group,
      focus: 'both',
      focusDescription: 'Leading with presence; each member brings one live challenge per session.',
      feeArrangement: 'per-session',
      feeMinor: 9000,
      currency: 'USD',
      startDate: '2026-01-14',
      endDate: null,
      plannedSessions: 8,
      frequency: 'monthly',
      sessionMinutes: 90,
      status: 'active',
    },
  ];
  await page.evaluate(
    async ({ engagements, lan }) => {
      const api = (window as unknown as { coachbook: import('../../electron/shared/api').CoachbookApi })
        .coachbook;
      for (const e of engagements) {
        const result = await api.engagements.create(e);
        if (!result.ok) throw new Error(result.error.message);
      }
      await api.referrals.add({
        clientId: lan,
        direction: 'in',
        partyName: 'Dr. Hoàng Anh Thư',
        partyRole: 'therapist',
        reason: 'Therapy concluded; wanted support with leadership goals going forward.',
        date: '2025-08-20',
      });
      await api.referrals.add({
        clientId: lan,
        direction: 'out',
        partyName: 'Amira Haddad, LCSW',
        partyRole: 'therapist',
        reason: 'Grief after a family bereavement came up; outside the scope of coaching.',
        date: '2026-01-30',
      });
    },
    { engagements, lan },
  );
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('client screens (%s)', (scheme) => {
  it('captures the client list, a client page and the client form', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      await app.open();
      await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      await shot('clients-01-empty');
      const { ids } = await seed(page);
      await seedRecords(page, ids);
      await page.reload();
      await page.getByRole('option', { name: /Amara Okafor/ }).waitFor();
      await shot('clients-02-list');

      await page.getByLabel('Search clients').fill('nguyen');
      await page.getByText('1 client found').waitFor();
      await shot('clients-03-search');

      await page.getByRole('option', { name: /Nguyễn Thị Lan/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
      await shot('clients-04-client-page');
      await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      await shot('clients-05-client-page-lower');

      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await shot('clients-06-client-form');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Edit engagement Women in Leadership Circle' }).click();
      await page.getByRole('dialog').waitFor();
      await shot('clients-07-engagement-form');
      await page.locator('dialog .dialog-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
      await shot('clients-08-engagement-form-terms');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New engagement' }).click();
      await page.getByRole('dialog', { name: 'New engagement' }).waitFor();
      await page.keyboard.type('Founders peer group');
      await page.getByRole('radio', { name: 'Group' }).check();
      await page.getByRole('combobox', { name: 'Participants' }).pressSequentially('a');
      await page
        .getByRole('listbox', { name: 'Participants: matches' })
        .getByRole('option')
        .first()
        .waitFor();
      await shot('clients-11-new-group-engagement');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Erase…' }).click();
      await page.getByText('Also erased:').waitFor();
      await shot('clients-09-erase');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'All clients' }).click();
      await page.getByLabel('Search clients').fill('');
      await page.getByRole('listbox', { name: 'Clients' }).focus();
      await page.keyboard.press('n');
      await page.getByRole('dialog', { name: 'New client' }).waitFor();
      await page.getByLabel('Full name').fill('Ngozi Eze');
      await page.getByLabel('Email').fill('ngozi@');
      await page.getByRole('button', { name: 'Add client' }).click();
      await page.getByText('Enter an email address like name@example.com.').waitFor();
      await shot('clients-10-client-form-error');
    } finally {
      await app.close();
    }
  });
});

describe('client screens in Spanish', () => {
  it('captures the client list, a client page and the forms with the app in Spanish', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-es.png`) });
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      await app.open();
      await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      await page.evaluate(() =>
        (
          window as unknown as { coachbook: import('../../electron/shared/api').CoachbookApi }
        ).coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Clientes' }).waitFor();
      await shot('clients-01-empty');
      const { ids } = await seed(page);
      await seedRecords(page, ids);
      await page.reload();
      await page.getByRole('option', { name: /Amara Okafor/ }).waitFor();
      await shot('clients-02-list');

      await page.getByLabel('Buscar clientes').fill('nguyen');
      await page.getByText('1 cliente encontrado').waitFor();
      await shot('clients-03-search');

      await page.getByRole('option', { name: /Nguyễn Thị Lan/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
      await shot('clients-04-client-page');
      await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
      await shot('clients-05-client-page-lower');

      await page.getByRole('button', { name: 'Editar', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await shot('clients-06-client-form');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Editar el proceso Women in Leadership Circle' }).click();
      await page.getByRole('dialog').waitFor();
      await shot('clients-07-engagement-form');
      await page.locator('dialog .dialog-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
      await shot('clients-08-engagement-form-terms');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Nuevo proceso' }).click();
      await page.getByRole('dialog', { name: 'Nuevo proceso de coaching' }).waitFor();
      await page.keyboard.type('Grupo de fundadoras');
      await page.getByRole('radio', { name: /^Grupal/ }).check();
      await page.getByRole('combobox', { name: 'Participantes' }).pressSequentially('a');
      await page
        .getByRole('listbox', { name: 'Participantes: coincidencias' })
        .getByRole('option')
        .first()
        .waitFor();
      await shot('clients-11-new-group-engagement');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Añadir derivación' }).click();
      await page.getByRole('dialog', { name: 'Añadir una derivación' }).waitFor();
      await shot('clients-12-referral-form');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Borrar…' }).click();
      await page.getByText('También se borra:').waitFor();
      await shot('clients-09-erase');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Todos los clientes' }).click();
      await page.getByLabel('Buscar clientes').fill('');
      await page.getByRole('listbox', { name: 'Clientes' }).focus();
      await page.keyboard.press('n');
      await page.getByRole('dialog', { name: 'Nuevo cliente' }).waitFor();
      await page.getByLabel('Nombre completo').fill('Ngozi Eze');
      await page.getByLabel('Correo electrónico').fill('ngozi@');
      await page.getByRole('button', { name: 'Añadir cliente' }).click();
      await page.getByText('Escribe una dirección de correo como nombre@ejemplo.com.').waitFor();
      await shot('clients-10-client-form-error');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
