import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts, splitRuns, splitRunsByCharacter } from '../../../electron/core/pdf/fonts';
import { A4_LANDSCAPE, COLORS, PdfComposer } from '../../../electron/core/pdf/layout';
import { breakChunks, breakChunksByGrapheme, graphemesOf } from '../../../electron/core/pdf/line-breaking';
import { drawTable, type TableColumn } from '../../../electron/core/pdf/table';

// Needs poppler-utils (pdftoppm, pdftotext, pdffonts).

/**
 * The composer writes text operators itself instead of calling pdfkit's text() for every cell
 * (the cost of a 500-page report). These tests hold that writing to pdfkit's: the same pages,
 * pixel for pixel, in every script the app prints.
 */

const fonts = loadFonts(resolve(__dirname, '../../../resources/fonts'));
const dir = mkdtempSync(join(tmpdir(), 'coachbook-composer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = [
  'Ana Pérez',
  'Nguyễn Thị Lan',
  'Zoë Brontë-O’Connor',
  'Γιώργος Παπαδόπουλος',
  'Анна Петрова',
  '李雷',
  '高橋 蓮',
  '김서연',
  'محمد الأحمد',
  'דוד כהן',
  'प्रिया शर्मा',
  'শ্রেয়া চট্টোপাধ্যায়',
  'தமிழ்செல்வி',
  'สมชาย ใจดี',
  'Jean-Luc (Team «Alpha»)',
  'Café Lumière, S.A. — 50% off!',
  'فاطمة (Acme) 2024',
];

const COLUMNS: TableColumn[] = [
  { header: 'Date', weight: 1 },
  { header: 'Client(s)', weight: 3 },
  { header: 'Mode', weight: 1 },
  { header: 'Minutes', weight: 0.8, align: 'right' },
  { header: 'Notes', weight: 2.4 },
  { header: 'Centred', weight: 1, align: 'center' },
];

async function sample(pdfkitText: boolean): Promise<Buffer> {
  const c = new PdfComposer({
    fonts,
    margins: { top: 60, right: 46, bottom: 60, left: 46 },
    size: A4_LANDSCAPE,
    info: { Title: 'Sample', CreationDate: new Date('2025-03-14T12:00:00Z') },
    pdfkitText,
  });
  c.paragraph('Coaching Session Log', { size: 20, bold: true, color: COLORS.accent, leading: 26 });
  c.paragraph(
    `Every script a client's name may be written in: ${NAMES.join(', ')}. A long paragraph wraps over several lines and keeps its words.`,
    { size: 10, leading: 14.5 },
    { bullet: '•', indent: 12 },
  );
  c.paragraph('محمد الأحمد يكتب فقرة من اليمين إلى اليسار (2024).', { size: 10, bold: true });
  const rows = Array.from({ length: 90 }, (_, i) => ({
    cells: [
      `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
      i % 7 === 0 ? NAMES.join(', ') : (NAMES[i % NAMES.length] as string),
      i % 3 === 0 ? 'Group' : 'Individual',
      (30 + i * 7).toLocaleString('en-GB'),
      i % 5 === 0 ? `Sponsor: ${NAMES[(i + 3) % NAMES.length]}` : '',
      i % 2 === 0 ? '✓' : '1.50',
    ],
  }));
  drawTable(c, COLUMNS, [...rows, { kind: 'total', cells: ['Total', '90 lines', '', '6,885', '', ''] }], {
    body: { size: 8.5, leading: 11.5 },
    header: { size: 8, bold: true, color: '#ffffff', leading: 10.5 },
    zebra: true,
    onContinue: (composer) => composer.paragraph('(continued)', { size: 8, bold: true }),
  });
  return c.finish((index, count) => {
    c.rule(c.pageHeight - 40);
    c.drawLine(
      `Page ${index + 1} of ${count}`,
      c.left,
      c.pageHeight - 26,
      { size: 8, color: COLORS.muted },
      {
        align: 'right',
        width: c.contentWidth,
      },
    );
  });
}

function pages(pdf: Buffer, name: string): Buffer[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', file, join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.ppm'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

describe('text the composer writes itself', () => {
  it('looks exactly like pdfkit’s text(), page for page, in every script', async () => {
    const own = await sample(false);
    const pdfkit = await sample(true);
    const ownPages = pages(own, 'own');
    const pdfkitPages = pages(pdfkit, 'pdfkit');
    expect(ownPages.length).toBeGreaterThanOrEqual(3);
    expect(ownPages.length).toBe(pdfkitPages.length);
    ownPages.forEach((page, i) => {
      expect(page.equals(pdfkitPages[i] as Buffer), `page ${i + 1}`).toBe(true);
    });
    const text = (name: string) =>
      execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-']).toString();
    expect(text('own')).toBe(text('pdfkit'));
    expect(text('own')).toContain('Nguyễn Thị Lan');
    // Smaller: one text object for consecutive runs instead of one per run.
    expect(own.length).toBeLessThan(pdfkit.length);
  });

  it('embeds only the fonts a document uses, when documents share parsed fonts', async () => {
    await sample(false);
    const c = new PdfComposer({ fonts, margins: { top: 60, right: 60, bottom: 60, left: 60 }, info: {} });
    c.paragraph('Only Latin here.', { size: 10 });
    const file = join(dir, 'latin.pdf');
    writeFileSync(file, await c.finish(() => {}));
    const embedded = execFileSync('pdffonts', [file]).toString();
    expect(embedded).toContain('NotoSans-Regular');
    expect(embedded).not.toContain('DroidSansFallback');
    expect(embedded).not.toContain('Helvetica');
    expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('Only Latin here.');
  });
});

describe('shortcuts for Latin text', () => {
  const pieces = fc.constantFrom(
    'a',
    'Z',
    ' ',
    '  ',
    '-',
    '1,234.50',
    'é',
    'e\u0301',
    'Ø',
    'ễ',
    'Ω',
    'Ж',
    '’',
    '«',
    '\u00a0',
    '李',
    '、',
    '·',
    'م',
    'ـ',
    'ש',
    '\u200f',
    'प्रि',
    '।',
    'শ্রে',
    'தமி',
    'สม',
    '🙂',
    '\t',
  );
  const texts = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));

  it('splitRuns gives what splitting character by character gives', () => {
    fc.assert(
      fc.property(
        texts,
        fc.boolean(),
        fc.constantFrom('auto', 'ltr', 'rtl') as fc.Arbitrary<'auto' | 'ltr' | 'rtl'>,
        (text, bold, direction) => {
          expect(splitRuns(text, { bold, direction })).toEqual(
            splitRunsByCharacter(text, { bold, direction }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('breakChunks gives what walking grapheme by grapheme gives', () => {
    const more = fc
      .array(
        fc.oneof(
          pieces,
          fc.constantFrom('\r\n', ' \u0301', '\u200d', ' \u200d', '\u0600 ', '\n', '\u3000', '。'),
        ),
        {
          maxLength: 12,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.oneof(texts, more, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          expect(breakChunks(text)).toEqual(breakChunksByGrapheme(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('graphemesOf agrees with the grapheme segmenter', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(texts, (text) => {
        expect(graphemesOf(text)).toEqual(Array.from(segmenter.segment(text), (s) => s.segment));
      }),
      { numRuns: 500 },
    );
  });
});
