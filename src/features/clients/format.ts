import type { ClientStatus } from '../../../electron/shared/clients';
import { clientStatuses } from '../../../electron/shared/clients';
import { i18n, messageText } from '../../i18n';
import { currentLocale, formatDay as formatCalendarDay, formatDate, formatTime } from '../../i18n/format';

/** Words and formats for client records, in one place. */

/**
 * A label per value whose words are looked up each time one is read, so a map can be
 * kept in a constant and still follow a language change.
 */
export function labelMap<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Readonly<Record<K, string>> {
  const map = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(map, key, { enumerable: true, get: () => label(key) });
  return map;
}

export const statusLabels = labelMap(clientStatuses, (status: ClientStatus) =>
  i18n.t(`clients:status.${status}`),
);

export const sourceLabels = labelMap(['self', 'referral', 'other'] as const, (source) =>
  i18n.t(`clients:source.${source}`),
);

/** A calendar day (YYYY-MM-DD) as the coach sees dates; never shifted by the local zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  return formatCalendarDay(day);
}

/** An instant as a local calendar day. */
export function formatInstantDay(iso: string): string {
  if (Number.isNaN(new Date(iso).getTime())) return iso;
  return formatDate(iso);
}

/** Today's date in the coach's zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function firstGrapheme(word: string): string {
  for (const { segment } of segmenter.segment(word)) return segment;
  return '';
}

/** One or two letters for an avatar, in any script: "Nguyễn Thị Lan" → "NL", "李雷" → "李", "محمد" → "م". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  // Han, Hiragana, Katakana and Hangul names read well as their first character alone.
  if (
    words.length === 1 ||
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(first)
  ) {
    return firstGrapheme(first).toLocaleUpperCase();
  }
  const last = words[words.length - 1] ?? '';
  return `${firstGrapheme(first)}${firstGrapheme(last)}`.toLocaleUpperCase();
}

/** A stable hue per record, so an avatar keeps its colour. */
export function hueOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  const hues = [168, 200, 28, 262, 340, 140, 222, 14];
  return hues[hash % hues.length] ?? 168;
}

/** "Brazilian Portuguese" for "pt-BR", in the coach's language; the tag itself when the runtime does not know it. */
export function languageName(tag: string): string {
  if (!tag) return '';
  try {
    return new Intl.DisplayNames(currentLocale(), { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Wall-clock time now in a zone, e.g. "14:05"; null for an unknown zone. */
export function localTimeIn(zone: string, now = new Date()): string | null {
  if (!zone) return null;
  try {
    // Only checks the zone exists (formatTime would fall back to the computer's zone).
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return null;
  }
  return formatTime(now, zone);
}

/** The first path segment of a field error, without the `fields.` wrapper of update calls. */
export function fieldKey(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const path = field.replace(/^fields\./, '');
  return path.split('.')[0];
}

/**
 * Zod issues from a shared schema as one message per top-level field (the first issue wins),
 * in the coach's language (the schemas' messages are references, see electron/shared/messages.ts).
 */
export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    if (!(key in errors)) errors[key] = messageText(issue.message);
  }
  return errors;
}

/** Moves focus to the first control marked invalid inside a container. */
