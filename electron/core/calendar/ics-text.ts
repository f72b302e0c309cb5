/**
 * The text layer of RFC 5545 (iCalendar): content lines, folding, TEXT escaping and
 * parameters. Only what Coachbook reads and writes; values are interpreted elsewhere.
 */

export const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

const utf8 = new TextEncoder();

function octets(text: string): number {
  return utf8.encode(text).length;
}

/**
 * Folds one content line into chunks of at most 75 octets; each continuation starts with a
 * space (which counts toward its 75). Never splits a UTF-8 sequence (code point by code point).
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const length = octets(char);
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Joins content lines into an iCalendar stream: folded, CRLF after every line. */
export function serializeLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join('');
}

/** A physical line as read, with the line number where its content line started. */
export interface UnfoldedLine {
  text: string;
  line: number;
}

/**
 * Splits a stream into content lines, undoing folding (a line break followed by one space
 * or tab continues the previous line). Accepts bare LF too: many exporters are sloppy.
 */
export function unfoldLines(text: string): UnfoldedLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: UnfoldedLine[] = [];
  physical.forEach((raw, index) => {
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      last.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      lines.push({ text: raw, line: index + 1 });
    }
  });
  return lines;
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks are escaped; other
 * control characters are not allowed in TEXT at all, so they are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** One parsed content line: NAME;PARAM=value:VALUE. Names and parameter names are upper-cased. */
export interface ContentLine {
  name: string;
  params: Record<string, string[]>;
  value: string;
  line: number;
}

const NAME = /^[A-Za-z0-9-]+$/;

/** RFC 6868 caret escapes in parameter values: ^n newline, ^^ caret, ^' double quote. */
function decodeParamValue(value: string): string {
  return value.replace(/\^(n|\^|')/g, (_match, char: string) =>
    char === 'n' ? '\n' : char === "'" ? '"' : '^',
  );
}

/**
 * Parses one unfolded content line, or returns null when it is not one (no colon, bad name).
 * Quoted parameter values may contain ':', ';' and ','.
 */
export function parseContentLine({ text, line }: UnfoldedLine): ContentLine | null {
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  const name = text.slice(0, i);
  if (!NAME.test(name) || i >= text.length) return null;
  const params: Record<string, string[]> = {};
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) return null;
    const paramName = text.slice(i, eq).toUpperCase();
    if (!NAME.test(paramName)) return null;
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(decodeParamValue(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        let j = i;
        while (j < text.length && !';:,'.includes(text[j] as string)) j++;
        values.push(decodeParamValue(text.slice(i, j)));
        i = j;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    params[paramName] = [...(params[paramName] ?? []), ...values];
  }
  if (text[i] !== ':') return null;
  return { name: name.toUpperCase(), params, value: text.slice(i + 1), line };
}

/** The first value of a parameter, if present. */
export function param(content: ContentLine, name: string): string | undefined {
  return content.params[name]?.[0];
}
