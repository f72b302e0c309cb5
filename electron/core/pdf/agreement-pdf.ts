import { parseAgreementText } from '../../shared/agreement-blocks';
import type { Language } from '../../shared/preferences';
import { type PdfText, pdfText } from '../i18n';
import { generatedDate, longDate } from '../reports/format';
import { loadFonts } from './fonts';
import { COLORS, type ParagraphOptions, PdfComposer, type TextStyle } from './layout';

export interface AgreementSignature {
  partyLabel: string;
  signerName: string | null;
  /** Shown as written; an ISO date (YYYY-MM-DD) is spelled out, e.g. "3 March 2025". */
  signedOn: string | null;
  drawingPng: Buffer | null;
}

export interface AgreementDocument {
  title: string; // e.g. "Coaching agreement"
  practiceName: string;
  coachName: string;
  /** The agreement text: lines starting '# ' are the title-level heading, '## ' section headings, '- ' bullet items; blank lines separate paragraphs. Everything else is paragraph text. Never HTML. */
  body: string;
  status: 'draft' | 'sent' | 'signed' | 'ended';
  signatures: AgreementSignature[];
}

export interface RenderOptions {
  fontsDir: string;
  /** Stamped as "Generated <date>" and used as the PDF's creation date. */
  now: Date;
  /** The language of the frame words (headings, labels, footer); the agreement text is the coach's own. English when not given. */
  language?: Language;
}

export type BodyBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

/**
 * Parses the agreement's plain-text markup. Lines that follow a paragraph or bullet without a
 * blank line continue it, as in Markdown.
 */
/** The shared parser's blocks, with each bullet item as its own block for layout. */
export function parseAgreementBody(body: string): BodyBlock[] {
  return parseAgreementText(body).flatMap((block): BodyBlock[] =>
    block.kind === 'bullets' ? block.items.map((text) => ({ kind: 'bullet', text })) : [block],
  );
}

/** The date in the footer's "Generated <date>", in the machine's time zone. */
export function formatGeneratedDate(now: Date, language: Language = 'en'): string {
  return generatedDate(now, language);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A signature date as printed: ISO days spelled out, anything else as given. */
export function formatSignedOn(signedOn: string, language: Language = 'en'): string {
  const m = ISO_DAY.exec(signedOn.trim());
  if (!m) return signedOn;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? signedOn : longDate(signedOn.trim(), language);
}

const MARGINS = { top: 88, right: 68, bottom: 80, left: 68 };
const BODY: TextStyle = { size: 10.5, leading: 15.5 };
const TITLE: TextStyle = { size: 22, bold: true, color: COLORS.accent, leading: 28 };
const H1: TextStyle = { size: 16, bold: true, color: COLORS.accent, leading: 21 };
const H2: TextStyle = { size: 12.5, bold: true, color: COLORS.accent, leading: 17 };
const SMALL: TextStyle = { size: 8.5, color: COLORS.muted, leading: 11 };

const STATUS_BADGE: Record<AgreementDocument['status'], { fg: string; bg: string }> = {
  draft: { fg: '#8a4b00', bg: '#fdf0d5' },
  sent: { fg: '#1f4e8c', bg: '#e3edfa' },
  signed: { fg: '#1e6b3a', bg: '#e1f3e7' },
  ended: { fg: '#4a5565', bg: '#eceff3' },
};

/** The frame's words in the document's language. */
interface Frame {
  t: PdfText;
  language: Language;
}

/** Renders a coaching agreement to PDF bytes, using only the fonts in `opts.fontsDir`. */
export async function renderAgreementPdf(doc: AgreementDocument, opts: RenderOptions): Promise<Buffer> {
  const fonts = loadFonts(opts.fontsDir);
  const language = opts.language ?? 'en';
  const f: Frame = { t: pdfText(language), language };
  const draft = doc.status === 'draft';
  const watermark = f.t('agreement.watermark');
  const c = new PdfComposer({
    fonts,
    margins: MARGINS,
    info: {
      Title: doc.title,
      Author: doc.coachName,
      Subject: `${doc.title} — ${doc.practiceName}`,
      Creator: 'Coachbook',
      Producer: 'Coachbook',
      CreationDate: opts.now,
    },
    // Drawn first on each page so the body text sits on top of it.
    onPageStart: draft ? (composer) => drawWatermark(composer, watermark) : undefined,
  });

  drawTitleBlock(c, doc, f);

  const blocks = parseAgreementBody(doc.body);
  // The template's own '# ' title repeats the document title already set above.
  const first = blocks[0];
  if (first?.kind === 'title' && sameText(first.text, doc.title)) blocks.shift();

  // A short closing section ("By signing below we agree…") moves to the signatures' page
  // rather than being left behind on the page before them.
  const lastHeading = blocks.findLastIndex((b) => b.kind === 'heading' || b.kind === 'title');
  const closing = lastHeading < 0 ? [] : blocks.slice(lastHeading);
  const closingHeight = closing.reduce(
    (h, b, i) => h + c.paragraphHeight(b.text, ...blockStyle(b, closing[i - 1]?.kind ?? null)),
    0,
  );
  const keepClosing = doc.signatures.length > 0 && closingHeight < (c.bottom - MARGINS.top) / 3;

  let prev: BodyBlock['kind'] | null = null;
  blocks.forEach((block, i) => {
    if (i === lastHeading && keepClosing) {
      c.ensureSpace(closingHeight + SIG.headingHeight + SIG.height);
    }
    c.paragraph(block.text, ...blockStyle(block, prev));
    prev = block.kind;
  });

  drawSignatures(c, doc.signatures, f);

  const generated = f.t('frame.generated', { date: formatGeneratedDate(opts.now, language) });
  const footer = draft ? f.t('agreement.draftFooter', { generated }) : generated;
  return c.finish((index, count) => {
    drawHeader(c, doc);
    drawFooter(c, footer, f.t('frame.pageOf', { page: index + 1, count }));
  });
}

function blockStyle(block: BodyBlock, prev: BodyBlock['kind'] | null): [TextStyle, ParagraphOptions] {
  switch (block.kind) {
    case 'title':
      return [H1, { spaceBefore: 22, spaceAfter: 6, keepWithNext: 2 * (BODY.leading ?? 0) }];
    case 'heading':
      return [H2, { spaceBefore: 16, spaceAfter: 4, keepWithNext: 2 * (BODY.leading ?? 0) }];
    case 'bullet':
      return [
        BODY,
        {
          bullet: '•',
          indent: 18,
          x: MARGINS.left + 6,
          spaceBefore: prev === 'bullet' ? 0 : 2,
          spaceAfter: 4,
        },
      ];
    case 'paragraph':
      return [BODY, { spaceBefore: prev === 'bullet' ? 4 : 0, spaceAfter: 8 }];
  }
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return norm(a) === norm(b);
}

function drawHeader(c: PdfComposer, doc: AgreementDocument): void {
  const baseline = 48;
  const half = c.contentWidth / 2 - 12;
  const practiceStyle: TextStyle = { ...SMALL, bold: true, color: COLORS.accent };
  c.drawLine(c.fitLine(doc.practiceName, practiceStyle, half), c.left, baseline, practiceStyle);
  c.drawLine(c.fitLine(doc.title, SMALL, half), c.right - half, baseline, SMALL, {
    align: 'right',
    width: half,
  });
  c.rule(baseline + 9);
}

function drawFooter(c: PdfComposer, left: string, pageLabel: string): void {
  const top = c.pageHeight - 58;
  c.rule(top);
  const baseline = top + 17;
  c.drawLine(left, c.left, baseline, SMALL);
  c.drawLine(pageLabel, c.left, baseline, SMALL, { align: 'right', width: c.contentWidth });
}

function drawWatermark(c: PdfComposer, text: string): void {
  // Long words (BORRADOR) are set smaller so they stay on the page.
  const size = text.length > 6 ? 96 : 120;
  const pdf = c.pdf;
  const width = pdf.font('latin-bold').fontSize(size).widthOfString(text);
  const cx = c.pageWidth / 2;
  const cy = c.pageHeight / 2;
  pdf.save();
  pdf.rotate(-40, { origin: [cx, cy] });
  pdf.fillColor('#f1ece4');
  pdf.text(text, cx - width / 2, cy + size * 0.36, { lineBreak: false, baseline: 'alphabetic' });
  pdf.restore();
}

function drawTitleBlock(c: PdfComposer, doc: AgreementDocument, f: Frame): void {
  const badge = { ...STATUS_BADGE[doc.status], label: f.t(`agreement.status.${doc.status}`) };
  const badgeStyle: TextStyle = { size: 8, bold: true, color: badge.fg };
  const badgeWidth = c.measure(badge.label, badgeStyle) + 16;
  const titleWidth = c.contentWidth - badgeWidth - 16;

  const top = c.y;
  c.paragraph(doc.title, TITLE, { width: titleWidth, spaceAfter: 2 });
  // Status badge, vertically centred on the title's first line.
  const badgeHeight = 17;
  const badgeTop = top + (TITLE.leading ?? 28) / 2 - badgeHeight / 2;
  const bx = c.right - badgeWidth;
  c.pdf.save().roundedRect(bx, badgeTop, badgeWidth, badgeHeight, 8.5).fillColor(badge.bg).fill().restore();
  c.drawLine(badge.label, bx, badgeTop + 11.6, badgeStyle, { align: 'center', width: badgeWidth });

  const meta: TextStyle = { size: 9.5, color: COLORS.muted, leading: 14 };
  c.paragraph(`${f.t('agreement.coachLine', { coach: doc.coachName })}   ·   ${doc.practiceName}`, meta, {
    spaceAfter: 10,
  });
  c.rule(c.y, { color: COLORS.accent, width: 1.2, x2: c.left + 48 });
  c.y += 18;
}

const SIG = {
  headingHeight: 18 + (H2.leading ?? 0) + 8,
  gap: 18,
  pad: 12,
  drawingHeight: 54,
  height: 158,
};

function drawSignatures(c: PdfComposer, signatures: AgreementSignature[], f: Frame): void {
  if (signatures.length === 0) return;
  const boxWidth = (c.contentWidth - SIG.gap) / 2;
  // The heading stays with the first row of boxes.
  c.paragraph(f.t('agreement.signatures'), H2, { spaceBefore: 18, spaceAfter: 8, keepWithNext: SIG.height });
  for (let i = 0; i < signatures.length; i += 2) {
    c.ensureSpace(SIG.height);
    const top = c.y;
    signatures.slice(i, i + 2).forEach((sig, col) => {
      drawSignatureBox(c, sig, c.left + col * (boxWidth + SIG.gap), top, boxWidth, f);
    });
    c.y = top + SIG.height + SIG.gap;
  }
}

function drawSignatureBox(
  c: PdfComposer,
  sig: AgreementSignature,
  x: number,
  y: number,
  w: number,
  f: Frame,
): void {
  const pdf = c.pdf;
  pdf
    .save()
    .roundedRect(x, y, w, SIG.height, 5)
    .lineWidth(0.8)
    .fillColor(COLORS.faint)
    .strokeColor(COLORS.rule)
    .fillAndStroke()
    .restore();
  const inner = x + SIG.pad;
  const innerWidth = w - 2 * SIG.pad;
  c.drawLine(sig.partyLabel, inner, y + SIG.pad + 9, { size: 10, bold: true, color: COLORS.accent });

  // Signature: the drawing sits on the line, as ink would.
  const lineY = y + SIG.pad + 16 + SIG.drawingHeight;
  if (sig.drawingPng) {
    try {
      c.pdf.image(sig.drawingPng, inner, lineY - SIG.drawingHeight + 2, {
        fit: [innerWidth, SIG.drawingHeight - 4],
        align: 'center',
        valign: 'bottom',
      });
    } catch {
      // A corrupt drawing must not stop the export; say so where the ink would be.
      c.drawLine(f.t('agreement.unreadable'), inner, lineY - 6, SMALL);
    }
  }
  c.rule(lineY, { x1: inner, x2: inner + innerWidth, color: '#98a2b3', width: 0.7 });
  c.drawLine(f.t('fields.signature'), inner, lineY + 10, SMALL);

  const field = (label: string, value: string | null, baseline: number) => {
    const labelWidth = Math.max(
      34,
      c.measure(f.t('fields.name'), SMALL) + 8,
      c.measure(f.t('fields.date'), SMALL) + 8,
    );
    c.drawLine(label, inner, baseline, SMALL);
    const vx = inner + labelWidth;
    const vw = innerWidth - labelWidth;
    if (value !== null && value.trim() !== '') {
      c.drawLine(c.fitLine(value, BODY, vw), vx, baseline, BODY);
    } else {
      // Blank for signing on paper.
      c.rule(baseline + 2, { x1: vx, x2: vx + vw, color: '#98a2b3', width: 0.5 });
    }
  };
  field(f.t('fields.name'), sig.signerName, lineY + 32);
  field(
    f.t('fields.date'),
    sig.signedOn === null ? null : formatSignedOn(sig.signedOn, f.language),
    lineY + 54,
  );
}
