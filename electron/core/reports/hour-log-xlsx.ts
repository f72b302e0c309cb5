import type ExcelJSNamespace from 'exceljs';
import type { Language } from '../../shared/preferences';
import { documentText } from './format';
import { periodLabel, targetsLabel } from './hour-log-pdf';
import {
  type Cell,
  COUNT_COLUMNS,
  DATE_COLUMNS,
  HOUR_COLUMNS,
  type HourLogReport,
  hourLogTable,
} from './hour-log-report';

/**
 * The hour log as an Excel workbook: the log sheet (header row frozen and styled, real dates,
 * hours as numbers with 2 decimals, a totals row) and an "About" sheet with the coach,
 * credential, period and notes.
 */

const ACCENT = 'FF1F3A5F';
const FAINT = 'FFF4F6F9';
const WIDTHS = [28, 34, 16, 12, 12, 12, 12, 14, 12];

function isoToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function sheetCell(cell: Cell, column: number): ExcelJSNamespace.CellValue {
  if (typeof cell === 'string' && DATE_COLUMNS.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    return isoToDate(cell);
  }
  return cell;
}

async function loadExcelJs(): Promise<typeof ExcelJSNamespace> {
  // Loaded on first export only: it is large, and most sessions never export a workbook.
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSNamespace };
  return mod.default ?? (mod as unknown as typeof ExcelJSNamespace);
}

export async function hourLogXlsx(
  report: HourLogReport,
  now: Date,
  language: Language = 'en',
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const d = documentText(language);
  const { t } = d;
  const data = hourLogTable(report, language);
  const period = periodLabel(report, d);
  const book = new ExcelJS.Workbook();
  book.creator = 'Coachbook';
  book.lastModifiedBy = 'Coachbook';
  book.title = t('hourLog.title');
  book.subject = t('hourLog.subject', { period });
  book.created = now;
  book.modified = now;

  // Sheet names are at most 31 characters.
  const sheet = book.addWorksheet(t('hourLog.sheet').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, showGridLines: true }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = data.header.map((header, i) => ({
    header,
    width: WIDTHS[i] ?? 12,
    style: HOUR_COLUMNS.has(i)
      ? { numFmt: '#,##0.00', alignment: { horizontal: 'right' } }
      : COUNT_COLUMNS.has(i)
        ? { numFmt: '0', alignment: { horizontal: 'right' } }
        : DATE_COLUMNS.has(i)
          ? { numFmt: 'yyyy-mm-dd', alignment: { horizontal: 'left' } }
          : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  const headerRow = sheet.getRow(1);
  headerRow.height = 30;
  headerRow.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: cell.alignment?.horizontal ?? 'left' };
  });

  for (const row of data.body) sheet.addRow(row.map(sheetCell));
  const totals = sheet.addRow(data.totals.map(sheetCell));
  totals.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FAINT } };
    cell.border = { top: { style: 'medium', color: { argb: ACCENT } } };
  });
  if (data.body.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: data.body.length + 1, column: data.header.length },
    };
  }

  const about = book.addWorksheet(t('hourLog.aboutSheet').slice(0, 31));
  about.columns = [{ width: 24 }, { width: 100 }];
  const counts = report.totals;
  const facts: [string, string | number][] = [
    [t('fields.document'), t('hourLog.title')],
    [t('fields.coach'), report.practice.coachName],
    [t('fields.credential'), targetsLabel(report.targets, d)],
    [t('fields.periodCovered'), period],
    [t('fields.generated'), d.generated(now)],
    [t('hourLog.figures.distinctClients'), counts.distinctClients],
    [t('hourLog.figures.relationships'), counts.relationships],
    [t('hourLog.figures.notListed'), report.omitted.relationships],
    ...data.notes.map((text): [string, string] => [t('fields.note'), text]),
    [t('hourLog.attestationHeading'), t('hourLog.attestation')],
  ];
  for (const [label, value] of facts) {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true, color: { argb: ACCENT } };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  }

  return Buffer.from(await book.xlsx.writeBuffer());
}
