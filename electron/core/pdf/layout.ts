import PDFDocument from 'pdfkit';
import {
  type Direction,
  drawableText,
  type FontKey,
  type FontSet,
  paragraphDirection,
  registerFonts,
  splitRuns,
  type TextRun,
} from './fonts';

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

export class PdfComposer {
  readonly pdf: PDFKit.PDFDocument;
  readonly margins: Margins;
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** Top of the next line box on the current page. */
  y = 0;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly onPageStart: ((composer: PdfComposer) => void) | undefined;
  private readonly widthCache = new Map<string, number>();
  private readonly latinPath: string;

  constructor(options: ComposerOptions) {
    this.margins = options.margins;
    this.onPageStart = options.onPageStart;
    [this.pageWidth, this.pageHeight] = options.size ?? A4;
    this.pdf = new PDFDocument({
      size: [this.pageWidth, this.pageHeight],
      // Our own margins: pdfkit's would make it add pages on its own when text nears the bottom.
      margin: 0,
      autoFirstPage: false,
      // Page numbers need the page count, known only at the end.
      bufferPages: true,
      // Without this pdfkit loads Helvetica as the default, which cannot show non-Latin names.
      font: options.fonts.paths.latin,
      info: options.info,
      displayTitle: true,
      lang: 'en',
    });
    registerFonts(this.pdf, options.fonts);
    this.latinPath = options.fonts.paths.latin;
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    this.addPage();
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
    const range = this.pdf.bufferedPageRange();
    return range.start + range.count - 1;
  }

  addPage(): void {
    this.pdf.addPage({ size: [this.pageWidth, this.pageHeight], margin: 0 });
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
    const key = `${style.size}|${style.bold ? 'b' : ''}|${text}`;
    const cached = this.widthCache.get(key);
    if (cached !== undefined) return cached;
    let width = 0;
    for (const run of splitRuns(text, { bold: style.bold ?? false })) width += this.runWidth(run, style.size);
    this.widthCache.set(key, width);
    return width;
  }

  private runWidth(run: TextRun, size: number): number {
    return this.selectFont(run.font).fontSize(runSize(run, size)).widthOfString(drawableText(run));
  }

  /**
   * pdfkit caches a font under the key it was asked for, except when the same font is
   * already loaded under another key: then it re-parses the font file on every call. The
   * Latin font is the document's default (loaded by path), so it is always asked for by that
   * path; asking for it as 'latin' made a 500-page report take minutes instead of seconds.
   */
  private selectFont(key: TextRun['font']): PDFKit.PDFDocument {
    return this.pdf.font(key === 'latin' ? this.latinPath : key);
  }

  /**
   * Greedy line breaking in logical order: breaks at spaces and around CJK characters (which
   * are written without spaces); a word longer than the line is split between graphemes.
   */
  wrap(text: string, style: TextStyle, width: number): string[] {
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
    const runs = splitRuns(text, { bold: style.bold ?? false, direction: options.direction ?? 'auto' });
    const widths = runs.map((r) => this.runWidth(r, style.size));
    const total = widths.reduce((a, b) => a + b, 0);
    let cursor = x;
    if (options.width !== undefined && options.align === 'right') cursor = x + options.width - total;
    if (options.width !== undefined && options.align === 'center') cursor = x + (options.width - total) / 2;
    const color = style.color ?? COLORS.text;
    runs.forEach((run, i) => {
      this.selectFont(run.font).fontSize(runSize(run, style.size)).fillColor(color);
      // Arabic and CJK have no bold face here: a hairline stroke of the glyph outline stands in.
      const fakeBold = (style.bold ?? false) && run.font !== 'latin-bold' && run.font !== 'latin';
      if (fakeBold) {
        this.pdf.save();
        this.pdf.lineWidth(style.size * 0.035).strokeColor(color);
      }
      this.pdf.text(drawableText(run), cursor, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        ...(fakeBold ? { fill: true, stroke: true } : {}),
      });
      if (fakeBold) this.pdf.restore();
      cursor += widths[i] ?? 0;
    });
    return total;
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
    this.pdf
      .save()
      .moveTo(options.x1 ?? this.left, y)
      .lineTo(options.x2 ?? this.right, y)
      .lineWidth(options.width ?? 0.6)
      .strokeColor(options.color ?? COLORS.rule)
      .stroke()
      .restore();
  }

  /**
   * Runs `stamp` on every page (with 0-based index and page count) for furniture that needs
   * the final count, then ends the document.
   */
  finish(stamp: (pageIndex: number, pageCount: number) => void): Promise<Buffer> {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      stamp(i - range.start, range.count);
    }
    this.pdf.end();
    return this.done;
  }
}

interface Chunk {
  text: string;
  /** Whitespace that preceded the chunk in the source (dropped at line starts). */
  spaceBefore: string;
}

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
// Closing punctuation that must not start a line (a basic kinsoku rule), so it sticks to what precedes it.
const NO_LINE_START =
  /^[、。，．・：；？！ー〜」』）〕］｝〉》〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)\]}%’”]/u;

/** Splits text into unbreakable chunks: space-separated words, and single CJK characters. */
function breakChunks(text: string): Chunk[] {
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
const ASCII = /^[\x20-\x7e]*$/;
function graphemesOf(text: string): string[] {
  // Printable ASCII has one grapheme per character; the segmenter is the slow path for the rest.
  if (ASCII.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface TableColumn {
  header: string;
  /** Share of the table's width, relative to the other columns' weights. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: readonly string[];
  /** A 'total' row is bold, on a tinted band under a heavier rule. */
  kind?: 'body' | 'total';
}

export interface TableOptions {
  x?: number;
  width?: number;
  body?: TextStyle;
  header?: TextStyle;
  /** Padding inside each cell, left/right and top/bottom. */
  padX?: number;
  padY?: number;
  /** Tints every other body row. */
  zebra?: boolean;
  /** Draws at the top of each continuation page, before the repeated header row (e.g. "… continued"). */
  onContinue?: (composer: PdfComposer) => void;
}

export interface TableResult {
  /** 0-based page index each row was drawn on, in row order. */
  rowPages: number[];
  /** Pages on which the header row was drawn (the first page of the table and every continuation). */
  headerPages: number[];
}

interface RowLayout {
  lines: string[][];
  height: number;
}

/**
 * Draws a table that flows over pages: cells wrap within their column, a row is never split
 * across pages (it moves whole to the next page), and the header row is repeated at the top
 * of every page the table continues on. The header never ends a page without a row under it.
 */
export function drawTable(
  c: PdfComposer,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: TableOptions = {},
): TableResult {
  const x0 = options.x ?? c.left;
  const width = options.width ?? c.right - x0;
  const bodyStyle: TextStyle = options.body ?? { size: 8.5, leading: 11.5 };
  const headerStyle: TextStyle = options.header ?? { ...bodyStyle, bold: true, color: '#ffffff' };
  const totalStyle: TextStyle = { ...bodyStyle, bold: true };
  const padX = options.padX ?? 5;
  const padY = options.padY ?? 4;
  const weights = columns.reduce((sum, col) => sum + col.weight, 0);
  const widths = columns.map((col) => (width * col.weight) / weights);
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const layout = (cells: readonly string[], style: TextStyle): RowLayout => {
    const lines = columns.map((_, i) => {
      const text = (cells[i] ?? '').trim();
      return text === '' ? [] : c.wrap(text, style, (widths[i] ?? 0) - 2 * padX);
    });
    const count = Math.max(1, ...lines.map((l) => l.length));
    return { lines, height: count * c.leading(style) + 2 * padY };
  };
  /** A row taller than a whole page keeps the lines that fit, the last one ending in an ellipsis. */
  const clip = (row: RowLayout, style: TextStyle, available: number): RowLayout => {
    const lead = c.leading(style);
    const max = Math.max(1, Math.floor((available - 2 * padY) / lead));
    const lines = row.lines.map((cell, i) => {
      if (cell.length <= max) return cell;
      const kept = cell.slice(0, max);
      kept[max - 1] = c.fitLine(`${kept[max - 1]}…`, style, (widths[i] ?? 0) - 2 * padX);
      return kept;
    });
    return { lines, height: max * lead + 2 * padY };
  };
  const drawCells = (row: RowLayout, style: TextStyle, top: number) => {
    const lead = c.leading(style);
    row.lines.forEach((cell, i) => {
      const col = columns[i] as TableColumn;
      const cellWidth = (widths[i] ?? 0) - 2 * padX;
      const direction = paragraphDirection(cell.join(' '));
      cell.forEach((line, k) => {
        c.drawLine(line, (lefts[i] ?? x0) + padX, c.baselineIn(top + padY + k * lead, style), style, {
          direction,
          align: col.align ?? 'left',
          width: cellWidth,
        });
      });
    });
  };

  const result: TableResult = { rowPages: [], headerPages: [] };
  const header = layout(
    columns.map((col) => col.header),
    headerStyle,
  );
  const drawHeader = () => {
    const top = c.y;
    c.pdf.save().rect(x0, top, width, header.height).fillColor(COLORS.accent).fill().restore();
    drawCells(header, headerStyle, top);
    c.y = top + header.height;
    result.headerPages.push(c.pageIndex);
  };

  const first = rows[0];
  c.ensureSpace(
    header.height + (first ? layout(first.cells, first.kind === 'total' ? totalStyle : bodyStyle).height : 0),
  );
  drawHeader();
  let bodyIndex = 0;
  for (const row of rows) {
    const style = row.kind === 'total' ? totalStyle : bodyStyle;
    let cells = layout(row.cells, style);
    if (c.y + cells.height > c.bottom + 0.01) {
      c.addPage();
      options.onContinue?.(c);
      drawHeader();
      if (c.y + cells.height > c.bottom + 0.01) cells = clip(cells, style, c.bottom - c.y);
    }
    const top = c.y;
    if (row.kind === 'total') {
      c.pdf.save().rect(x0, top, width, cells.height).fillColor(COLORS.faint).fill().restore();
      c.rule(top, { x1: x0, x2: x0 + width, color: COLORS.accent, width: 1 });
    } else {
      if (options.zebra && bodyIndex % 2 === 1) {
        c.pdf.save().rect(x0, top, width, cells.height).fillColor(COLORS.faint).fill().restore();
      }
      bodyIndex += 1;
    }
    drawCells(cells, style, top);
    c.rule(top + cells.height, { x1: x0, x2: x0 + width, width: 0.5 });
    c.y = top + cells.height;
    result.rowPages.push(c.pageIndex);
  }
  return result;
}
