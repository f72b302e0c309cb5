import type { en } from './i18n/resources';

/**
 * Messages written in the reader's language, wherever they are made.
 *
 * Shared schemas run in both processes and services run in main, but only the side that
 * shows a message knows the coach's language. So a schema message or an AppError message
 * is a *message reference*: the key of a text in the `errors` namespace, plus parameters,
 * in one string so it travels wherever a message goes (a zod issue, `AppError.message`):
 *
 *   errors:date.format
 *   errors:text.tooLong {"what":"errors:fields.clientName","max":200}
 *
 * It becomes words in one place per process: main's router before an error crosses IPC
 * (electron/core/i18n.ts), the renderer's `messageText` for checks it runs itself
 * (src/i18n). A parameter that is itself a reference (a word such as `what`) is
 * translated too; a list parameter is joined with `errors:list.and`. Text that is not a
 * reference passes through unchanged, so plain English from older code still shows.
 */

/** A plural form's key without its suffix: i18next picks `rows_one` or `rows_other` for `rows` and a `count`. */
type PluralBase<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${PluralBase<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type Errors = (typeof en)['errors'];

/** Every text of the `errors` namespace, checked at compile time against the English file. */
export type MessageKey = `errors:${Leaves<Errors>}`;
/** The words a required or length-limited text field is called in its messages. */
export type FieldName = keyof Errors['fields'];

/** A number, a literal (file name, merge field), a reference to a word, or a list of references. */
export type MessageParam = string | number | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

const REFERENCE = /^(errors:[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)(?: (\{.*\}))?$/s;

/** A message reference for `key` with `params` (see above). */
export function msg(key: MessageKey, params?: MessageParams): string {
  return params && Object.keys(params).length > 0 ? `${key} ${JSON.stringify(params)}` : key;
}

/** The reference to a field's own words, for `errors:text.*` messages. */
export function fieldWords(field: FieldName): string {
  return msg(`errors:fields.${field}`);
}

export interface ParsedMessage {
  key: MessageKey;
  params: Record<string, MessageParam>;
}

function isParam(value: unknown): value is MessageParam {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

/** The key and parameters of a message reference; null for any other text. */
export function parseMessage(text: string): ParsedMessage | null {
  const match = REFERENCE.exec(text);
  if (!match) return null;
  const key = match[1] as MessageKey;
  if (match[2] === undefined) return { key, params: {} };
  try {
    const params: unknown = JSON.parse(match[2]);
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    if (!Object.values(params).every(isParam)) return null;
    return { key, params: params as Record<string, MessageParam> };
  } catch {
    return null;
  }
}

export function isMessageReference(text: string): boolean {
  return parseMessage(text) !== null;
}

/** An i18next `t` already fixed to one language (or following the current one). */
export type Translate = (key: MessageKey, options: Record<string, string | number>) => string;

/** The words of a message in the language `t` speaks; text that is not a reference, unchanged. */
export function translateMessage(text: string, t: Translate): string {
  const parsed = parseMessage(text);
  if (!parsed) return text;
  const options: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(parsed.params)) {
    if (typeof value === 'number') options[name] = value;
    else if (typeof value === 'string') options[name] = translateMessage(value, t);
    else options[name] = value.map((item) => translateMessage(item, t)).join(t('errors:list.and', {}));
  }
  return t(parsed.key, options);
}
