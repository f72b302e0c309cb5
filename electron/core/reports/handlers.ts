import type { Handlers } from '../../shared/contract';
import { localToday } from '../clock';
import { type DialogText, dialogText } from '../i18n';
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

const PDF = (t: DialogText): FileFilter[] => [{ name: t('filters.pdf'), extensions: ['pdf'] }];
const CSV = (t: DialogText): FileFilter[] => [{ name: t('filters.csv'), extensions: ['csv'] }];
const XLSX = (t: DialogText): FileFilter[] => [{ name: t('filters.xlsx'), extensions: ['xlsx'] }];

/** A suggested file name: the words, trimmed (with no period they end in a space), and the extension. */
const fileName = (words: string, extension: string) => `${words.trim()}.${extension}`;

/** "2024-01-01 to 2024-12-31", "from 2024-01-01", "" — for default file names. */
function period(t: DialogText, from?: string, to?: string): string {
  if (from && to) return t('period.range', { from, to });
  if (from) return t('period.from', { from });
  if (to) return t('period.to', { to });
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
  // The dialog's words, in the language of the document it saves.
  const words = () => dialogText(documentLanguage(ctx));
  return {
    reports: {
      hourLogPdf: (input) => {
        const t = words();
        return save(
          dialogs,
          {
            title: t('reports.hourLogPdf'),
            defaultName: fileName(
              t('reports.hourLogFile', { period: period(t, input.from, input.to) }),
              'pdf',
            ),
            filters: PDF(t),
          },
          async () => (await renderHourLogPdf(buildHourLogReport(db(), input), opts())).pdf,
        );
      },
      hourLogCsv: (input) => {
        const t = words();
        return save(
          dialogs,
          {
            title: t('reports.hourLogCsv'),
            defaultName: fileName(
              t('reports.hourLogFile', { period: period(t, input.from, input.to) }),
              'csv',
            ),
            filters: CSV(t),
          },
          async () => hourLogCsv(hourLogTable(buildHourLogReport(db(), input), documentLanguage(ctx))),
        );
      },
      hourLogXlsx: (input) => {
        const t = words();
        return save(
          dialogs,
          {
            title: t('reports.hourLogXlsx'),
            defaultName: fileName(
              t('reports.hourLogFile', { period: period(t, input.from, input.to) }),
              'xlsx',
            ),
            filters: XLSX(t),
          },
          () => hourLogXlsx(buildHourLogReport(db(), input), clock.now(), documentLanguage(ctx)),
        );
      },
      sessionLogPdf: (input) => {
        const t = words();
        return save(
          dialogs,
          {
            title: t('reports.sessionLogPdf'),
            defaultName: fileName(
              t('reports.sessionLogFile', { period: period(t, input.from, input.to) }),
              'pdf',
            ),
            filters: PDF(t),
          },
          async () => {
            const o = opts();
            return (await renderSessionLogPdf(buildSessionLog(db(), input, o.language), o)).pdf;
          },
        );
      },
      mentorCcePdf: () => {
        const t = words();
        return save(
          dialogs,
          {
            title: t('reports.mentorCcePdf'),
            defaultName: fileName(t('reports.mentorCceFile'), 'pdf'),
            filters: PDF(t),
          },
          () => renderMentorCcePdf(buildMentorCce(db(), localToday(clock)), opts()),
        );
      },
      employerLetterPdf: (input) => {
        const t = words();
        const name = t('reports.employerLetterFile', {
          organisation: input.organisation,
          period: period(t, input.from, input.to),
        });
        return save(
          dialogs,
          { title: t('reports.employerLetterPdf'), defaultName: fileName(name, 'pdf'), filters: PDF(t) },
          () => renderEmployerLetterPdf(buildEmployerLetter(db(), input), opts()),
        );
      },
    },
  };
}
