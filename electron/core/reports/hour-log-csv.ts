import Papa from 'papaparse';
import { type Cell, HOUR_COLUMNS, type HourLogTable } from './hour-log-report';

/**
 * The hour log as CSV: UTF-8 with a byte-order mark (so Excel reads accents and non-Latin
 * names right), CRLF line ends, hours with 2 decimals.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading single quote, so a name like "=HYPERLINK(…)" stays text. papaparse's own option misses
 * cells with a line break in them, hence this.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(cell: Cell, column: number): string {
  if (typeof cell === 'number') return HOUR_COLUMNS.has(column) ? cell.toFixed(2) : String(cell);
  return neutraliseFormula(cell);
}

export function hourLogCsv(data: HourLogTable): string {
  const width = data.header.length;
  const rows = [
    ...data.body.map((r) => r.map(csvCell)),
    data.totals.map(csvCell),
    // Notes after the totals, in the first column, so the totals can be read in context.
    ...data.notes.map((text) => [neutraliseFormula(text), ...Array<string>(width - 1).fill('')]),
  ];
  const csv = Papa.unparse(
    { fields: [...data.header], data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return `\uFEFF${csv}\r\n`;
}
