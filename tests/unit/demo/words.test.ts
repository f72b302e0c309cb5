import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../electron/core/demo/coaching-text';
import { DEMO_WORDS } from '../../../electron/core/demo/words';
import { LANGUAGES } from '../../../electron/shared/preferences';

/**
 * The demo draws the same random numbers in every language (so a seed gives the same practice,
 * and English stays as it was): each language's words must have the same shape as English, and
 * each sentence the same random placeholders in the same order ({name} draws nothing).
 */
const DRAWN = /\{(other|n|day)\}/g;
const drawn = (text: string) => [...text.matchAll(DRAWN)].map((m) => m[1]).join(',');

/** Every string in `value` with its path, and the shape (lengths, keys) around them. */
function walk(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') out.set(path, '<function>');
  else if (Array.isArray(value)) {
    out.set(`${path}.length`, String(value.length));
    for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out);
  } else out.set(path, String(value));
}

const strings = (language: (typeof LANGUAGES)[number]) => {
  const out = new Map<string, string>();
  walk(DEMO_WORDS[language], 'words', out);
  return out;
};

describe('the demo’s words in each language', () => {
  const english = strings('en');

  it('English is the generator’s own tables', () => {
    expect(DEMO_WORDS.en.themes).toBe(THEMES);
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has the shape of English, entry for entry`, () => {
      const other = strings(language);
      expect([...other.keys()]).toEqual([...english.keys()]);
      for (const [path, text] of english) {
        if (path.endsWith('.length'))
          expect({ path, length: other.get(path) }).toEqual({ path, length: text });
      }
    });

    it(`${language} sentences draw the same placeholders in the same order`, () => {
      const other = strings(language);
      for (const [path, text] of english) {
        const translated = other.get(path) ?? '';
        expect({ path, drawn: drawn(translated) }).toEqual({ path, drawn: drawn(text) });
        // No placeholder the generator does not fill.
        expect(translated.replace(/\{(name|other|n|day)\}/g, '')).not.toMatch(/[{}]/);
        // Empty stays empty (a reflection left blank), and nothing else is empty.
        expect({ path, empty: translated === '' }).toEqual({ path, empty: text === '' });
      }
    });

    it(`${language} keeps what is not words: categories, ethics flags, themes’ kinds`, () => {
      const w = DEMO_WORDS[language];
      expect(w.ceCourses.map(([provider, , category, ethics]) => [provider, category, ethics])).toEqual(
        DEMO_WORDS.en.ceCourses.map(([provider, , category, ethics]) => [provider, category, ethics]),
      );
      // Tags are a set per client: distinct in every language, or a client would lose one.
      expect(new Set(w.tags).size).toBe(w.tags.length);
      // A sponsor's signer is the part of the contact before the comma.
      for (const [, contact] of w.communityPartners) expect(contact.split(',')).toHaveLength(2);
      for (const role of w.teamContactRoles) expect(role).not.toContain(',');
    });
  }
});
