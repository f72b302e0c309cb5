import { describe, expect, it } from 'vitest';
import { CREDENTIAL_RULES } from '../../../electron/core/hours/rules';

/** The numbers a citation states, as written (thousands separators dropped). */
const numbers = (text: string) => (text.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+/g) ?? []).sort();

describe('credential rule citations', () => {
  it.each(CREDENTIAL_RULES.map((rule) => [rule.id, rule] as const))(
    '%s cites its source in Spanish too, with the same figures',
    (_id, rule) => {
      const spanish = rule.sourceTranslations.es;
      expect(spanish, 'the Spanish citation').toBeDefined();
      // Same hours, clients, months and years as the English, so a translation cannot drift from the rule.
      expect(numbers(spanish ?? '')).toEqual(numbers(rule.source));
      expect(spanish).not.toMatch(/\b(hours|clients|requirements|coaching experience|paid)\b/i);
    },
  );
});
