import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGE_FIELDS, mergeValues } from '../../../electron/core/agreements/merge-values';
import { DEFAULT_TEMPLATES } from '../../../electron/core/agreements/templates';
import {
  type Engagement,
  feeArrangements,
  focusKinds,
  frequencies,
} from '../../../electron/shared/engagements';
import { LANGUAGES } from '../../../electron/shared/preferences';

// The shipped coaching agreement, one Markdown file per language: the same merge fields and the
// same sections in each, and merge values worded in the agreement's language.

const fieldsOf = (body: string) => [...body.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const headingLevels = (body: string) => [...body.matchAll(/^(#+) /gm)].map((m) => m[1]);

describe('the shipped agreement templates', () => {
  it('ships one per language Coachbook speaks', () => {
    const files = readdirSync(join(__dirname, '../../../resources/templates')).sort();
    expect(files).toEqual(LANGUAGES.map((l) => `coaching-agreement.${l}.md`).sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has the English merge fields and sections', (language) => {
    const en = DEFAULT_TEMPLATES.en.body;
    const other = DEFAULT_TEMPLATES[language].body;
    expect(fieldsOf(other)).toEqual(fieldsOf(en));
    expect(headingLevels(other)).toEqual(headingLevels(en));
    expect(other).not.toBe(en);
    expect(DEFAULT_TEMPLATES[language].name).not.toBe(DEFAULT_TEMPLATES.en.name);
  });

  it('uses only the merge fields Coachbook fills', () => {
    for (const language of LANGUAGES) {
      for (const field of fieldsOf(DEFAULT_TEMPLATES[language].body)) {
        expect(MERGE_FIELDS as readonly string[], `${language}: ${field}`).toContain(field);
      }
    }
  });
});

const ENGAGEMENT: Engagement = {
  id: 'e1',
  title: 'Leaders circle',
  kind: 'individual',
  status: 'active',
  participants: [{ id: 'c1', fullName: 'Lucía Fernández' }],
  sponsorName: '',
  focus: 'whole-person',
  focusDescription: '',
  feeArrangement: 'per-session',
  feeMinor: 15000,
  currency: 'EUR',
  startDate: '2025-03-01',
  endDate: null,
  plannedSessions: null,
  sessionMinutes: 60,
  frequency: '',
} as unknown as Engagement;

function values(locale: string, engagement: Partial<Engagement> = {}) {
  return mergeValues({
    engagement: { ...ENGAGEMENT, ...engagement },
    coachName: 'Ana Rivera',
    practiceName: 'Rivera Coaching',
    cancellationNoticeHours: 24,
    locale,
  });
}

describe('merge values in Spanish', () => {
  it('words every focus, frequency and fee arrangement differently from English', () => {
    const variants: Partial<Engagement>[] = [
      ...focusKinds.map((focus) => ({ focus })),
      ...frequencies.map((frequency) => ({ frequency })),
      ...feeArrangements.map((feeArrangement) => ({ feeArrangement })),
      { sponsorName: 'Banco Andino' },
      {
        kind: 'group' as const,
        participants: [...ENGAGEMENT.participants, { id: 'c2', fullName: 'Mateo Gómez' }],
      },
    ];
    const sameEverywhere = new Set([
      'client.name',
      'coach.name',
      'practice.name',
      'sponsor.name',
      'engagement.title',
    ]);
    for (const variant of variants) {
      const en = values('en', variant);
      const es = values('es', variant);
      for (const field of MERGE_FIELDS) {
        if (sameEverywhere.has(field) || en[field] === '' || /^\d+$/.test(en[field])) continue;
        expect(es[field], `${JSON.stringify(variant)} ${field}`).not.toBe(en[field]);
      }
    }
  });

  it('follows the locale’s language, region or not', () => {
    expect(values('es-MX')['engagement.sessionLength']).toBe('60 minutos');
    expect(values('en-GB')['engagement.sessionLength']).toBe('60 minutes');
  });
});
