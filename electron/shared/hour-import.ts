import { z } from 'zod';
import { channel } from './channel';
import type { ManualHoursFields } from './hours';
import { msg } from './messages';

/**
 * Importing an existing hour log (CSV, XLSX): the ICF client coaching log, or a list of sessions.
 * Preview first (nothing is written), then commit the whole file or nothing.
 */

export const dateOrders = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof dateOrders)[number];
export const dateOrder = z.enum(dateOrders, msg('errors:hourImport.dateOrder'));

/** ICF client coaching log (one line per client or group, with a period), or one line per session. */
export type HourImportLayout = 'icf-log' | 'per-session';

/** What a column of the file was recognised as. */
export const importColumns = [
  'clientName',
  'clientContact',
  'mode',
  'groupSize',
  'startDate',
  'endDate',
  'date',
  'duration',
  'payment',
  'paidHours',
  'proBonoHours',
] as const;
export type ImportColumn = (typeof importColumns)[number];

export interface ImportColumnInfo {
  key: ImportColumn;
  /** The header as written in the file. */
  header: string;
  /** For a duration column: whether its numbers are hours or minutes. */
  unit?: 'hours' | 'minutes';
}

export interface ImportRowError {
  /** The column the problem is in; null when it is about the row as a whole. */
  column: ImportColumn | null;
  /** A message reference (electron/shared/messages.ts): the renderer shows it through `messageText`. */
  message: string;
}

export interface ImportRowPreview {
  /** The row number as a spreadsheet shows it (1 is the first line of the file). */
  line: number;
  /**
   * Per recognised column, what Coachbook read, in a fixed form the renderer words and formats: an ISO date,
   * decimal hours ("1.5"), whole minutes or decimal hours for a duration (its column's `unit`), a group size,
   * "individual" | "group", "paid" | "pro-bono". The file's own text for names, contacts and unreadable cells.
   */
  cells: Partial<Record<ImportColumn, string>>;
  /** The entry that would be created; null when the row has errors. */
  fields: ManualHoursFields | null;
  errors: ImportRowError[];
  /** Already in Coachbook (imported before): skipped on import. */
  duplicate: boolean;
}

export interface HourImportPreview {
  token: string;
  fileName: string;
  layout: HourImportLayout;
  columns: ImportColumnInfo[];
  dateOrder: {
    /** The order the dates were read in. */
    used: DateOrder;
    /** The order the file's own dates prove (a day above 12), or null when they do not. */
    detected: DateOrder | null;
    /** The file has dates like 03/04/2025 and nothing in it says which order: the coach chooses. */
    ambiguous: boolean;
  };
  rows: ImportRowPreview[];
  counts: {
    /** Data rows read (blank and totals rows are not counted). */
    rows: number;
    /** Valid and not yet in Coachbook: what "Import" would add. */
    ready: number;
    duplicates: number;
    /** Rows with at least one error. */
    errors: number;
  };
  /** Minutes in the rows ready to import. */
  totals: { paidMinutes: number; proBonoMinutes: number };
  /**
   * Things the coach should know that are not row errors (totals row skipped, totals that do not add up), as
   * message references the renderer shows through `messageText`.
   */
  notes: string[];
}

export interface HourImportResult {
  created: number;
  skipped: number;
}

/** A preview token: random, URL-safe, held only in main-process memory. */
export const importToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/, msg('errors:hourImport.token'));

export const hourImportChannels = {
  hourImport: {
    /** Asks for a .csv or .xlsx file and reads it; null when the coach cancels. Nothing is written. */
    preview: channel<HourImportPreview | null>()(z.strictObject({ dateOrder: dateOrder.default('dmy') })),
    /** Reads the same file again with the other date order (no dialog). */
    reread: channel<HourImportPreview>()(z.strictObject({ token: importToken, dateOrder })),
    /** Imports every new row in one transaction, or nothing if any row has errors. */
    commit: channel<HourImportResult>()(z.strictObject({ token: importToken })),
    /** Forgets a preview (the dialog closed). */
    discard: channel<null>()(z.strictObject({ token: importToken })),
  },
} as const;
