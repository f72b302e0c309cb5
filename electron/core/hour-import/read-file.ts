import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type ExcelJSNamespace from 'exceljs';
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../shared/errors';
import { type MessageKey, type MessageParams, msg } from '../../shared/messages';
import { findHeader } from './headers';
import type { Cell } from './values';

/**
 * Reading a coaching log file into rows of cells, in memory only: the file's content is never written
 * anywhere. A workbook's first worksheet, or a CSV (UTF-8 with or without BOM, UTF-16, or Windows-1252;
 * comma, semicolon or tab delimited).
 */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A workbook is a zip: refuse one that would unpack to more than this (a "zip bomb"). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** About 20 years of sessions, five days a week, ten a day: far above any real log. */
export const MAX_ROWS = 50_000;
const MAX_COLUMNS = 200;

export interface RawRow {
  /** The row number a spreadsheet shows (1-based). */
  line: number;
  cells: Cell[];
}

export interface RawTable {
  fileName: string;
  format: 'csv' | 'xlsx';
  rows: RawRow[];
  /** The workbook counts days from 1904 (old Mac Excel). */
  date1904: boolean;
}

/** A file the import cannot read; the message is a reference, put into the coach's words by the router. */
const unreadable = (key: MessageKey, params?: MessageParams) =>
  new AppError('validation', msg(key, params), 'file');

export async function readLogFile(path: string): Promise<RawTable> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw unreadable('errors:hourImport.file.cannotOpen');
  }
  if (size > MAX_FILE_BYTES) {
    throw unreadable('errors:hourImport.file.tooLargeSaveAlone');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw unreadable('errors:hourImport.file.cannotRead');
  }
  return readLogBytes(bytes, basename(path));
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file's real kind comes from its first bytes; its name's extension is not trusted. */
export async function readLogBytes(bytes: Buffer, fileName: string): Promise<RawTable> {
  if (bytes.length > MAX_FILE_BYTES) throw unreadable('errors:hourImport.file.tooLarge');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, fileName);
  if (startsWith(bytes, OLE)) {
    throw unreadable('errors:hourImport.file.oldWorkbook');
  }
  return readCsv(bytes, fileName);
}

// ---------- CSV ----------

export function decodeText(bytes: Buffer): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Excel's "CSV" on Windows writes the ANSI code page, which for Western languages is Windows-1252.
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

const DELIMITERS = [',', ';', '\t'] as const;

function parseCsv(text: string, delimiter: string, preview = 0): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview,
  });
  return result.data;
}

/** The delimiter under which a header row is found, naming the most columns. */
export function detectDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const rows = parseCsv(text, delimiter, 40).map((cells) => ({ cells }));
    const header = findHeader(rows, () => 'paidHours');
    const score = header ? header.columns.length : -1;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function readCsv(bytes: Buffer, fileName: string): RawTable {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw unreadable('errors:hourImport.file.notSpreadsheet');
  }
  const data = parseCsv(text, detectDelimiter(text));
  if (data.length > MAX_ROWS + 50) throw tooManyRows();
  const rows = data.map((cells, i) => ({
    line: i + 1,
    cells: trimTrailing(cells.slice(0, MAX_COLUMNS).map((c) => (c.trim() === '' ? null : c.trim()))),
  }));
  return { fileName, format: 'csv', rows, date1904: false };
}

const tooManyRows = () => unreadable('errors:hourImport.file.tooManyRowsSplit', { max: MAX_ROWS });

function trimTrailing(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}

// ---------- Workbook ----------

/**
 * Sums the unpacked sizes listed in a zip's central directory, without unpacking anything.
 * Null when the directory cannot be found or uses Zip64 (no real coaching log needs it).
 */
export function zipUnpackedSize(bytes: Buffer): number | null {
  const EOCD = 0x06054b50;
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return null;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const unpacked = bytes.readUInt32LE(offset + 24);
    if (unpacked === 0xffffffff) return null;
    total += unpacked;
    offset +=
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
  }
  return total;
}

async function loadExcelJs(): Promise<typeof ExcelJSNamespace> {
  // Loaded on first import only: it is large, and most sessions never import a log.
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSNamespace };
  return mod.default ?? (mod as unknown as typeof ExcelJSNamespace);
}

async function readWorkbook(bytes: Buffer, fileName: string): Promise<RawTable> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === null) throw unreadable('errors:hourImport.file.notWorkbook');
  if (unpacked > MAX_UNPACKED_BYTES) throw unreadable('errors:hourImport.file.workbookTooLarge');
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // The library's message may quote the file's content: it is not passed on.
    throw unreadable('errors:hourImport.file.notWorkbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('errors:hourImport.file.noWorksheet');
  if (sheet.rowCount > MAX_ROWS + 50) throw tooManyRows();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    const last = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= last; c++) cells.push(toCell(row.getCell(c).value));
    rows.push({ line, cells: trimTrailing(cells) });
  });
  return { fileName, format: 'xlsx', rows, date1904: workbook.properties?.date1904 === true };
}

/**
 * A workbook cell as plain data. A formula gives the value Excel last calculated (what the coach sees); it is
 * never evaluated here. Rich text and links give their text; an error (#REF!) its code, as text.
 */
export function toCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value;
  if ('richText' in value) return toCell(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : toCell(value.result);
  }
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? toCell(text) : toCell(text as CellValue);
  }
  if ('error' in value) return value.error;
  return null;
}
