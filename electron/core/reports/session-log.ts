import type { Language } from '../../shared/preferences';
import type { SessionLogReportInput } from '../../shared/reports';
import type { Db } from '../db/connection';
import { buildHourLog, clientDirectory } from '../hours/log';
import type { TableColumn, TableResult } from '../pdf/table';
import {
  coachByline,
  factGrid,
  finishReport,
  keyFigures,
  note,
  openReport,
  type ReportFrame,
  table,
  title,
} from './document';
import { documentText } from './format';
import type { PdfRenderOptions } from './hour-log-pdf';
import { periodLabel, targetsLabel } from './hour-log-pdf';
import { type PracticeInfo, practiceInfo, reportCodes, targetNames } from './hour-log-report';
import { displayName } from './names';

/** Every line of the hour log, one per session (or manual entry), in date order, with totals. */

export interface SessionLogLine {
  date: string;
  clients: string;
  mode: 'individual' | 'group';
  groupSize: number;
  minutes: number;
  paidMinutes: number;
  proBonoMinutes: number;
  notes: string;
}

export interface SessionLogReport {
  practice: PracticeInfo;
  targets: string[];
  from: string | null;
  to: string | null;
  firstDate: string | null;
  lastDate: string | null;
  lines: SessionLogLine[];
  totals: {
    minutes: number;
    paidMinutes: number;
    proBonoMinutes: number;
    sessions: number;
    distinctClients: number;
  };
  unlistedLines: number;
}

/** The log's lines carry a few words (who was not listed, notes): they are written in `language`. */
export function buildSessionLog(
  db: Db,
  input: SessionLogReportInput,
  language: Language = 'en',
): SessionLogReport {
  const { t } = documentText(language);
  // Words resolved once, not per line.
  const notListed = t('sessionLog.notListed');
  const peer = t('sessionLog.peer');
  // Every attendee's name, not just the first one the log carries (names only: hours come from the log).
  const people = clientDirectory(db);
  const entries = buildHourLog(db, {
    names: true,
    directory: people,
    from: input.from,
    to: input.to,
  }).entries;
  const codes = reportCodes(db, input.names);
  const clients = new Set<string>();
  let unlistedLines = 0;
  const lines = entries.map((e): SessionLogLine => {
    for (const key of e.clientKeys) clients.add(key);
    let names: string;
    if (input.omitUnlisted && !e.mayBeListed) {
      unlistedLines += 1;
      names = notListed;
    } else if (e.source === 'manual') {
      const first = displayName(input.names, e.clientLabel, e.clientKeys[0], codes);
      names = e.groupSize > 1 ? t('sessionLog.andOthers', { first, count: e.groupSize - 1 }) : first;
    } else {
      names = e.clientKeys
        .map((key) => displayName(input.names, people.get(key)?.name ?? e.clientLabel, key, codes))
        .sort((a, b) => a.localeCompare(b))
        .join(', ');
    }
    const notes: string[] = [];
    if (e.source === 'manual') notes.push(t('sessionLog.loggedOutside', { date: e.endDate }));
    if (e.peerMinutes > 0) notes.push(peer);
    if (e.sponsor && e.source === 'session') notes.push(t('sessionLog.sponsor', { name: e.sponsor }));
    return {
      date: e.date,
      clients: names,
      mode: e.mode,
      groupSize: e.groupSize,
      minutes: e.paidMinutes + e.proBonoMinutes,
      paidMinutes: e.paidMinutes,
      proBonoMinutes: e.proBonoMinutes,
      notes: notes.join('; '),
    };
  });
  const paid = lines.reduce((s, l) => s + l.paidMinutes, 0);
  const proBono = lines.reduce((s, l) => s + l.proBonoMinutes, 0);
  return {
    practice: practiceInfo(db),
    targets: targetNames(db),
    from: input.from ?? null,
    to: input.to ?? null,
    firstDate: entries[0]?.date ?? null,
    lastDate: entries.reduce<string | null>((m, e) => (m === null || e.endDate > m ? e.endDate : m), null),
    lines,
    totals: {
      minutes: paid + proBono,
      paidMinutes: paid,
      proBonoMinutes: proBono,
      sessions: lines.length,
      distinctClients: clients.size,
    },
    unlistedLines,
  };
}

const COLUMN_LAYOUT: [keyof ColumnWords, Omit<TableColumn, 'header'>][] = [
  ['date', { weight: 1 }],
  ['clients', { weight: 3.3 }],
  ['mode', { weight: 1.05 }],
  ['groupSize', { weight: 0.75, align: 'right' }],
  ['minutes', { weight: 0.8, align: 'right' }],
  ['paid', { weight: 0.9, align: 'right' }],
  ['proBono', { weight: 0.9, align: 'right' }],
  ['notes', { weight: 2.4 }],
];
type ColumnWords = Record<
  'date' | 'clients' | 'mode' | 'groupSize' | 'minutes' | 'paid' | 'proBono' | 'notes',
  string
>;

export async function renderSessionLogPdf(
  report: SessionLogReport,
  opts: PdfRenderOptions,
): Promise<{ pdf: Buffer; table: TableResult }> {
  const d = documentText(opts.language);
  const { t } = d;
  const coach = report.practice.coachName;
  const period = periodLabel(report, d);
  const frame: ReportFrame = {
    title: t('sessionLog.title'),
    runningTitle: t('sessionLog.running', { coach }),
    practiceName: report.practice.name,
    coachName: coach,
    subject: t('sessionLog.subject', { period }),
    landscape: true,
    fontsDir: opts.fontsDir,
    now: opts.now,
    language: d.language,
  };
  const c = openReport(frame);
  const totals = report.totals;
  title(
    c,
    t('sessionLog.title'),
    t('sessionLog.subtitle'),
    coachByline(d, coach, report.practice.profile ?? null),
  );
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
  keyFigures(c, [
    [t('sessionLog.figures.sessions'), d.count(totals.sessions)],
    [t('sessionLog.figures.paid'), d.hours(totals.paidMinutes)],
    [t('sessionLog.figures.proBono'), d.hours(totals.proBonoMinutes)],
    [t('sessionLog.figures.total'), d.hours(totals.minutes)],
    [t('sessionLog.figures.distinctClients'), d.count(totals.distinctClients)],
  ]);
  const columns = COLUMN_LAYOUT.map(
    ([key, layout]): TableColumn => ({
      ...layout,
      header: t(`sessionLog.columns.${key}`),
    }),
  );
  // Resolved once per document, not per row.
  const mode = { individual: t('frame.individual'), group: t('frame.group') };
  const rows = [
    ...report.lines.map((l) => ({
      cells: [
        l.date,
        l.clients,
        mode[l.mode],
        String(l.groupSize),
        d.count(l.minutes),
        d.hours(l.paidMinutes),
        d.hours(l.proBonoMinutes),
        l.notes,
      ],
    })),
    {
      kind: 'total' as const,
      cells: [
        t('frame.total'),
        t('sessionLog.totalLine', {
          lines: t('sessionLog.lines', { count: totals.sessions }),
          clients: t('hourLog.distinctClients', { count: totals.distinctClients }),
        }),
        '',
        '',
        d.count(totals.minutes),
        d.hours(totals.paidMinutes),
        d.hours(totals.proBonoMinutes),
        t('sessionLog.hoursInAll', { hours: d.hours(totals.minutes) }),
      ],
    },
  ];
  const drawn = table(c, columns, rows, t('frame.continued', { title: t('sessionLog.title') }));
  c.y += 8;
  if (report.unlistedLines > 0) note(c, t('sessionLog.unlistedNote', { count: report.unlistedLines }), '•');
  note(c, t('sessionLog.countingNote'), '•');
  return { pdf: await finishReport(c, frame), table: drawn };
}
