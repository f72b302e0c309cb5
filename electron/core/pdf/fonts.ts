import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import bidiFactory from 'bidi-js';

/**
 * The embedded fonts. pdfkit's built-in Helvetica only knows WinAnsi, so every piece of
 * text goes through one of these; which one is decided per script by `splitRuns`.
 */
export type FontKey =
  | 'latin'
  | 'latin-bold'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'cjk';

export const FONT_KEYS: readonly FontKey[] = [
  'latin',
  'latin-bold',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'cjk',
];

/** File names inside the fonts directory (see resources/fonts/README.md for sources and licences). */
export const FONT_FILES: Readonly<Record<FontKey, string>> = {
  latin: 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  // Shaped by fontkit's Indic shaper (conjuncts, reph, pre-base vowel signs); see the README for
  // the one known fault (Bengali).
  devanagari: 'NotoSansDevanagari-Regular.ttf',
  bengali: 'NotoSansBengali-Regular.ttf',
  tamil: 'NotoSansTamil-Regular.ttf',
  thai: 'NotoSansThai-Regular.ttf',
  // The non-"Full" Droid fallback: same Han coverage as the Full file for names, plus Hangul, and smaller.
  cjk: 'DroidSansFallback.ttf',
};

export interface FontSet {
  dir: string;
  /** Absolute path of each font file. */
  paths: Readonly<Record<FontKey, string>>;
  /** File contents, read once so repeated renders do not hit the disk. */
  data: Readonly<Record<FontKey, Buffer>>;
}

const FONTS_SUBDIR = join('resources', 'fonts');

/**
 * Walks up from `startDir` to the first directory holding `resources/fonts` with our fonts in it.
 * Used instead of `__dirname`, which points elsewhere once the code is bundled.
 */
export function findFontsDir(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, FONTS_SUBDIR);
    if (existsSync(join(candidate, FONT_FILES.latin))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The fonts directory: `explicitDir` when given (e.g. the packaged app's resources/fonts),
 * otherwise the repository's resources/fonts found by walking up from `startDir`.
 */
export function defaultFontsDir(options: { explicitDir?: string; startDir?: string } = {}): string {
  if (options.explicitDir !== undefined) return resolve(options.explicitDir);
  const startDir = options.startDir ?? process.cwd();
  const found = findFontsDir(startDir);
  if (found === null) throw new Error(`No ${FONTS_SUBDIR} directory above ${startDir}`);
  return found;
}

const fontSetCache = new Map<string, { mtimes: string; set: FontSet }>();

/** Reads the font files from `dir`, failing with the list of missing files. */
export function loadFonts(dir: string): FontSet {
  const abs = resolve(dir);
  const paths = Object.fromEntries(FONT_KEYS.map((k) => [k, join(abs, FONT_FILES[k])])) as Record<
    FontKey,
    string
  >;
  const missing = FONT_KEYS.filter((k) => !existsSync(paths[k])).map((k) => FONT_FILES[k]);
  if (missing.length > 0) throw new Error(`Missing font files in ${abs}: ${missing.join(', ')}`);
  // Keyed on mtimes so a replaced font file is picked up without restarting.
  const mtimes = FONT_KEYS.map((k) => statSync(paths[k]).mtimeMs).join(',');
  const cached = fontSetCache.get(abs);
  if (cached && cached.mtimes === mtimes) return cached.set;
  const data = Object.fromEntries(FONT_KEYS.map((k) => [k, readFileSync(paths[k])])) as Record<
    FontKey,
    Buffer
  >;
  const set: FontSet = { dir: abs, paths, data };
  fontSetCache.set(abs, { mtimes, set });
  return set;
}

/**
 * Fonts as pdfkit parsed them (fontkit objects), by file contents. pdfkit parses a font file
 * for every document that uses it (tens of milliseconds each); the parsed font is only
 * read from (each document keeps its own subset), so later documents are given it instead.
 */
const parsedFonts = new WeakMap<Buffer, object>();

/** Keeps the parsed form of a font file that a document has opened (pdfkit's `font.font`). */
export function rememberParsedFont(data: Buffer, parsed: unknown): void {
  if (parsed && typeof parsed === 'object' && typeof (parsed as { layout?: unknown }).layout === 'function') {
    parsedFonts.set(data, parsed);
  }
}

/**
 * Call once a document that shares parsed fonts has been written (pdfkit embeds the font subsets
 * synchronously in `end()`). fontkit keeps one record per glyph id, with the characters it was
 * first asked for; writing a subset asks for the parts of composite glyphs without characters
 * (Bengali র is drawn from ব, Tamil ௌ from ள, Thai ำ from า, Latin é from e). A later document
 * would then get ব with no character: the Indic shaper cannot tell it is a consonant and prints
 * dotted circles and detached vowel signs, and the text layer loses the letter. Forgetting
 * those records makes fontkit build them anew, with their characters, when text next asks.
 */
export function forgetSubsetGlyphs(fonts: FontSet): void {
  for (const key of FONT_KEYS) {
    const records = (parsedFonts.get(fonts.data[key]) as { _glyphs?: unknown } | undefined)?._glyphs;
    if (!records || typeof records !== 'object') continue;
    const byId = records as Record<string, { codePoints?: unknown } | null | undefined>;
    for (const id of Object.keys(byId)) {
      const codePoints = byId[id]?.codePoints;
      if (id !== '0' && Array.isArray(codePoints) && codePoints.length === 0) delete byId[id];
    }
  }
}

/** Registers every font under its FontKey name, so `pdf.font('cjk')` etc. work. */
export function registerFonts(pdf: PDFKit.PDFDocument, fonts: FontSet): void {
  // pdfkit takes a parsed (fontkit) font where it takes a file's bytes.
  for (const key of FONT_KEYS) {
    pdf.registerFont(key, (parsedFonts.get(fonts.data[key]) ?? fonts.data[key]) as Buffer);
  }
}

// ---------------------------------------------------------------------------------------------
// Script runs and bidi

export interface TextRun {
  /** Logical (reading) order; see `drawableText` for what to hand to pdfkit. */
  text: string;
  font: FontKey;
  /** True when the run sits at a right-to-left bidi level. */
  rtl: boolean;
}

export type Direction = 'ltr' | 'rtl';

export interface SplitOptions {
  bold?: boolean;
  /** Base direction of the paragraph this line belongs to; 'auto' (default) uses its first strong character. */
  direction?: Direction | 'auto';
}

// Script_Extensions so shared marks go with their script: the Arabic comma and tatweel are
// Script=Common but scx=Arabic, and 、。 are Common with scx including Han. Marks shared with
// Latin/Greek/Cyrillic (e.g. the middle dot, whose scx also lists Han) stay with the Latin font,
// which has them; the CJK font lacks most of them.
const LATIN_SHARED =
  /[\p{Script_Extensions=Latin}\p{Script_Extensions=Greek}\p{Script_Extensions=Cyrillic}]/u;
const ARABIC = /\p{Script_Extensions=Arabic}/u;
const HEBREW = /\p{Script_Extensions=Hebrew}/u;
// Scripts whose letters have no glyphs in Noto Sans, each in its own font, in the order a
// character shared by several of them (the dandas । ॥, Vedic signs) is given a font when the
// letter before it is of none of them.
const INDIC_AND_THAI: readonly (readonly [FontKey & CharClass, RegExp])[] = [
  ['devanagari', /\p{Script_Extensions=Devanagari}/u],
  ['bengali', /\p{Script_Extensions=Bengali}/u],
  ['tamil', /\p{Script_Extensions=Tamil}/u],
  ['thai', /\p{Script_Extensions=Thai}/u],
];
const ANY_INDIC_OR_THAI =
  /[\p{Script_Extensions=Devanagari}\p{Script_Extensions=Bengali}\p{Script_Extensions=Tamil}\p{Script_Extensions=Thai}]/u;
const CJK =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}\p{Script_Extensions=Bopomofo}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const INHERITED = /\p{Script=Inherited}/u;
// Characters that make the bidi algorithm worth running: strong RTL letters and the RTL controls.
const RTL_TRIGGER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\u200f\u202b\u202e\u2067]/u;
// fontkit (pdfkit's shaper) lays out runs of these scripts right to left by itself.
const SHAPER_RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const SCRIPT_SPECIFIC = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

let bidiInstance: ReturnType<typeof bidiFactory> | null = null;
function bidi(): ReturnType<typeof bidiFactory> {
  bidiInstance ??= bidiFactory();
  return bidiInstance;
}

interface Cp {
  ch: string;
  /** UTF-16 index in the line. */
  at: number;
  font: FontKey;
}

/**
 * Font for each code point. Whitespace and shared punctuation/digits use the Latin font, which
 * has them all (the CJK font lacks ASCII). Keeping spaces out of Arabic runs also makes each
 * Arabic word its own drawing operation, which is what lets pdftotext put the words back in
 * reading order.
 */
type CharClass =
  | 'latin'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'cjk'
  | 'inherited'
  | 'indic-shared';
/** Each character's class, worked out once (the Unicode property tests are the slow part). */
const charClasses = new Map<string, CharClass>();
function charClass(ch: string): CharClass {
  let kind = charClasses.get(ch);
  if (kind === undefined) {
    if (LATIN_SHARED.test(ch)) kind = 'latin';
    else if (ARABIC.test(ch)) kind = 'arabic';
    else if (HEBREW.test(ch)) kind = 'hebrew';
    else if (CJK.test(ch)) kind = 'cjk';
    else if (ANY_INDIC_OR_THAI.test(ch)) kind = indicClass(ch);
    else if (INHERITED.test(ch)) kind = 'inherited';
    else kind = 'latin';
    if (charClasses.size < 100_000) charClasses.set(ch, kind);
  }
  return kind;
}

function indicFonts(ch: string): FontKey[] {
  return INDIC_AND_THAI.filter(([, script]) => script.test(ch)).map(([font]) => font);
}

function indicClass(ch: string): CharClass {
  const fonts = indicFonts(ch);
  return fonts.length === 1 ? (fonts[0] as CharClass) : 'indic-shared';
}

function assignFonts(text: string, bold: boolean): Cp[] {
  const latin: FontKey = bold ? 'latin-bold' : 'latin';
  const out: Cp[] = [];
  let at = 0;
  for (const ch of text) {
    const kind = charClass(ch);
    const previous = out.length > 0 ? (out[out.length - 1] as Cp).font : null;
    let font: FontKey;
    if (kind === 'latin') font = latin;
    else if (kind === 'inherited') font = previous ?? latin;
    else if (kind === 'indic-shared') {
      // A danda ends a Bengali sentence in the Bengali font, a Devanagari one in Devanagari.
      const fonts = indicFonts(ch);
      font = previous !== null && fonts.includes(previous) ? previous : (fonts[0] as FontKey);
    } else font = kind;
    out.push({ ch, at, font });
    at += ch.length;
  }
  return out;
}

function mergeRuns(cps: readonly Cp[], rtlOf: (cp: Cp) => number): TextRun[] {
  const runs: TextRun[] = [];
  let prevLevel = -1;
  for (const cp of cps) {
    const level = rtlOf(cp);
    const last = runs[runs.length - 1];
    if (last && last.font === cp.font && level === prevLevel) last.text += cp.ch;
    else runs.push({ text: cp.ch, font: cp.font, rtl: level % 2 === 1 });
    prevLevel = level;
  }
  return runs;
}

/** Base direction of a paragraph: that of its first strong character (UAX #9 rules P2–P3). */
export function paragraphDirection(text: string): Direction {
  if (!RTL_TRIGGER.test(text)) return 'ltr';
  const level = bidi().getEmbeddingLevels(text.normalize('NFC')).paragraphs[0]?.level ?? 0;
  return level % 2 === 1 ? 'rtl' : 'ltr';
}

// Anything that takes a line off the one-run path: a non-Latin font, or bidi reordering.
const NOT_ONE_RUN = new RegExp(
  `${ARABIC.source}|${CJK.source}|${ANY_INDIC_OR_THAI.source}|${RTL_TRIGGER.source}`,
  'u',
);
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * Splits one line of text into font runs, in visual (left-to-right on the page) order.
 * Lines with RTL text are reordered with the Unicode bidi algorithm; each run's text stays
 * in logical order with RTL-mirrored brackets swapped (see `drawableText`).
 */
export function splitRuns(text: string, options: SplitOptions = {}): TextRun[] {
  // Most lines of a report are Latin (names, dates, figures): one run in the Latin font, which is
  // what splitRunsByCharacter gives for them, without a record per character.
  if (options.direction !== 'rtl' && !NOT_ONE_RUN.test(text)) {
    const line = ASCII_ONLY.test(text) ? text : text.normalize('NFC');
    return line === '' ? [] : [{ text: line, font: options.bold ? 'latin-bold' : 'latin', rtl: false }];
  }
  return splitRunsByCharacter(text, options);
}

/** splitRuns without its shortcut for one-run lines (exported for the tests that compare them). */
export function splitRunsByCharacter(text: string, options: SplitOptions = {}): TextRun[] {
  const line = text.normalize('NFC');
  const cps = assignFonts(line, options.bold ?? false);
  const direction = options.direction ?? 'auto';
  if (direction !== 'rtl' && !RTL_TRIGGER.test(line)) return mergeRuns(cps, () => 0);

  const b = bidi();
  const levels = b.getEmbeddingLevels(line, direction);
  const mirrored = b.getMirroredCharactersMap(line, levels.levels);
  const byIndex = new Map<number, Cp>();
  for (const cp of cps) {
    const swap = mirrored.get(cp.at);
    byIndex.set(cp.at, swap === undefined ? cp : { ...cp, ch: swap });
  }
  // Reordered UTF-16 indices; a surrogate pair's halves may come out swapped, so map each
  // index back to the code point that contains it and keep the first occurrence.
  const owner = new Map<number, number>();
  for (const cp of cps) for (let i = 0; i < cp.ch.length; i++) owner.set(cp.at + i, cp.at);
  const visual: Cp[] = [];
  const seen = new Set<number>();
  for (const index of b.getReorderedIndices(line, levels)) {
    const start = owner.get(index);
    if (start === undefined || seen.has(start)) continue;
    seen.add(start);
    visual.push(byIndex.get(start) as Cp);
  }
  const levelOf = (cp: Cp) => levels.levels[cp.at] ?? 0;
  const runs: TextRun[] = [];
  let group: Cp[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0] as Cp;
    const rtl = levelOf(first) % 2 === 1;
    // Visually ordered RTL characters are reversed logical order: undo that for the run text.
    const logical = rtl ? [...group].reverse() : group;
    runs.push({ text: logical.map((c) => c.ch).join(''), font: first.font, rtl });
    group = [];
  };
  for (const cp of visual) {
    const prev = group[group.length - 1];
    if (prev && (prev.font !== cp.font || levelOf(prev) !== levelOf(cp))) flush();
    group.push(cp);
  }
  flush();
  return runs;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The string to hand to pdfkit so the run's glyphs come out left to right in visual order.
 * fontkit already reverses runs whose first script-specific character is of an RTL script
 * (and needs logical order to shape Arabic joining forms); any other RTL run — neutrals such
 * as ": " or digits-free punctuation between Arabic words — is reversed here, by grapheme so
 * combining marks stay on their base.
 */
export function drawableText(run: TextRun): string {
  if (!run.rtl) return run.text;
  const firstScript = SCRIPT_SPECIFIC.exec(run.text)?.[0];
  if (firstScript !== undefined && SHAPER_RTL_SCRIPT.test(firstScript)) return run.text;
  return Array.from(graphemes.segment(run.text), (s) => s.segment)
    .reverse()
    .join('');
}
