import type { Language } from '../../shared/preferences';
import type { TableColumn, TableResult } from '../pdf/table';
import {
  coachByline,
  factGrid,
  finishReport,
  heading,
  keyFigures,
  note,
  openReport,
  pngBytes,
  type ReportFrame,
  STYLES,
  signatureLines,
  table,
  title,
} from './document';
import { type DocumentText, documentText, longDate } from './format';
import {
  type Cell,
  COUNT_COLUMNS,
  HOUR_COLUMNS,
  type HourLogReport,
  hourLogHeaders,
  hourLogTable,
} from './hour-log-report';

export interface PdfRenderOptions {
  fontsDir: string;
  now: Date;
  /** The language the document is written in (documentLanguage at export time); English when not given. */
  language?: Language;
}

/** Column widths and alignment; the headings come from the document's language. */
// The hour columns are wide enough for a one-word heading in either language ("remuneradas").
const COLUMN_LAYOUT: Omit<TableColumn, 'header'>[] = [
  { weight: 2 },
  { weight: 2.45 },
  { weight: 1.05 },
  { weight: 0.9, align: 'right' },
  { weight: 1.05 },
  { weight: 1.05 },
  { weight: 1.15, align: 'right' },
  { weight: 1.05, align: 'right' },
  { weight: 1, align: 'right' },
];

function columns(language: Language): TableColumn[] {
  const headers = hourLogHeaders(language);
  return COLUMN_LAYOUT.map((layout, i) => ({ ...layout, header: headers[i] ?? '' }));
}

/** The attestation the coach signs, in English (the PDF and workbook use the document's language). */
export const ATTESTATION = documentText('en').t('hourLog.attestation');

/** "1 January 2024 to 31 December 2024"; an open end takes the first or last day of coaching. */
export function periodLabel(
  report: Pick<HourLogReport, 'from' | 'to' | 'firstDate' | 'lastDate'>,
  d: DocumentText = documentText(),
): string {
  const start = report.from ?? report.firstDate;
  const end = report.to ?? report.lastDate;
  if (start === null && end === null) return d.t('period.none');
  if (start === null) return d.t('period.upTo', { end: longDate(end as string, d.language) });
  if (end === null) return d.t('period.from', { start: longDate(start, d.language) });
  return d.t('period.range', { start: longDate(start, d.language), end: longDate(end, d.language) });
}

export function printedCell(cell: Cell, column: number, d: DocumentText = documentText()): string {
  if (typeof cell === 'string') return cell;
  if (HOUR_COLUMNS.has(column)) return d.hoursValue(cell);
  if (COUNT_COLUMNS.has(column)) return d.count(cell);
  return String(cell);
}

export interface RenderedHourLog {
  pdf: Buffer;
  table: TableResult;
}

/** The credentials the coach is working toward, or "Not set". */
export function targetsLabel(targets: readonly string[], d: DocumentText): string {
  return targets.length > 0 ? targets.join('; ') : d.t('frame.notSet');
}

/** The ICF client coaching log, A4 landscape, with totals and a signed attestation. */
export async function renderHourLogPdf(
  report: HourLogReport,
  opts: PdfRenderOptions,
): Promise<RenderedHourLog> {
  const d = documentText(opts.language);
  const { t } = d;
  const coach = report.practice.coachName;
  const period = periodLabel(report, d);
  const frame: ReportFrame = {
    title: t('hourLog.title'),
    runningTitle: t('hourLog.running', { coach }),
    practiceName: report.practice.name,
    coachName: coach,
    subject: t('hourLog.subject', { period }),
    landscape: true,
    fontsDir: opts.fontsDir,
    now: opts.now,
    language: d.language,
  };
  const c = openReport(frame);
  const totals = report.totals;
  const profile = report.practice.profile ?? null;
  title(c, t('hourLog.title'), t('hourLog.subtitle'), coachByline(d, coach, profile));
  factGrid(
    c,
    [
      [t('fields.coach'), coach],
      [t('fields.credential'), targetsLabel(report.targets, d)],
      [t('fields.periodCovered'), period],
      [t('fields.generated'), d.generated(opts.now)],
    ],
    4,
  );
  const all = totals.paidMinutes + totals.proBonoMinutes;
  keyFigures(c, [
    [t('hourLog.figures.paid'), d.hours(totals.paidMinutes)],
    [t('hourLog.figures.proBono'), d.hours(totals.proBonoMinutes)],
    [t('hourLog.figures.total'), d.hours(all)],
    [t('hourLog.figures.distinctClients'), d.count(totals.distinctClients)],
    [t('hourLog.figures.relationships'), d.count(totals.relationships)],
  ]);

  const data = hourLogTable(report, d.language);
  const rows = [
    ...data.body.map((cells) => ({ cells: cells.map((cell, i) => printedCell(cell, i, d)) })),
    {
      // On paper the totals row spans the first to the last day of coaching.
      cells: data.totals.map((cell, i) =>
        i === 4 ? (report.firstDate ?? '') : i === 5 ? (report.lastDate ?? '') : printedCell(cell, i, d),
      ),
      kind: 'total' as const,
    },
  ];
  const drawn = table(c, columns(d.language), rows, t('frame.continued', { title: t('hourLog.title') }));

  c.y += 8;
  const facts = [
    t('hourLog.totals', {
      paid: d.hours(totals.paidMinutes),
      proBono: d.hours(totals.proBonoMinutes),
      all: d.hours(all),
      clients: t('hourLog.distinctClients', { count: totals.distinctClients }),
      relationships: t('hourLog.relationships', { count: totals.relationships }),
    }),
    ...data.notes,
    t('hourLog.groupNote'),
  ];
  for (const text of facts) note(c, text, '•');

  // The attestation stays together on one page.
  const attestation = t('hourLog.attestation');
  const signature = pngBytes(profile?.signature);
  const statementHeight = c.paragraphHeight(attestation, STYLES.body, { spaceAfter: 4 });
  c.ensureSpace(14 + 17 + 6 + statementHeight + 62 + (signature ? 40 : 0));
  heading(c, t('hourLog.attestationHeading'), 0);
  c.paragraph(attestation, STYLES.body, { spaceAfter: 4 });
  signatureLines(c, [
    { label: t('fields.signature'), value: null, weight: 3, image: signature },
    { label: t('fields.name'), value: profile?.name.trim() || coach, weight: 2.4 },
    // Signed with the stored signature, the date is the day of export; by hand, the coach writes it.
    { label: t('fields.date'), value: signature ? d.generated(opts.now) : null, weight: 1.4 },
  ]);

  return { pdf: await finishReport(c, frame), table: drawn };
}
