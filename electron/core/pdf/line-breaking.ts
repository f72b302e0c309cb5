/** Where text may break into lines: words, CJK characters, and graphemes for the long ones. */

export interface Chunk {
  text: string;
  /** Whitespace that preceded the chunk in the source (dropped at line starts). */
  spaceBefore: string;
}

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
// Closing punctuation that must not start a line (a basic kinsoku rule), so it sticks to what precedes it.
const NO_LINE_START =
  /^[、。，．・：；？！ー〜」』）〕］｝〉》〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)\]}%’”]/u;

// What could make a grapheme of whitespace plus something else (a mark or format character after
// a space, a prepended format character before one, an emoji modifier, CR LF), or call for breaks
// between characters (CJK): such text is split grapheme by grapheme.
const NOT_WORD_BY_WORD = new RegExp(
  `${CJK_CHAR.source}|\\r|\\s[\\p{M}\\p{Cf}\\u{1F3FB}-\\u{1F3FF}]|\\p{Cf}\\s`,
  'u',
);
const SPACES_OR_WORD = /\s+|\S+/gu;

/** Splits text into unbreakable chunks: space-separated words, and single CJK characters. */
export function breakChunks(text: string): Chunk[] {
  if (NOT_WORD_BY_WORD.test(text)) return breakChunksByGrapheme(text);
  // What the grapheme walk gives when every grapheme is a single space or part of a word.
  const chunks: Chunk[] = [];
  let pendingSpace = '';
  for (const token of text.match(SPACES_OR_WORD) ?? []) {
    if (/^\s/u.test(token)) {
      pendingSpace += token.replace(/[\n\t]/g, ' ');
      continue;
    }
    chunks.push({ text: token, spaceBefore: pendingSpace });
    pendingSpace = '';
  }
  return chunks;
}

/** breakChunks without its shortcut (exported for the tests that compare them). */
export function breakChunksByGrapheme(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pendingSpace = '';
  let current: Chunk | null = null;
  let prevWasCjk = false;
  const pushCurrent = () => {
    if (current) chunks.push(current);
    current = null;
  };
  for (const g of graphemesOf(text)) {
    if (/^\s+$/u.test(g)) {
      pushCurrent();
      pendingSpace += g === '\n' || g === '\t' ? ' ' : g;
      prevWasCjk = false;
      continue;
    }
    const isCjk = CJK_CHAR.test(g);
    const breakBefore = current !== null && (isCjk || prevWasCjk) && !NO_LINE_START.test(g);
    if (breakBefore) pushCurrent();
    if (current === null) {
      current = { text: g, spaceBefore: pendingSpace };
      pendingSpace = '';
    } else {
      (current as Chunk).text += g;
    }
    prevWasCjk = isCjk;
  }
  pushCurrent();
  return chunks;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Printable ASCII, and precomposed Latin, Greek and Cyrillic letters with common punctuation:
// one grapheme per character (no combining marks, joiners, CR/LF pairs, surrogates or Hangul).
// The segmenter is the slow path for the rest.
const ONE_GRAPHEME_PER_CHARACTER =
  /^[\x20-\x7e\u00a0-\u02af\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;
export function graphemesOf(text: string): string[] {
  if (ONE_GRAPHEME_PER_CHARACTER.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

// ---------------------------------------------------------------------------------------------
// Tables
