/**
 * Merge fields in agreement templates look like {{client.name}}. A field with no
 * value is left in place and reported, so the coach sees what still needs filling
 * instead of a silently blank sentence.
 */
const FIELD = /\{\{\s*([A-Za-z][A-Za-z0-9.]*)\s*\}\}/g;

export interface MergeResult {
  text: string;
  missing: string[];
}

export function mergeTemplate(template: string, values: Readonly<Record<string, string>>): MergeResult {
  const missing = new Set<string>();
  const text = template.replace(FIELD, (whole, key: string) => {
    if (Object.hasOwn(values, key)) return values[key] ?? '';
    missing.add(key);
    return whole;
  });
  return { text, missing: [...missing] };
}

/** The merge fields still present in a text (after editing, for the "unfilled" warning). */
export function unfilledFields(text: string): string[] {
  return [...new Set([...text.matchAll(FIELD)].map((m) => `{{${m[1]}}}`))];
}
