import { formatGeneratedDate } from '../pdf/agreement-pdf';
import type { TableColumn, TableResult } from '../pdf/layout';
import {
  factGrid,
  finishReport,
  heading,
  keyFigures,
  note,
  openReport,
  type ReportFrame,
  STYLES,
  signatureLines,
  table,
  title,
} from './document';
import { hoursPrinted, longDate, plural, printedHoursValue } from './format';
import { type Cell, COUNT_COLUMNS, HOUR_COLUMNS, type HourLogReport, hourLogTable } from './hour-log-report';

export interface PdfRenderOptions {
  fontsDir: string;
  now: Date;
}

const COLUMNS: TableColumn[] = [
  { header: 'Client name', weight: 2.1 },
  { header: 'Contact information', weight: 2.6 },
  { header: 'Individual / group', weight: 1.05 },
  { header: 'Number in group', weight: 0.85, align: 'right' },
  { header: 'Start date', weight: 1.05 },
  { header: 'End date', weight: 1.05 },
  { header: 'Paid hours', weight: 0.95, align: 'right' },
  { header: 'Pro bono hours', weight: 0.95, align: 'right' },
  { header: 'Total hours', weight: 0.95, align: 'right' },
];

export const ATTESTATION =
  'I attest that this log is accurate and complete to the best of my knowledge: the hours listed are coaching I provided to the clients shown, recorded from my coaching records, and the totals include every client relationship in the period, listed or not.';

/** "1 January 2024 to 31 December 2024"; an open end takes the first or last day of coaching. */
export function periodLabel(report: Pick<HourLogReport, 'from' | 'to' | 'firstDate' | 'lastDate'>): string {
  const start = report.from ?? report.firstDate;
  const end = report.to ?? report.lastDate;
  if (start === null && end === null) return 'No coaching recorded';
  if (start === null) return `Up to ${longDate(end as string)}`;
  if (end === null) return `From ${longDate(start)}`;
  return `${longDate(start)} to ${longDate(end)}`;
}

export function printedCell(cell: Cell, column: number): string {
  if (typeof cell === 'string') return cell;
  if (HOUR_COLUMNS.has(column)) return printedHoursValue(cell);
  if (COUNT_COLUMNS.has(column)) return cell.toLocaleString('en-GB');
  return String(cell);
}

export interface RenderedHourLog {
  pdf: Buffer;
  table: TableResult;
}

/** The ICF client coaching log, A4 landscape, with totals and a signed attestation. */
export async function renderHourLogPdf(
  report: HourLogReport,
  opts: PdfRenderOptions,
): Promise<RenderedHourLog> {
  const frame: ReportFrame = {
    title: 'Client Coaching Log',
    runningTitle: `Client Coaching Log · ${report.practice.coachName}`,
    practiceName: report.practice.name,
    coachName: report.practice.coachName,
    subject: `Client coaching log, ${periodLabel(report)}`,
    landscape: true,
    fontsDir: opts.fontsDir,
    now: opts.now,
  };
  const c = openReport(frame);
  const t = report.totals;
  title(c, 'Client Coaching Log', 'Record of coaching experience for credentialing');
  factGrid(
    c,
    [
      ['Coach', report.practice.coachName],
      ['Credential', report.targets.length > 0 ? report.targets.join('; ') : 'Not set'],
      ['Period covered', periodLabel(report)],
      ['Generated', formatGeneratedDate(opts.now)],
    ],
    4,
  );
  keyFigures(c, [
    ['Paid hours', hoursPrinted(t.paidMinutes)],
    ['Pro bono hours', hoursPrinted(t.proBonoMinutes)],
    ['Total coaching hours', hoursPrinted(t.paidMinutes + t.proBonoMinutes)],
    ['Distinct clients', t.distinctClients.toLocaleString('en-GB')],
    ['Client relationships', t.relationships.toLocaleString('en-GB')],
  ]);

  const data = hourLogTable(report);
  const rows = [
    ...data.body.map((cells) => ({ cells: cells.map(printedCell) })),
    { cells: data.totals.map(printedCell), kind: 'total' as const },
  ];
  const drawn = table(c, COLUMNS, rows, 'Client Coaching Log');

  c.y += 8;
  const facts = [
    `Totals: ${hoursPrinted(t.paidMinutes)} paid hours, ${hoursPrinted(t.proBonoMinutes)} pro bono hours, ${hoursPrinted(t.paidMinutes + t.proBonoMinutes)} hours in all, with ${plural(t.distinctClients, 'distinct client')} in ${plural(t.relationships, 'client relationship')}.`,
    ...data.notes,
    "A group is logged once per session, with one member's name and contact; each participant counts as a distinct client. Hours are minutes ÷ 60 rounded to 2 decimals; totals are computed from exact minutes.",
  ];
  for (const text of facts) note(c, text, '•');

  // The attestation stays together on one page.
  const statementHeight = c.paragraphHeight(ATTESTATION, STYLES.body, { spaceAfter: 4 });
  c.ensureSpace(14 + 17 + 6 + statementHeight + 62);
  heading(c, 'Attestation', 0);
  c.paragraph(ATTESTATION, STYLES.body, { spaceAfter: 4 });
  signatureLines(c, [
    { label: 'Signature', value: null, weight: 3 },
    { label: 'Name', value: report.practice.coachName, weight: 2.4 },
    { label: 'Date', value: null, weight: 1.4 },
  ]);

  return { pdf: await finishReport(c, frame), table: drawn };
}
