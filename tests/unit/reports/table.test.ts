import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/core/pdf/fonts';
import { A4_LANDSCAPE, PdfComposer } from '../../../electron/core/pdf/layout';
import { drawTable, type TableColumn, type TableRow } from '../../../electron/core/pdf/table';
import { FONTS_DIR, writeAndRead } from './fixture';

const fonts = loadFonts(FONTS_DIR);

interface WordBox {
  page: number;
  text: string;
  yMin: number;
  yMax: number;
}
/** Every word with its page and vertical extent (points from the top), from pdftotext -bbox. */
function wordBoxes(path: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) =>
      [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ page: index, text: m[3] as string, yMin: Number(m[1]), yMax: Number(m[2]) })),
    );
}
const dir = mkdtempSync(join(tmpdir(), 'coachbook-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: TableColumn[] = [
  { header: 'Row', weight: 0.6 },
  { header: 'Description of the row', weight: 3 },
  { header: 'Amount', weight: 1, align: 'right' },
];

/** Row i has a cell of i % 4 + 1 lines: each line is one long word starting "r<i>l<k>x". */
function rows(n: number): TableRow[] {
  return Array.from({ length: n }, (_, i) => ({
    cells: [
      `R${i}`,
      Array.from({ length: (i % 4) + 1 }, (_, k) => `r${i}l${k}${'x'.repeat(50)}`).join(' '),
      `${i}.00`,
    ],
  }));
}

async function render(n: number, size?: readonly [number, number]) {
  const c = new PdfComposer({
    fonts,
    margins: { top: 60, right: 50, bottom: 60, left: 50 },
    info: { Title: 'Table test' },
    size,
  });
  c.paragraph('A table that runs over several pages', { size: 14, bold: true });
  const body = rows(n);
  const result = drawTable(c, COLUMNS, [...body, { cells: ['Total', '', 'sum'], kind: 'total' }], {
    zebra: true,
    onContinue: (composer) => composer.paragraph('(continued)', { size: 8 }),
  });
  const bytes = await c.finish(() => {});
  return { result, read: writeAndRead(bytes, dir, `table-${n}-${size ? 'landscape' : 'portrait'}`) };
}

describe('drawTable', () => {
  it('repeats the header on every page and never splits a row across pages', async () => {
    const { result, read } = await render(90);
    expect(read.pageCount).toBeGreaterThanOrEqual(3);
    expect(result.headerPages).toEqual(Array.from({ length: read.pageCount }, (_, i) => i));
    for (const [i, page] of read.pages.entries()) {
      expect(page, `page ${i + 1}`).toMatch(/Row\s+Description of the row\s+Amount/);
      if (i > 0) expect(page).toContain('(continued)');
    }
    expect(read.pages[0]).not.toContain('(continued)');
    // Every line of row i is on the page the row was drawn on, and on no other.
    for (let i = 0; i < 90; i++) {
      const page = result.rowPages[i] as number;
      for (let k = 0; k <= i % 4; k++) {
        const marker = new RegExp(`\\br${i}l${k}x`);
        expect(read.pages[page], `row ${i} line ${k}`).toMatch(marker);
        read.pages.forEach((other, p) => {
          if (p !== page) expect(other).not.toMatch(marker);
        });
      }
    }
    // Nothing of a row spills past the bottom margin, or onto another page.
    const words = wordBoxes(read.path);
    for (let i = 0; i < 90; i++) {
      for (let k = 0; k <= i % 4; k++) {
        const found = words.filter((w) => w.text.startsWith(`r${i}l${k}x`));
        expect(found, `row ${i} line ${k}`).toHaveLength(1);
        expect(found[0]?.page).toBe(result.rowPages[i]);
        // The row's box (text plus 4 pt of cell padding) ends above the bottom margin.
        expect(found[0]?.yMax as number).toBeLessThanOrEqual(841.89 - 60 - 4);
        expect(found[0]?.yMin as number).toBeGreaterThanOrEqual(60);
      }
    }
    // Rows go down the pages in order; the totals row comes last.
    expect(result.rowPages).toEqual([...result.rowPages].sort((a, b) => a - b));
    expect(result.rowPages).toHaveLength(91);
    expect(read.pages.at(-1)).toMatch(/Total\s+sum/);
  }, 30_000);

  it('lays out on a landscape page', async () => {
    const { read } = await render(5, A4_LANDSCAPE);
    expect(read.info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(read.pageCount).toBe(1);
  });

  it('keeps the header with the first row instead of stranding it at the bottom of a page', async () => {
    const c = new PdfComposer({ fonts, margins: { top: 60, right: 50, bottom: 60, left: 50 }, info: {} });
    c.y = c.bottom - 30; // room for the header, not for the header and a row
    const result = drawTable(c, COLUMNS, rows(2));
    expect(result.headerPages).toEqual([1]);
    expect(result.rowPages).toEqual([1, 1]);
  });

  it('clips a row taller than a page rather than overflowing the margin', async () => {
    const c = new PdfComposer({ fonts, margins: { top: 60, right: 50, bottom: 60, left: 50 }, info: {} });
    const huge = Array.from({ length: 400 }, (_, k) => `word${k}`).join(' ');
    drawTable(c, COLUMNS, [{ cells: ['A', 'short', '1'] }, { cells: ['B', huge, '2'] }], {
      width: 200,
    });
    expect(c.y).toBeLessThanOrEqual(c.bottom + 0.01);
  });
});
