import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../../electron/shared/i18n/resources';

/** Every language has every key: English is the reference, Spanish must match it. */
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Plural forms differ by language (Spanish has 'many'); compare the keys without them.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).filter((v) => v !== 'count');

describe.each(NAMESPACES)('translations: %s', (ns) => {
  const en = flatten(resources.en[ns] as Tree);
  const es = flatten(resources.es[ns] as Tree);

  it('Spanish has every English key and no other', () => {
    const enKeys = [...new Set([...en.keys()].map(base))].sort();
    const esKeys = [...new Set([...es.keys()].map(base))].sort();
    expect(
      esKeys.filter((k) => !enKeys.includes(k)),
      'keys only in Spanish',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !esKeys.includes(k)),
      'keys missing in Spanish',
    ).toEqual([]);
  });

  it('plural keys have their "one" and "other" forms in both languages', () => {
    for (const map of [en, es]) {
      const plurals = new Set([...map.keys()].filter((k) => PLURAL.test(k)).map(base));
      for (const key of plurals) {
        expect(map.has(`${key}_one`) && map.has(`${key}_other`), key).toBe(true);
      }
    }
  });

  it('no text is empty and both languages use the same placeholders', () => {
    for (const [key, text] of en) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      const spanish = es.get(key) ?? es.get(`${base(key)}_other`);
      if (spanish === undefined) continue; // reported by the first test
      expect(spanish.trim(), `es ${key}`).not.toBe('');
      expect(new Set(variables(spanish)), `placeholders of ${ns}:${key}`).toEqual(new Set(variables(text)));
    }
  });
});
