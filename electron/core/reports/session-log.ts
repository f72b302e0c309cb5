import type { SessionLogReportInput } from '../../shared/reports';
import type { Db } from '../db/connection';
import { buildHourLog, clientDirectory } from '../hours/log';
import { formatGeneratedDate } from '../pdf/agreement-pdf';
import type { TableColumn, TableResult } from '../pdf/layout';
import {
  factGrid,
  finishReport,
  keyFigures,
  note,
  openReport,
  type ReportFrame,
  table,
  title,
} from './document';
import { hoursPrinted, plural } from './format';
import type { PdfRenderOptions } from './hour-log-pdf';
import { periodLabel } from './hour-log-pdf';
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

export function buildSessionLog(db: Db, input: SessionLogReportInput): SessionLogReport {
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
      names = 'Not listed (no consent)';
    } else if (e.source === 'manual') {
      const first = displayName(input.names, e.clientLabel, e.clientKeys[0], codes);
      names = e.groupSize > 1 ? `${first} and ${plural(e.groupSize - 1, 'other')}` : first;
    } else {
      names = e.clientKeys
        .map((key) => displayName(input.names, people.get(key)?.name ?? e.clientLabel, key, codes))
        .sort((a, b) => a.localeCompare(b))
        .join(', ');
    }
    const notes: string[] = [];
    if (e.source === 'manual') notes.push(`Logged outside Coachbook, to ${e.endDate}`);
    if (e.peerMinutes > 0) notes.push('Reciprocal peer coaching');
    if (e.sponsor && e.source === 'session') notes.push(`Sponsor: ${e.sponsor}`);
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

const COLUMNS: TableColumn[] = [
  { header: 'Date', weight: 1 },
  { header: 'Client(s)', weight: 3.3 },
  { header: 'Individual / group', weight: 1.05 },
  { header: 'Group size', weight: 0.75, align: 'right' },
  { header: 'Minutes', weight: 0.8, align: 'right' },
  { header: 'Paid hours', weight: 0.9, align: 'right' },
  { header: 'Pro bono hours', weight: 0.9, align: 'right' },
  { header: 'Notes', weight: 2.4 },
];

export async function renderSessionLogPdf(
  report: SessionLogReport,
  opts: PdfRenderOptions,
): Promise<{ pdf: Buffer; table: TableResult }> {
  const frame: ReportFrame = {
    title: 'Coaching Session Log',
    runningTitle: `Coaching Session Log · ${report.practice.coachName}`,
    practiceName: report.practice.name,
    coachName: report.practice.coachName,
    subject: `Coaching session log, ${periodLabel(report)}`,
    landscape: true,
    fontsDir: opts.fontsDir,
    now: opts.now,
  };
  const c = openReport(frame);
  const t = report.totals;
  title(c, 'Coaching Session Log', 'Every coaching session and logged entry, in date order');
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
    ['Sessions and entries', t.sessions.toLocaleString('en-GB')],
    ['Paid hours', hoursPrinted(t.paidMinutes)],
    ['Pro bono hours', hoursPrinted(t.proBonoMinutes)],
    ['Total hours', hoursPrinted(t.minutes)],
    ['Distinct clients', t.distinctClients.toLocaleString('en-GB')],
  ]);
  const rows = [
    ...report.lines.map((l) => ({
      cells: [
        l.date,
        l.clients,
        l.mode === 'group' ? 'Group' : 'Individual',
        String(l.groupSize),
        l.minutes.toLocaleString('en-GB'),
        hoursPrinted(l.paidMinutes),
        hoursPrinted(l.proBonoMinutes),
        l.notes,
      ],
    })),
    {
      kind: 'total' as const,
      cells: [
        'Total',
        `${plural(t.sessions, 'line')}, ${plural(t.distinctClients, 'distinct client')}`,
        '',
        '',
        t.minutes.toLocaleString('en-GB'),
        hoursPrinted(t.paidMinutes),
        hoursPrinted(t.proBonoMinutes),
        `${hoursPrinted(t.minutes)} hours in all`,
      ],
    },
  ];
  const drawn = table(c, COLUMNS, rows, 'Coaching Session Log');
  c.y += 8;
  if (report.unlistedLines > 0) {
    note(
      c,
      `${plural(report.unlistedLines, 'line')} ${report.unlistedLines === 1 ? 'shows' : 'show'} "Not listed" because a client has not consented to be listed; the hours are shown and counted.`,
      '•',
    );
  }
  note(
    c,
    'Only sessions marked as held count. A group session is logged once, whatever the group size. Reciprocal peer coaching counts as paid only up to the hours received as a client; the rest is pro bono.',
    '•',
  );
  return { pdf: await finishReport(c, frame), table: drawn };
}
