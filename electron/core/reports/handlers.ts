import type { Handlers } from '../../shared/contract';
import { localToday } from '../clock';
import type { FileFilter } from '../ports';
import { documentLanguage } from '../preferences';
import type { ServiceContext } from '../services';
import { buildEmployerLetter, renderEmployerLetterPdf } from './employer-letter';
import { hourLogCsv } from './hour-log-csv';
import { renderHourLogPdf } from './hour-log-pdf';
import { buildHourLogReport, hourLogTable } from './hour-log-report';
import { hourLogXlsx } from './hour-log-xlsx';
import { buildMentorCce, renderMentorCcePdf } from './mentor-cce';
import { exportFile } from './save';
import { buildSessionLog, renderSessionLogPdf } from './session-log';

const PDF: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];
const CSV: FileFilter[] = [{ name: 'CSV (comma-separated)', extensions: ['csv'] }];
const XLSX: FileFilter[] = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

/** "2024-01-01 to 2024-12-31", "from 2024-01-01", "" — for default file names. */
function periodSuffix(from?: string, to?: string): string {
  if (from && to) return ` ${from} to ${to}`;
  if (from) return ` from ${from}`;
  if (to) return ` to ${to}`;
  return '';
}

export function reportHandlers(ctx: ServiceContext): Pick<Handlers, 'reports'> {
  const { practices, clock, dialogs, fontsDir } = ctx;
  const db = () => practices.requireDb();
  // The language is read at each export, so a change of language applies to the next document.
  const opts = () => ({ fontsDir, now: clock.now(), language: documentLanguage(ctx) });
  /** Fails before the save dialog when no practice is open; renders only once a path is chosen. */
  const save: typeof exportFile = (d, options, render) => {
    db();
    return exportFile(d, options, render);
  };
  return {
    reports: {
      hourLogPdf: (input) =>
        save(
          dialogs,
          {
            title: 'Export client coaching log (PDF)',
            defaultName: `Client coaching log${periodSuffix(input.from, input.to)}.pdf`,
            filters: PDF,
          },
          async () => (await renderHourLogPdf(buildHourLogReport(db(), input), opts())).pdf,
        ),
      hourLogCsv: (input) =>
        save(
          dialogs,
          {
            title: 'Export client coaching log (CSV)',
            defaultName: `Client coaching log${periodSuffix(input.from, input.to)}.csv`,
            filters: CSV,
          },
          async () => hourLogCsv(hourLogTable(buildHourLogReport(db(), input), documentLanguage(ctx))),
        ),
      hourLogXlsx: (input) =>
        save(
          dialogs,
          {
            title: 'Export client coaching log (Excel)',
            defaultName: `Client coaching log${periodSuffix(input.from, input.to)}.xlsx`,
            filters: XLSX,
          },
          () => hourLogXlsx(buildHourLogReport(db(), input), clock.now(), documentLanguage(ctx)),
        ),
      sessionLogPdf: (input) =>
        save(
          dialogs,
          {
            title: 'Export coaching session log (PDF)',
            defaultName: `Coaching session log${periodSuffix(input.from, input.to)}.pdf`,
            filters: PDF,
          },
          async () => {
            const o = opts();
            return (await renderSessionLogPdf(buildSessionLog(db(), input, o.language), o)).pdf;
          },
        ),
      mentorCcePdf: () =>
        save(
          dialogs,
          {
            title: 'Export mentor coaching and CCE log (PDF)',
            defaultName: 'Mentor coaching and CCE log.pdf',
            filters: PDF,
          },
          () => renderMentorCcePdf(buildMentorCce(db(), localToday(clock)), opts()),
        ),
      employerLetterPdf: (input) =>
        save(
          dialogs,
          {
            title: 'Export employer confidentiality letter (PDF)',
            defaultName: `Internal coaching letter - ${input.organisation}${periodSuffix(input.from, input.to)}.pdf`,
            filters: PDF,
          },
          () => renderEmployerLetterPdf(buildEmployerLetter(db(), input), opts()),
        ),
    },
  };
}
