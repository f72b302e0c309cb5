import type { Language } from '../../shared/preferences';
import type { CoachProfile } from '../../shared/profile';
import { credentialsLine } from '../coach/profile';
import { loadFonts } from '../pdf/fonts';
import { A4_LANDSCAPE, COLORS, PdfComposer, type TextStyle } from '../pdf/layout';
import { drawTable, type TableColumn, type TableResult, type TableRow } from '../pdf/table';
import { type DocumentText, documentText } from './format';

/**
 * The look shared by every hour report: a running header (practice and document title), a
 * footer with the generation date and "Page N of M" on every page, a title block with the
 * facts a credentialing body asks for, tables, notes and signature lines.
 */

export interface ReportFrame {
  /** Document title, also the PDF's Title. */
  title: string;
  /** Shown at the top right of every page. */
  runningTitle?: string;
  /** Leaves the running header off the first page, e.g. under a letterhead. */
  noHeaderOnFirstPage?: boolean;
  practiceName: string;
  coachName: string;
  subject: string;
  landscape: boolean;
  fontsDir: string;
  now: Date;
  /** The language the document is written in; English when not given. */
  language?: Language;
}

export const STYLES = {
  title: { size: 20, bold: true, color: COLORS.accent, leading: 26 },
  heading: { size: 12.5, bold: true, color: COLORS.accent, leading: 17 },
  body: { size: 10, leading: 14.5 },
  label: { size: 7.5, color: COLORS.muted, leading: 10 },
  value: { size: 10, leading: 13.5 },
  small: { size: 8, color: COLORS.muted, leading: 11 },
  note: { size: 8.5, color: '#3d4756', leading: 12 },
  cell: { size: 8.5, leading: 11.5 },
  headerCell: { size: 8, bold: true, color: '#ffffff', leading: 10.5 },
} satisfies Record<string, TextStyle>;

const LANDSCAPE_MARGINS = { top: 66, right: 46, bottom: 64, left: 46 };
const PORTRAIT_MARGINS = { top: 76, right: 60, bottom: 72, left: 60 };

export function openReport(frame: ReportFrame): PdfComposer {
  return new PdfComposer({
    fonts: loadFonts(frame.fontsDir),
    margins: frame.landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
    size: frame.landscape ? A4_LANDSCAPE : undefined,
    info: {
      Title: frame.title,
      Author: frame.coachName,
      Subject: frame.subject,
      Creator: 'Coachbook',
      Producer: 'Coachbook',
      CreationDate: frame.now,
    },
  });
}

/** Stamps the header and footer on every page and returns the PDF's bytes. */
export function finishReport(c: PdfComposer, frame: ReportFrame): Promise<Buffer> {
  const d = documentText(frame.language);
  const generated = d.t('frame.generatedBy', { date: d.generated(frame.now) });
  const confidential = d.t('frame.confidential');
  return c.finish((index, count) => {
    if (index > 0 || !frame.noHeaderOnFirstPage) drawRunningHeader(c, frame);
    const top = c.pageHeight - c.margins.bottom + 22;
    c.rule(top);
    c.drawLine(generated, c.left, top + 15, STYLES.small);
    c.drawLine(confidential, c.left, top + 15, STYLES.small, { align: 'center', width: c.contentWidth });
    c.drawLine(d.t('frame.pageOf', { page: index + 1, count }), c.left, top + 15, STYLES.small, {
      align: 'right',
      width: c.contentWidth,
    });
  });
}

function drawRunningHeader(c: PdfComposer, frame: ReportFrame): void {
  const baseline = c.margins.top - 26;
  const half = c.contentWidth / 2 - 12;
  const practice: TextStyle = { ...STYLES.small, bold: true, color: COLORS.accent };
  const left = frame.practiceName.trim() || frame.coachName;
  c.drawLine(c.fitLine(left, practice, half), c.left, baseline, practice);
  c.drawLine(
    c.fitLine(frame.runningTitle ?? frame.title, STYLES.small, half),
    c.right - half,
    baseline,
    STYLES.small,
    {
      align: 'right',
      width: half,
    },
  );
  c.rule(baseline + 8);
}

export function title(c: PdfComposer, text: string, subtitle?: string, byline?: string): void {
  c.paragraph(text, STYLES.title, { spaceAfter: subtitle || byline ? 0 : 6 });
  if (subtitle)
    c.paragraph(subtitle, { ...STYLES.body, color: COLORS.muted }, { spaceAfter: byline ? 2 : 6 });
  if (byline) c.paragraph(byline, { ...STYLES.body, bold: true, color: '#3d4756' }, { spaceAfter: 6 });
  c.rule(c.y + 2, { color: COLORS.accent, width: 1.2, x2: c.left + 48 });
  c.y += 14;
}

/** Label-over-value pairs laid out in a grid, like the top of a form. */
export function factGrid(c: PdfComposer, facts: readonly [string, string][], columns: number): void {
  const gap = 18;
  const width = (c.contentWidth - gap * (columns - 1)) / columns;
  for (let i = 0; i < facts.length; i += columns) {
    const row = facts.slice(i, i + columns);
    const wrapped = row.map(([, value]) => c.wrap(value || '—', STYLES.value, width));
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    const height = c.leading(STYLES.label) + lines * c.leading(STYLES.value) + 8;
    c.ensureSpace(height);
    const top = c.y;
    row.forEach(([label], k) => {
      const x = c.left + k * (width + gap);
      c.drawLine(label.toLocaleUpperCase('en'), x, c.baselineIn(top, STYLES.label), STYLES.label);
      (wrapped[k] ?? []).forEach((line, n) => {
        const lineTop = top + c.leading(STYLES.label) + n * c.leading(STYLES.value);
        c.drawLine(line, x, c.baselineIn(lineTop, STYLES.value), STYLES.value);
      });
    });
    c.y = top + height;
  }
  c.y += 6;
}

export function heading(c: PdfComposer, text: string, keepWithNext = 60): void {
  c.paragraph(text, STYLES.heading, { spaceBefore: 14, spaceAfter: 6, keepWithNext });
}

export function note(c: PdfComposer, text: string, marker?: string): void {
  c.paragraph(text, STYLES.note, {
    spaceAfter: 3,
    ...(marker !== undefined ? { bullet: marker, indent: 12 } : {}),
  });
}

export function table(
  c: PdfComposer,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  /** The heading repeated on each further page, e.g. "Client Coaching Log (continued)". */
  continued: string,
): TableResult {
  return drawTable(c, columns, rows, {
    body: STYLES.cell,
    header: STYLES.headerCell,
    zebra: true,
    onContinue: (composer) =>
      composer.paragraph(continued, { ...STYLES.small, bold: true }, { spaceAfter: 4 }),
  });
}

export interface SignatureField {
  label: string;
  /** Printed on the line; null leaves it blank to fill in by hand. */
  value: string | null;
  /** Share of the row's width. */
  weight: number;
  /** A signature image (PNG) drawn on the line, as ink would sit. */
  image?: Buffer | null;
}

/** Signature lines side by side, each with its label under it; kept on one page. */
export function signatureLines(c: PdfComposer, fields: readonly SignatureField[]): void {
  const gap = 24;
  const total = fields.reduce((s, f) => s + f.weight, 0);
  const usable = c.contentWidth - gap * (fields.length - 1);
  const inked = fields.some((f) => f.image);
  // Room above the line for a signature image when there is one.
  const ink = inked ? 40 : 0;
  const height = 58 + ink;
  c.ensureSpace(height);
  const lineY = c.y + 36 + ink;
  let x = c.left;
  for (const field of fields) {
    const width = (usable * field.weight) / total;
    if (field.image) {
      try {
        c.pdf.image(field.image, x + 4, lineY - 36 - ink + 16, {
          // Its box reaches a little below the line: drawn signatures have blank space under the ink.
          fit: [Math.min(width - 8, 220), 36 + ink - 10],
          valign: 'bottom',
        });
      } catch {
        // A damaged image must not stop the export: the line stays for a hand signature.
      }
    }
    if (field.value) c.drawLine(c.fitLine(field.value, STYLES.value, width), x, lineY - 5, STYLES.value);
    c.rule(lineY, { x1: x, x2: x + width, color: '#98a2b3', width: 0.7 });
    c.drawLine(field.label, x, lineY + 11, STYLES.small);
    x += width + gap;
  }
  c.y += height;
}

/** A PNG data URL as bytes; null when there is none. */
export function pngBytes(dataUrl: string | null | undefined): Buffer | null {
  if (!dataUrl) return null;
  const base64 = dataUrl.split(',')[1];
  return base64 ? Buffer.from(base64, 'base64') : null;
}

/**
 * The coach as a document presents them under its title: "Sofía Marín · ICF PCC (member 12345) ·
 * sofia@example.com". Empty parts are left out.
 */
export function coachByline(d: DocumentText, coachName: string, profile: CoachProfile | null): string {
  const name = profile?.name.trim() || coachName;
  const held = profile ? credentialsLine(profile, d.t('frame.memberNumber')) : '';
  return [name, held, profile?.email.trim() ?? ''].filter((part) => part !== '').join('  ·  ');
}

/**
 * A tinted box of key figures: label over a large value, side by side. An optional third
 * element weights a figure's share of the width; a value too wide is set smaller, not cut.
 */
export function keyFigures(c: PdfComposer, figures: readonly (readonly [string, string, number?])[]): void {
  const height = 48;
  c.ensureSpace(height + 8);
  const top = c.y;
  c.pdf.save().roundedRect(c.left, top, c.contentWidth, height, 4).fillColor(COLORS.faint).fill().restore();
  const weights = figures.map(([, , w]) => w ?? 1);
  const unit = c.contentWidth / weights.reduce((a, b) => a + b, 0);
  let x = c.left;
  figures.forEach(([label, value], i) => {
    const width = unit * (weights[i] ?? 1);
    c.drawLine(label.toLocaleUpperCase('en'), x + 12, top + 17, STYLES.label);
    let style: TextStyle = { size: 14, bold: true, color: COLORS.accent };
    for (const size of [12, 10.5]) {
      if (c.measure(value, style) <= width - 20) break;
      style = { ...style, size };
    }
    c.drawLine(c.fitLine(value, style, width - 20), x + 12, top + 37, style);
    x += width;
  });
  c.y = top + height + 10;
}
