import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import {
  type Direction,
  drawableText,
  type FontKey,
  type FontSet,
  forgetSubsetGlyphs,
  paragraphDirection,
  registerFonts,
  rememberParsedFont,
  splitRuns,
  type TextRun,
} from './fonts';
import { breakChunks, graphemesOf } from './line-breaking';

/**
 * A small page-flow engine over pdfkit for the app's printable documents (agreements now,
 * hour reports later). It does its own wrapping and pagination because pdfkit's wrapper can
 * only measure in one font at a time, while a single line may need Latin, Arabic and CJK fonts.
 */

export const A4: readonly [number, number] = [595.28, 841.89];
/** A4 turned sideways, for wide tables such as hour logs. */
export const A4_LANDSCAPE: readonly [number, number] = [841.89, 595.28];

export const COLORS = {
  text: '#1d2530',
  muted: '#667085',
  accent: '#1f3a5f',
  rule: '#d0d5dd',
  faint: '#f4f6f9',
} as const;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Distance between baselines, in points; defaults to 1.45 × size. */
  leading?: number;
}

export interface ParagraphOptions {
  /** Left edge; defaults to the content's left margin. */
  x?: number;
  /** Line width; defaults to the rest of the content width from x. */
  width?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Marker (e.g. '•') drawn in the gutter of the first line, with the text hanging at `indent`. */
  bullet?: string;
  indent?: number;
  /** Extra height that must fit below the paragraph's first lines, so a heading is not stranded. */
  keepWithNext?: number;
}

export interface ComposerOptions {
  fonts: FontSet;
  margins: Margins;
  info: PDFKit.DocumentInfo;
  /** Page size in points; A4 portrait unless given (e.g. A4_LANDSCAPE). */
  size?: readonly [number, number];
  /** Called on each new page before any content, e.g. for a watermark under the text. */
  onPageStart?: (composer: PdfComposer) => void;
  /**
   * Draw every run with pdfkit's text() instead of writing the operators here: the tests hold
   * the composer's own writing to pdfkit's page by page.
   */
  pdfkitText?: boolean;
}

/**
 * Noto Sans Arabic's letters read noticeably smaller than Noto Sans at the same point size;
 * this brings a name like محمد up to the weight of the Latin text around it.
 */
const FONT_SCALE: Partial<Record<FontKey, number>> = { arabic: 1.15 };
function runSize(run: TextRun, size: number): number {
  return size * (FONT_SCALE[run.font] ?? 1);
}

/** Vertical metrics of Noto Sans (per em), used to centre text in its line box. */
const ASCENT = 1.069;
const DESCENT = 0.293;

const LINE_BREAKING_SPACE = /[\n\t]/;
const ASCII_TEXT = /^[\x20-\x7e]*$/;

/** What the composer uses of a pdfkit font object (pdfkit's EmbeddedFont). */
interface PdfkitFont {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
  widthOfString(text: string, size: number): number;
}
interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface LinePart {
  key: FontKey;
  /** pdfkit's font object when the composer writes the run itself; null: pdfkit draws it. */
  font: PdfkitFont | null;
  size: number;
  /** The run's text as handed to the font (see drawableText). */
  text: string;
  width: number;
  /** The TJ operand ('' for nothing to draw); null: pdfkit draws it. */
  tj: string | null;
  fakeBold: boolean;
}

interface PreparedLine {
  parts: LinePart[];
  width: number;
}

/**
 * What depends only on the text and the font files (runs, widths, line breaks), kept for later
 * documents too: a practice's reports print the same names, dates and figures again and again.
 * Each store starts afresh past 50,000 entries.
 */
const CACHE_ENTRIES = 50_000;
function cached<K, V>(store: Map<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    if (store.size >= CACHE_ENTRIES) store.clear();
    store.set(key, value);
  }
  return value;
}
function storeIn<K, V>(stores: Map<string, Map<K, V>>, name: string): Map<K, V> {
  let store = stores.get(name);
  if (!store) {
    store = new Map();
    stores.set(name, store);
  }
  return store;
}
/** splitRuns by style and direction. */
const runStores = new Map<string, Map<string, TextRun[]>>();
/** Advance widths (per 1000 em) and line breaks, by font files. */
const fontStores = new WeakMap<
  FontSet,
  { advances: Map<string, Map<string, number>>; lines: Map<string, Map<string, string[]>> }
>();

/**
 * pdfkit keeps the shaped glyphs of each word (fontkit's layout, the costly step) per document;
 * shaping depends only on the font and the word, so documents using the same parsed font share
 * one store, held weakly by the parsed font and started afresh past 50,000 words (tens of MB).
 */
const layoutCaches = new WeakMap<object, Record<string, unknown>>();
const LAYOUT_CACHE_WORDS = 50_000;
function shareLayoutCache(font: object | undefined, parsed: object | undefined): void {
  const holder = font as { layoutCache?: unknown } | undefined;
  if (!holder || !parsed || typeof holder.layoutCache !== 'object' || holder.layoutCache === null) return;
  let shared = layoutCaches.get(parsed);
  if (!shared || Object.keys(shared).length > LAYOUT_CACHE_WORDS) {
    shared = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(parsed, shared);
  }
  holder.layoutCache = shared;
}

/**
 * Compresses a finished page's content stream at zlib level 1 instead of pdfkit's default 6:
 * a quarter of the time for ~15% more bytes. pdfkit writes a stream that already has a Filter
 * as it is.
 */
function compressFast(content: unknown): void {
  const ref = content as { buffer?: unknown; compress?: unknown; data?: Record<string, unknown> } | undefined;
  if (ref?.compress !== true || !Array.isArray(ref.buffer) || typeof ref.data !== 'object') return;
  const chunks = ref.buffer as unknown[];
  if (chunks.length === 0 || !chunks.every((c) => c instanceof Uint8Array)) return;
  const packed = deflateSync(Buffer.concat(chunks as Uint8Array[]), { level: 1 });
  ref.buffer = [packed];
  ref.compress = false;
  ref.data.Filter = 'FlateDecode';
  ref.data.Length = packed.length;
}

/**
 * Glyph codes (pdfkit's 4-digit hex, two bytes each) as a literal string of those bytes: the
 * same codes in half the bytes of pdfkit's hex string. Bytes that end a string or a line in a
 * literal string are escaped. Content streams are written as latin1, one byte per character.
 */
function glyphString(encoded: readonly string[], from: number, to: number): string {
  let out = '(';
  for (let i = from; i < to; i++) {
    const code = Number.parseInt(encoded[i] as string, 16);
    for (const byte of [code >> 8, code & 0xff]) {
      if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
      else if (byte === 0x0a) out += '\\n';
      else if (byte === 0x0d) out += '\\r';
      else out += String.fromCharCode(byte);
    }
  }
  return `${out})`;
}

/** pdfkit's number formatting in content streams. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * The TJ operand pdfkit's `_fragment` writes for a text (glyph codes, with kerning adjustments
 * in thousandths of an em, so independent of the size), or null when a glyph is offset from the
 * baseline: pdfkit then positions glyphs one by one.
 */
function textOperand(font: PdfkitFont, text: string): string | null {
  const [encoded, positions] = font.encode(text);
  const commands: string[] = [];
  let last = 0;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const pos = positions[cur - 1] as GlyphPosition;
      commands.push(`${glyphString(encoded, last, cur)} ${pdfNumber(-(pos.xAdvance - pos.advanceWidth))}`);
    }
    last = cur;
  };
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i] as GlyphPosition;
    if (pos.xOffset || pos.yOffset) return null;
    if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
  }
  addSegment(positions.length);
  return commands.length === 0 ? '' : `[${commands.join(' ')}]`;
}

export class PdfComposer {
  /** The pdfkit document; `pdf` hands it out with everything composed so far written. */
  private readonly doc: PDFKit.PDFDocument;
  /** Content-stream operators composed but not yet handed to the page, written in one go. */
  private pending: string[] = [];
  private readonly fontSet: FontSet;
  readonly margins: Margins;
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** Top of the next line box on the current page. */
  y = 0;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly onPageStart: ((composer: PdfComposer) => void) | undefined;
  private readonly pdfkitText: boolean;
  /** pdfkit's font object for each key (null: not the shape expected; draw through pdfkit). */
  private readonly fonts = new Map<FontKey, PdfkitFont | null>();
  /** Glyph operands of each text in each font: the glyph codes are this document's subset's. */
  private readonly operands = new Map<string, Map<string, string | null>>();
  private readonly colors = new Map<string, string>();
  private readonly lineCache = new Map<string, Map<string, PreparedLine>>();
  private readonly stores: NonNullable<ReturnType<typeof fontStores.get>>;

  constructor(options: ComposerOptions) {
    this.margins = options.margins;
    this.onPageStart = options.onPageStart;
    this.pdfkitText = options.pdfkitText ?? false;
    [this.pageWidth, this.pageHeight] = options.size ?? A4;
    this.fontSet = options.fonts;
    let stores = fontStores.get(options.fonts);
    if (!stores) {
      stores = { advances: new Map(), lines: new Map() };
      fontStores.set(options.fonts, stores);
    }
    this.stores = stores;
    this.doc = new PDFDocument({
      size: [this.pageWidth, this.pageHeight],
      // Our own margins: pdfkit's would make it add pages on its own when text nears the bottom.
      margin: 0,
      autoFirstPage: false,
      // Page numbers need the page count, known only at the end.
      bufferPages: true,
      // No default font: pdfkit would load Helvetica (which cannot show non-Latin names), or
      // parse a font file for every document. Every piece of text picks a registered font.
      font: null as unknown as string,
      info: options.info,
      displayTitle: true,
      lang: 'en',
    });
    registerFonts(this.doc, options.fonts);
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.addPage();
  }

  /** The pdfkit document, for drawing the composer does not do; what it composed comes first. */
  get pdf(): PDFKit.PDFDocument {
    this.flush(true);
    return this.doc;
  }

  /** Writes graphics operators (outside a text object). */
  private write(operators: string): void {
    this.endText();
    this.pending.push(operators);
    if (this.pending.length >= 512) this.flush(false);
  }

  /**
   * Writes a run of text with the operators pdfkit's text() writes for it (`_fragment` without
   * spacing options), straight into the page: for a 500-page table pdfkit's own path cost more
   * than everything else together. Glyph codes and kerning come from pdfkit's font object and
   * encoder (textOperand). Consecutive runs share one text object (BT…ET, in pdfkit's y-up
   * space), setting the font, size and colour only when they change.
   */
  private text: { font: string; size: number; color: string } | null = null;

  private writeText(fontId: string, size: number, color: string, x: number, y: number, tj: string): void {
    let state = this.text;
    if (!state) {
      this.pending.push(`q\n1 0 0 -1 0 ${pdfNumber(this.pageHeight)} cm\nBT`);
      state = { font: '', size: -1, color: '' };
      this.text = state;
    }
    if (state.font !== fontId || state.size !== size) {
      this.pending.push(`/${fontId} ${pdfNumber(size)} Tf`);
      state.font = fontId;
      state.size = size;
    }
    if (state.color !== color) {
      this.pending.push(`${this.rgb(color)} rg`);
      state.color = color;
    }
    // Cells of a row share a baseline and columns share left edges: format each number once.
    if (y !== this.lastY) {
      this.lastY = y;
      this.lastYText = String(pdfNumber(y));
    }
    let xText = this.xTexts.get(x);
    if (xText === undefined) {
      xText = String(pdfNumber(x));
      if (this.xTexts.size < 4096) this.xTexts.set(x, xText);
    }
    this.pending.push(`1 0 0 1 ${xText} ${this.lastYText} Tm\n${tj} TJ`);
    if (this.pending.length >= 512) this.flush(false);
  }
  private lastY = Number.NaN;
  private lastYText = '';
  private readonly xTexts = new Map<number, string>();

  private endText(): void {
    if (!this.text) return;
    this.pending.push('ET\nQ');
    this.text = null;
  }

  /**
   * Hands the pending operators to the current page, as bytes (pdfkit would convert each string
   * itself). `complete`: close an open text object first, as something else will be drawn next.
   */
  private flush(complete: boolean): void {
    if (complete) this.endText();
    if (this.pending.length === 0) return;
    let bytes = 0;
    for (const operators of this.pending) bytes += operators.length + 1;
    const out = Buffer.allocUnsafe(bytes);
    let at = 0;
    for (const operators of this.pending) {
      at += out.write(operators, at, 'latin1');
      out[at++] = 0x0a;
    }
    this.doc.addContent(out);
    this.pending = [];
  }

  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return this.pageWidth - this.margins.right;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.pageHeight - this.margins.bottom;
  }
  get remaining(): number {
    return this.bottom - this.y;
  }
  /** 0-based index of the page being composed. */
  get pageIndex(): number {
    return this.pages - 1;
  }
  /** Pages added so far (the composer only ever appends pages). */
  private pages = 0;

  addPage(): void {
    this.flush(true);
    this.doc.addPage({ size: [this.pageWidth, this.pageHeight], margin: 0 });
    this.pages += 1;
    this.y = this.margins.top;
    this.onPageStart?.(this);
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom + 0.01) this.addPage();
  }

  leading(style: TextStyle): number {
    return style.leading ?? style.size * 1.45;
  }

  /** Width of a single line of text, every run in its own font. */
  measure(text: string, style: TextStyle): number {
    let width = 0;
    for (const run of this.runsOf(text, style.bold ?? false, 'auto')) width += this.runWidth(run, style.size);
    return width;
  }

  private runsOf(text: string, bold: boolean, direction: Direction | 'auto'): TextRun[] {
    return cached(storeIn(runStores, `${bold ? 'b' : ''}${direction}`), text, () =>
      splitRuns(text, { bold, direction }),
    );
  }

  private runWidth(run: TextRun, size: number): number {
    // As pdfkit's widthOfString: the layout's advance (per 1000 em) × size / 1000.
    return this.advance(run.font, drawableText(run)) * (runSize(run, size) / 1000);
  }

  /** Makes the font current in pdfkit (for drawing pdfkit does itself); writes nothing. */
  private selectFont(key: TextRun['font']): PDFKit.PDFDocument {
    return this.doc.font(key);
  }

  private fontObject(key: FontKey): PdfkitFont | null {
    let font = this.fonts.get(key);
    if (font === undefined) {
      const candidate = (this.selectFont(key) as unknown as { _font?: Partial<PdfkitFont> })._font;
      font =
        candidate &&
        typeof candidate.id === 'string' &&
        typeof candidate.ref === 'function' &&
        typeof candidate.encode === 'function' &&
        typeof candidate.widthOfString === 'function'
          ? (candidate as PdfkitFont)
          : null;
      this.fonts.set(key, font);
      const parsed = (candidate as { font?: object } | undefined)?.font;
      rememberParsedFont(this.fontSet.data[key], parsed);
      shareLayoutCache(candidate, parsed);
    }
    return font;
  }

  private advance(key: FontKey, text: string): number {
    return cached(storeIn(this.stores.advances, key), text, () => {
      const font = this.fontObject(key);
      return font ? font.widthOfString(text, 1000) : this.selectFont(key).fontSize(1000).widthOfString(text);
    });
  }

  /** The TJ operand for a text in a font ('' for nothing to draw), or null: pdfkit draws it. */
  private operand(key: FontKey, font: PdfkitFont, text: string): string | null {
    return cached(storeIn(this.operands, key), text, () => textOperand(font, text));
  }

  /**
   * Greedy line breaking in logical order: breaks at spaces and around CJK characters (which
   * are written without spaces); a word longer than the line is split between graphemes.
   */
  wrap(text: string, style: TextStyle, width: number): string[] {
    const key = `${style.size}${style.bold ? 'b' : ''}${width}`;
    return cached(storeIn(this.stores.lines, key), text, () => this.breakLines(text, style, width));
  }

  private breakLines(text: string, style: TextStyle, width: number): string[] {
    // A line that fits as it is (most table cells): what the breaking below would give, had it
    // measured the whole line rather than the sum of its words.
    if (
      text !== '' &&
      !LINE_BREAKING_SPACE.test(text) &&
      text === text.trim() &&
      (ASCII_TEXT.test(text) || text === text.normalize('NFC')) &&
      this.measure(text, style) <= width
    ) {
      return [text];
    }
    const chunks = breakChunks(text.normalize('NFC'));
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const push = () => {
      if (line !== '') lines.push(line);
      line = '';
      lineWidth = 0;
    };
    for (const chunk of chunks) {
      if (line !== '') {
        const w = this.measure(chunk.spaceBefore + chunk.text, style);
        if (lineWidth + w <= width) {
          line += chunk.spaceBefore + chunk.text;
          lineWidth += w;
          continue;
        }
        push();
      }
      const w = this.measure(chunk.text, style);
      if (w <= width) {
        line = chunk.text;
        lineWidth = w;
        continue;
      }
      // A single token wider than the line: fill lines grapheme by grapheme.
      for (const g of graphemesOf(chunk.text)) {
        const gw = this.measure(g, style);
        if (line !== '' && lineWidth + gw > width) push();
        line += g;
        lineWidth += gw;
      }
    }
    push();
    return lines;
  }

  /** `text` if it fits in `width`, else as much of its first line as fits, with an ellipsis. */
  fitLine(text: string, style: TextStyle, width: number): string {
    if (this.measure(text, style) <= width) return text;
    const ellipsis = '…';
    const [first = ''] = this.wrap(text, style, width - this.measure(ellipsis, style));
    return `${first}${ellipsis}`;
  }

  /**
   * Draws one line with its left edge at x and its baseline at `baseline`; runs are bidi-ordered.
   * With align 'right' the line ends at x + width. Returns the drawn width.
   */
  drawLine(
    text: string,
    x: number,
    baseline: number,
    style: TextStyle,
    options: { direction?: Direction; align?: 'left' | 'right' | 'center'; width?: number } = {},
  ): number {
    const line = this.prepareLine(text, style.bold ?? false, style.size, options.direction ?? 'auto');
    let cursor = x;
    if (options.width !== undefined && options.align === 'right') cursor = x + options.width - line.width;
    if (options.width !== undefined && options.align === 'center')
      cursor = x + (options.width - line.width) / 2;
    const color = style.color ?? COLORS.text;
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> };
    for (const part of line.parts) {
      if (part.font && part.tj !== null) {
        if (part.tj !== '') {
          if (page.fonts[part.font.id] == null) page.fonts[part.font.id] = part.font.ref();
          this.writeText(part.font.id, part.size, color, cursor, this.pageHeight - baseline, part.tj);
        }
      } else {
        this.drawWithPdfkit(part, cursor, baseline, style, color);
      }
      cursor += part.width;
    }
    return line.width;
  }

  /**
   * A line's runs with their widths and, where the composer writes them itself, their glyphs:
   * worked out once per text and style in a document (a report repeats names and figures).
   */
  private prepareLine(
    text: string,
    bold: boolean,
    size: number,
    direction: Direction | 'auto',
  ): PreparedLine {
    const key = `${size}${bold ? 'b' : ''}${direction}`;
    let byText = this.lineCache.get(key);
    if (!byText) {
      byText = new Map();
      this.lineCache.set(key, byText);
    }
    let line = byText.get(text);
    if (line) return line;
    const parts: LinePart[] = [];
    let width = 0;
    for (const run of this.runsOf(text, bold, direction)) {
      const partSize = runSize(run, size);
      const drawable = drawableText(run);
      const partWidth = this.runWidth(run, size);
      // Arabic and CJK have no bold face here: a hairline stroke of the glyph outline stands in.
      const fakeBold = bold && run.font !== 'latin-bold' && run.font !== 'latin';
      const font = fakeBold || this.pdfkitText || drawable.includes('\n') ? null : this.fontObject(run.font);
      const tj = font ? this.operand(run.font, font, drawable) : null;
      parts.push({ key: run.font, font, size: partSize, text: drawable, width: partWidth, tj, fakeBold });
      width += partWidth;
    }
    line = { parts, width };
    byText.set(text, line);
    return line;
  }

  /** What the composer does not write itself (fake bold, glyphs off the baseline), pdfkit draws. */
  private drawWithPdfkit(part: LinePart, x: number, baseline: number, style: TextStyle, color: string): void {
    const pdf = this.pdf;
    pdf.font(part.key).fontSize(part.size).fillColor(color);
    if (part.fakeBold) {
      pdf.save();
      pdf.lineWidth(style.size * 0.035).strokeColor(color);
    }
    pdf.text(part.text, x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      ...(part.fakeBold ? { fill: true, stroke: true } : {}),
    });
    if (part.fakeBold) pdf.restore();
  }

  /** "r g b" (0–1) for a #rgb or #rrggbb colour, as pdfkit's fillColor/strokeColor write it. */
  private rgb(color: string): string {
    let out = this.colors.get(color);
    if (out === undefined) {
      const six = /^#[0-9a-f]{3}$/i.test(color) ? color.replace(/[0-9a-f]/gi, '$&$&') : color;
      if (!/^#[0-9a-f]{6}$/i.test(six)) throw new Error(`Unsupported colour ${color}: use #rrggbb`);
      const hex = Number.parseInt(six.slice(1), 16);
      out = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ');
      this.colors.set(color, out);
    }
    return out;
  }

  /** A filled rectangle (y down from the top of the page). */
  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.write(
      `q\n${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re\n${this.rgb(color)} rg\nf\nQ`,
    );
  }

  /** Baseline for a line box of `leading` height whose top is `top`, centring Noto's ascent+descent. */
  baselineIn(top: number, style: TextStyle): number {
    return top + this.leading(style) / 2 + ((ASCENT - DESCENT) / 2) * style.size;
  }

  /** Height `paragraph` would take for this text, ignoring page breaks. */
  paragraphHeight(text: string, style: TextStyle, options: ParagraphOptions = {}): number {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const indent = options.bullet !== undefined ? (options.indent ?? 16) : (options.indent ?? 0);
    const lines = this.wrap(text, style, width - indent).length;
    return (options.spaceBefore ?? 0) + lines * this.leading(style) + (options.spaceAfter ?? 0);
  }

  /** Flows a paragraph onto the pages, breaking pages between lines without leaving one line alone. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const indent = options.bullet !== undefined ? (options.indent ?? 16) : (options.indent ?? 0);
    const direction = paragraphDirection(text);
    const lines = this.wrap(text, style, width - indent);
    if (lines.length === 0) return;
    const lead = this.leading(style);
    const keep = options.keepWithNext ?? 0;

    if (options.spaceBefore && this.y > this.margins.top + 0.01) this.y += options.spaceBefore;
    lines.forEach((line, i) => {
      const left = lines.length - i;
      // Orphan/widow control: at least two lines of a paragraph together on a page.
      const needLines = i === 0 ? Math.min(2, lines.length) : left === 2 ? 2 : 1;
      this.ensureSpace(needLines * lead + (i === 0 ? keep : 0));
      const baseline = this.baselineIn(this.y, style);
      const rtl = direction === 'rtl';
      // RTL paragraphs mirror the layout: text flush right, bullet in the right-hand gutter.
      const textX = rtl ? x : x + indent;
      if (i === 0 && options.bullet !== undefined) {
        const bulletStyle = { ...style, color: style.color ?? COLORS.accent };
        const bw = this.measure(options.bullet, style);
        const bx = rtl ? x + width - bw - 2 : x + 2;
        this.drawLine(options.bullet, bx, baseline, bulletStyle);
      }
      this.drawLine(line, textX, baseline, style, {
        direction,
        align: rtl ? 'right' : 'left',
        width: width - indent,
      });
      this.y += lead;
    });
    this.y += options.spaceAfter ?? 0;
  }

  rule(y: number, options: { x1?: number; x2?: number; color?: string; width?: number } = {}): void {
    // pdfkit's save/moveTo/lineTo/lineWidth/strokeColor/stroke/restore, in one write.
    const [x1, x2] = [pdfNumber(options.x1 ?? this.left), pdfNumber(options.x2 ?? this.right)];
    this.write(
      `q\n${x1} ${pdfNumber(y)} m\n${x2} ${pdfNumber(y)} l\n${pdfNumber(options.width ?? 0.6)} w\n${this.rgb(options.color ?? COLORS.rule)} RG\nS\nQ`,
    );
  }

  /**
   * Runs `stamp` on every page (with 0-based index and page count) for furniture that needs
   * the final count, then ends the document.
   */
  finish(stamp: (pageIndex: number, pageCount: number) => void): Promise<Buffer> {
    this.flush(true);
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      stamp(i - range.start, range.count);
      this.flush(true);
      compressFast((this.doc.page as unknown as { content?: unknown }).content);
    }
    this.doc.end();
    forgetSubsetGlyphs(this.fontSet);
    return this.done;
  }
}
