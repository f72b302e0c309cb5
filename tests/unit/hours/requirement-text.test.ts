import { afterEach, describe, expect, it } from 'vitest';
import { findRule } from '../../../electron/core/hours/rules';
import type { Exclusion, Requirement } from '../../../electron/shared/hours';
import { ceFields, manualHoursFields } from '../../../electron/shared/hours';
import {
  exclusionText,
  missingPhrases,
  parseHoursToMinutes,
  prerequisiteText,
  requirementFigure,
  requirementLabel,
  requirementValueText,
  ruleName,
  sponsorName,
} from '../../../src/features/hours/format';
import { issuesByField } from '../../../src/features/hours/validation';
import { applyPreferences } from '../../../src/i18n';

const speak = (language: 'en' | 'es') =>
  applyPreferences({ language, dateFormat: 'locale', weekStart: 'locale' });
afterEach(() => speak('en'));

const req = (over: Partial<Requirement> & Pick<Requirement, 'key'>): Requirement => ({
  label: 'from main',
  required: 100,
  achieved: 0,
  unit: 'hours',
  met: false,
  ...over,
});

/** ICF ACC, part way: the numbers of the hours journey (tests/e2e/hours.e2e.test.ts). */
const acc: Requirement[] = [
  req({ key: 'total', required: 100, achieved: 14.5 }),
  req({ key: 'paid', required: 75, achieved: 12.25 }),
  req({ key: 'clients', required: 8, achieved: 7, unit: 'clients' }),
  req({ key: 'recent', label: 'Hours in the last 18 months', required: 25, achieved: 11.5, months: 18 }),
  req({ key: 'years', required: 1, achieved: 1, unit: 'years', met: true }),
];

const exclusion = (reason: Exclusion['reason'], minutes: number, message = 'from main'): Exclusion => ({
  reason,
  minutes,
  sessions: 2,
  message,
});

describe('the Hours section words requirements in the coach’s language', () => {
  it('says what is still needed, as main used to in English, and in Spanish', () => {
    expect(missingPhrases(acc)).toEqual([
      '85.5 more hours',
      '62.75 more paid hours',
      '1 more client',
      '13.5 more recent hours',
    ]);
    expect(missingPhrases([req({ key: 'mentor-total', required: 10, achieved: 0 })])).toEqual([
      '10 more hours of mentor coaching',
    ]);
    speak('es');
    expect(missingPhrases(acc)).toEqual([
      '85,5 horas más',
      '62,75 horas remuneradas más',
      '1 cliente más',
      '13,5 horas recientes más',
    ]);
  });

  it('labels requirements by kind, the recent-hours window from its months', () => {
    expect(requirementLabel(acc[3] as Requirement)).toBe('Hours in the last 18 months');
    expect(requirementLabel(req({ key: 'recent', months: 1 }))).toBe('Hours in the last month');
    speak('es');
    expect(acc.map(requirementLabel)).toEqual([
      'Horas de coaching',
      'Horas remuneradas',
      'Clientes',
      'Horas en los últimos 18 meses',
      'Años de práctica',
    ]);
    // Main's words only for a recent requirement without its window.
    expect(requirementLabel(req({ key: 'recent', label: 'from main' }))).toBe('from main');
  });

  it('writes the figures with the unit agreeing with the number', () => {
    const clients = req({ key: 'clients', required: 8, achieved: 8, unit: 'clients', met: true });
    expect(requirementFigure(acc[0] as Requirement)).toBe('14.5 / 100 hours');
    expect(requirementFigure(req({ key: 'years', required: 1, achieved: 0.5, unit: 'years' }))).toBe(
      '0.5 / 1 year',
    );
    expect(requirementValueText(clients)).toBe('8 of 8 clients, met');
    speak('es');
    expect(requirementFigure(acc[0] as Requirement)).toBe('14,5 / 100 horas');
    expect(requirementValueText(clients)).toBe('8 de 8 clientes, cumplido');
  });

  it('explains what was not counted, groups over the limit too', () => {
    const groups = { ...exclusion('group-too-large', 240), groupLimit: 15 };
    expect(exclusionText(exclusion('before-training', 90))).toBe('1.5 h before your training start date');
    expect(exclusionText(groups)).toBe('2 sessions in groups over 15 (4 h)');
    expect(exclusionText({ ...groups, sessions: 1, minutes: 90 })).toBe(
      '1 session in groups over 15 (1.5 h)',
    );
    speak('es');
    expect(exclusionText(exclusion('before-training', 90))).toBe(
      '1,5 h antes de la fecha de inicio de tu formación',
    );
    expect(exclusionText(groups)).toBe('2 sesiones en grupos de más de 15 (4 h)');
    expect(exclusionText({ ...groups, sessions: 1, minutes: 90 })).toBe(
      '1 sesión en grupos de más de 15 (1,5 h)',
    );
    // Main's words only for an exclusion without its limit.
    expect(exclusionText(exclusion('group-too-large', 240, 'from main'))).toBe('from main');
  });

  it('names the sponsor chart’s rows without a sponsor in the coach’s language', () => {
    const rows = [
      { kind: 'sponsor', sponsor: 'Northwind Health' },
      { kind: 'none', sponsor: 'No sponsor (client pays or pro bono)' },
      { kind: 'manual', sponsor: 'Logged outside Coachbook' },
    ] as const;
    expect(rows.map(sponsorName)).toEqual([
      'Northwind Health',
      'No sponsor (client pays or pro bono)',
      'Logged outside Coachbook',
    ]);
    speak('es');
    expect(rows.map(sponsorName)).toEqual([
      'Northwind Health',
      'Sin patrocinador (cliente o pro bono)',
      'Registradas fuera de Coachbook',
    ]);
  });

  it('words descriptive rule names and prerequisites; credential names stay as they are', () => {
    const renewal = findRule('icf-renewal');
    const mcc = findRule('icf-mcc');
    const acc = findRule('icf-acc');
    if (!renewal || !mcc || !acc) throw new Error('rule files missing');
    // The English keys say what the rule files say: a rule file's new words need new keys.
    expect(ruleName(renewal)).toBe(renewal.name);
    const mccProgress = { ruleId: mcc.id, prerequisite: mcc.prerequisite ?? null };
    expect(prerequisiteText(mccProgress)).toBe(mcc.prerequisite);
    speak('es');
    expect(ruleName(renewal)).toBe('Renovación de la credencial ICF (cada 3 años)');
    expect(prerequisiteText(mccProgress)).toBe('Tener o haber tenido la credencial PCC de ICF.');
    expect(ruleName(acc)).toBe('ICF Associate Certified Coach (ACC)');
    expect(prerequisiteText({ ruleId: acc.id, prerequisite: null })).toBeNull();
    expect(prerequisiteText({ ruleId: 'some-new-rule', prerequisite: 'As the file says.' })).toBe(
      'As the file says.',
    );
  });

  it('reads hours typed with a decimal point or comma', () => {
    expect(parseHoursToMinutes('1,5')).toBe(90);
    expect(parseHoursToMinutes('.75')).toBe(45);
    expect(parseHoursToMinutes('')).toBe(0);
    expect(parseHoursToMinutes('one')).toBeNull();
  });
});

describe('form problems found by the shared schemas are shown in the coach’s language', () => {
  it('names the field’s problem, in Spanish too', () => {
    const manual = {
      clientName: ' ',
      clientContact: '',
      mode: 'individual',
      groupSize: 1,
      startDate: '2026-08-31',
      endDate: '2026-08-01',
      paidMinutes: 0,
      proBonoMinutes: 0,
      mayBeListed: false,
    } as const;
    const issues = manualHoursFields.safeParse(manual).error?.issues ?? [];
    expect(issuesByField(issues)).toMatchObject({
      clientName: "Enter the client's name.",
    });
    const valid = { ...manual, clientName: 'Hana Ito' };
    const order = manualHoursFields.safeParse(valid).error?.issues ?? [];
    expect(issuesByField(order)).toEqual({
      endDate: 'The end date is before the start date.',
      paidMinutes: 'Enter the paid or pro bono hours.',
    });
    speak('es');
    expect(issuesByField(order)).toEqual({
      endDate: 'La fecha de fin es anterior a la fecha de inicio.',
      paidMinutes: 'Indica las horas remuneradas o pro bono.',
    });
    const ce = ceFields.safeParse({
      provider: 'ICF Learning',
      course: 'Ethics',
      date: '2026-10-01',
      units: 3.25,
      category: 'core-competencies',
      ethics: true,
    });
    expect(issuesByField(ce.error?.issues ?? [])).toEqual({
      units: 'Usa como máximo un decimal.',
    });
  });
});
