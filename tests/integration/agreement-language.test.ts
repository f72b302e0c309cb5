import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../electron/core/agreements/templates';
import { createClient } from '../../electron/core/clients/clients';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { writePreferences } from '../../electron/core/preferences';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { DEFAULT_PREFERENCES, type Language } from '../../electron/shared/preferences';
import { routerFor } from './helpers/router';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

// The default agreement template follows the coach's language when an agreement is created,
// merged with values worded in that language; an agreement's text, once made, stays as it is.

let temp: TempPractice;
let db: Db;
let router: ReturnType<typeof routerFor>;

beforeEach(() => {
  temp = tempPractice();
  const practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  db = practices.requireDb();
  router = routerFor(temp, practices);
});
afterEach(() => temp.cleanup());

function setLanguage(language: Language): void {
  writePreferences(temp.dataDir, { ...DEFAULT_PREFERENCES, language });
}

function engagementFor(names: string[], extra: Partial<EngagementFieldsInput> = {}): string {
  const ids = names.map((fullName) => createClient(db, temp.clock, clientFields.parse({ fullName })).id);
  return createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: names.length > 1 ? 'Círculo de líderes' : 'Transición profesional',
      kind: names.length > 1 ? 'group' : 'individual',
      participantIds: ids,
      focus: 'specific-purpose',
      focusDescription: 'Asumir un primer puesto de liderazgo.',
      feeArrangement: 'per-session',
      feeMinor: 15000,
      currency: 'EUR',
      startDate: '2025-03-01',
      endDate: '2025-08-31',
      plannedSessions: 12,
      frequency: 'fortnightly',
      ...extra,
    }),
  ).id;
}

async function defaultTemplate() {
  const template = (await router.call('templates', 'list', undefined)).find((t) => t.isDefault);
  if (!template) throw new Error('no default template');
  return template;
}

async function agreementFor(engagementId: string) {
  const { id } = await defaultTemplate();
  return router.call('agreements', 'create', { engagementId, templateId: id });
}

/** Words of the English template and merge values that must not appear in a Spanish agreement. */
const ENGLISH = [
  'Coaching agreement',
  'Coaching is not therapy',
  'the client',
  'the sponsor',
  'minutes',
  'every two weeks',
  'paid by',
  'specific-purpose',
  'March',
];

describe('the default agreement template in Spanish', () => {
  it('is listed with its Spanish name and text while the coach has not changed it', async () => {
    setLanguage('es');
    const template = await defaultTemplate();
    expect(template.name).toBe('Acuerdo de coaching (predeterminado)');
    expect(template.body).toBe(DEFAULT_TEMPLATES.es.body);
    setLanguage('en');
    expect((await defaultTemplate()).body).toBe(DEFAULT_TEMPLATES.en.body);
  });

  it('makes a Spanish agreement, with the engagement merged in Spanish words', async () => {
    setLanguage('es');
    const agreement = await agreementFor(engagementFor(['Lucía Fernández']));
    expect(agreement.title).toBe('Acuerdo de coaching');
    expect(agreement.unfilledFields).toEqual([]);
    const text = agreement.body.replace(/\u00a0/g, ' ');
    expect(text).toContain('El coaching no es terapia');
    expect(text).toContain(
      'Este acuerdo se celebra entre Lucía Fernández ("el cliente") y Ana Rivera, de Rivera Coaching ("el coach").',
    );
    expect(text).toContain('El cliente ha elegido un enfoque centrado en un propósito concreto.');
    expect(text).toContain(
      'comienza el 1 de marzo de 2025. Fecha prevista de finalización: 31 de agosto de 2025.',
    );
    expect(text).toContain('Hemos previsto 12 sesiones de 60 minutos, cada dos semanas.');
    expect(text).toContain('Los honorarios son de 150,00 € por sesión, a cargo del cliente.');
    expect(text).toContain('con al menos 24 horas de antelación');
    for (const words of ENGLISH) expect(text, words).not.toContain(words);
  });

  it('words a group with a sponsor, and open dates and numbers, in Spanish', async () => {
    setLanguage('es');
    const engagementId = engagementFor(['Lucía Fernández', 'Mateo Gómez'], {
      sponsorName: 'Banco Andino',
      feeArrangement: 'package',
      feeMinor: 300000,
      endDate: null,
      plannedSessions: null,
      frequency: '',
      focus: 'both',
    });
    const text = (await agreementFor(engagementId)).body.replace(/\u00a0/g, ' ');
    expect(text).toContain(
      'entre Lucía Fernández y Mateo Gómez, integrantes de Círculo de líderes ("los clientes"), Banco Andino ("el patrocinador"), y Ana Rivera',
    );
    expect(text).toContain('Fecha prevista de finalización: la que acordemos.');
    expect(text).toContain('Hemos previsto varias sesiones de 60 minutos, en las fechas que acordemos.');
    expect(text).toContain('son de 3000,00 €, a cargo de Banco Andino (el patrocinador).');
    expect(text).toContain('la persona en su conjunto y un propósito concreto');
    for (const words of ENGLISH) expect(text, words).not.toContain(words);
  });

  it('leaves an agreement made in English as it was when the coach turns to Spanish', async () => {
    setLanguage('en');
    const made = await agreementFor(engagementFor(['Lucía Fernández']));
    expect(made.body).toContain('Coaching is not therapy');
    setLanguage('es');
    expect((await router.call('agreements', 'get', { id: made.id })).body).toBe(made.body);
  });

  it('keeps the coach’s own wording of the default template in every language', async () => {
    setLanguage('es');
    const { id } = await defaultTemplate();
    const own = { name: 'Mi acuerdo', body: '# Mi acuerdo\n\nEntre {{client.name}} y {{coach.name}}.' };
    expect(await router.call('templates', 'update', { id, fields: own })).toMatchObject(own);
    setLanguage('en');
    expect(await defaultTemplate()).toMatchObject(own);
    const text = (await agreementFor(engagementFor(['Lucía Fernández']))).body;
    expect(text).toBe('# Mi acuerdo\n\nEntre Lucía Fernández y Ana Rivera.');
  });

  it('still follows the language after the coach saves it unchanged in Spanish', async () => {
    setLanguage('es');
    const { id, name, body } = await defaultTemplate();
    await router.call('templates', 'update', { id, fields: { name, body } });
    setLanguage('en');
    expect(await defaultTemplate()).toMatchObject(DEFAULT_TEMPLATES.en);
  });
});
