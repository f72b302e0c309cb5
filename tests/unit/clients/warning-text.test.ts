import { afterEach, describe, expect, it } from 'vitest';
import type { RecordWarning } from '../../../electron/shared/clients';
import { warningKey, warningText } from '../../../src/features/clients/warning-text';
import { applyPreferences } from '../../../src/i18n';

const speak = (language: 'en' | 'es') =>
  applyPreferences({ language, dateFormat: 'locale', weekStart: 'locale' });
afterEach(() => speak('en'));

const active: RecordWarning = {
  kind: 'no-signed-agreement',
  engagementId: 'e1',
  engagementTitle: 'Growing the studio',
  sessions: 0,
};
const withSessions: RecordWarning = { ...active, sessions: 3 };
const ending: RecordWarning = {
  kind: 'agreement-ending',
  engagementId: 'e1',
  engagementTitle: 'Growing the studio',
  agreementId: 'a1',
  endDate: '2025-04-01',
};

describe('record warnings in the coach’s language, from their data', () => {
  it('says them in English', () => {
    speak('en');
    expect(warningText(active)).toBe('“Growing the studio” is active but has no signed agreement.');
    expect(warningText({ ...active, sessions: 1 })).toBe(
      '“Growing the studio” has 1 session but no signed agreement.',
    );
    expect(warningText(withSessions)).toBe('“Growing the studio” has 3 sessions but no signed agreement.');
    expect(warningText(ending)).toBe('The agreement for “Growing the studio” ends on Apr 1, 2025.');
  });

  it('says them in Spanish, with the date the Spanish way', () => {
    speak('es');
    expect(warningText(active)).toBe('«Growing the studio» está activo pero no tiene un acuerdo firmado.');
    expect(warningText(withSessions)).toBe(
      '«Growing the studio» tiene 3 sesiones pero ningún acuerdo firmado.',
    );
    expect(warningText(ending)).toBe('El acuerdo de «Growing the studio» termina el 1 abr 2025.');
  });

  it('tells two agreements of one engagement apart', () => {
    expect(warningKey(ending)).not.toBe(warningKey({ ...ending, agreementId: 'a2' }));
    expect(warningKey(active)).not.toBe(warningKey(ending));
  });
});
