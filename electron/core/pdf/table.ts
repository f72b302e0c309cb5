import { type Direction, paragraphDirection } from './fonts';
import { COLORS, type PdfComposer, type TextStyle } from './layout';

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

  // A column repeats its values (dates, figures, names): each is wrapped once per style.
  const wrapped = new Map<TextStyle, Map<string, string[]>[]>();
  const layout = (cells: readonly string[], style: TextStyle): RowLayout => {
    let byColumn = wrapped.get(style);
    if (!byColumn) {
      byColumn = columns.map(() => new Map());
      wrapped.set(style, byColumn);
    }
    let count = 1;
    const lines = columns.map((_, i) => {
      const text = cells[i] ?? '';
      const cache = byColumn[i] as Map<string, string[]>;
      let cell = cache.get(text);
      if (!cell) {
        const trimmed = text.trim();
        cell = trimmed === '' ? [] : c.wrap(trimmed, style, (widths[i] ?? 0) - 2 * padX);
        cache.set(text, cell);
      }
      if (cell.length > count) count = cell.length;
      return cell;
    });
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
  // Per column, the options every line of its cells is drawn with (one object, not one per line).
  const lineOptions = columns.map((col, i) => ({
    direction: 'ltr' as Direction,
    align: col.align ?? 'left',
    width: (widths[i] ?? 0) - 2 * padX,
  }));
  const rtlLineOptions = lineOptions.map((o) => ({ ...o, direction: 'rtl' as Direction }));
  const directions = new Map<string[], Direction>();
  const drawCells = (row: RowLayout, style: TextStyle, top: number) => {
    const lead = c.leading(style);
    for (let i = 0; i < row.lines.length; i++) {
      const cell = row.lines[i] as string[];
      if (cell.length === 0) continue;
      let direction = directions.get(cell);
      if (direction === undefined) {
        direction = paragraphDirection(cell.join(' '));
        directions.set(cell, direction);
      }
      const options = (direction === 'rtl' ? rtlLineOptions : lineOptions)[i];
      const x = (lefts[i] ?? x0) + padX;
      for (let k = 0; k < cell.length; k++) {
        c.drawLine(cell[k] as string, x, c.baselineIn(top + padY + k * lead, style), style, options);
      }
    }
  };

  const result: TableResult = { rowPages: [], headerPages: [] };
  const header = layout(
    columns.map((col) => col.header),
    headerStyle,
  );
  const drawHeader = () => {
    const top = c.y;
    c.fillRect(x0, top, width, header.height, COLORS.accent);
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
      c.fillRect(x0, top, width, cells.height, COLORS.faint);
      c.rule(top, { x1: x0, x2: x0 + width, color: COLORS.accent, width: 1 });
    } else {
      if (options.zebra && bodyIndex % 2 === 1) c.fillRect(x0, top, width, cells.height, COLORS.faint);
      bodyIndex += 1;
    }
    drawCells(cells, style, top);
    c.rule(top + cells.height, { x1: x0, x2: x0 + width, width: 0.5 });
    c.y = top + cells.height;
    result.rowPages.push(c.pageIndex);
  }
  return result;
}
