import { finishReport, heading, note, openReport, STYLES, table, title } from '../reports/document';
import type { ClientRecord } from './client-export';

/** The client record as a readable document (the JSON beside it is the complete, machine-readable copy). */
export function clientRecordPdf(
  record: ClientRecord,
  frame: { practiceName: string; coachName: string; fontsDir: string; now: Date },
): Promise<Buffer> {
  const doc = {
    ...frame,
    title: `Client record: ${record.client.fullName}`,
    runningTitle: 'Client record',
    subject: 'Client record',
    landscape: false,
  };
  const c = openReport(doc);
  const client = record.client;
  title(
    c,
    client.fullName,
    [client.preferredName && `Goes by ${client.preferredName}`, client.pronouns].filter(Boolean).join(' · '),
  );
  for (const [label, value] of [
    ['Email', client.email],
    ['Phone', client.phone],
    ['Organisation', client.organisation],
    ['Preferred language', client.preferredLanguage],
    ['Time zone', client.timeZone],
    ['Status', client.status],
    ['Came by', client.source],
    [
      'May be listed on credential logs',
      client.mayBeListed ? `Yes, since ${client.listingConsentDate ?? ''}` : 'No',
    ],
    ['Tags', client.tags.join(', ')],
  ] as const) {
    if (value) c.paragraph(`${label}: ${value}`, STYLES.body, { spaceAfter: 2 });
  }
  if (client.privateNotes) {
    heading(c, 'Coach notes about the client');
    c.paragraph(client.privateNotes, STYLES.body);
  }
  if (record.referrals.length > 0) {
    heading(c, 'Referrals');
    for (const r of record.referrals) {
      note(
        c,
        `${r.date} · ${r.direction === 'in' ? 'Referred by' : 'Referred to'} ${r.partyName}${r.partyRole ? ` (${r.partyRole})` : ''}${r.reason ? `: ${r.reason}` : ''}`,
        '•',
      );
    }
  }
  heading(c, 'Engagements');
  for (const e of record.engagements) {
    c.paragraph(
      `${e.title} (${e.kind}, ${e.status}) from ${e.startDate}${e.endDate ? ` to ${e.endDate}` : ''}`,
      { ...STYLES.body, bold: true },
      { spaceAfter: 2 },
    );
    if (e.focusDescription)
      c.paragraph(`Focus (${e.focus}): ${e.focusDescription}`, STYLES.body, { spaceAfter: 2 });
    for (const g of e.goals)
      note(
        c,
        `Goal: ${g.title} (${g.status})${g.successMeasure ? ` · success: ${g.successMeasure}` : ''}`,
        '•',
      );
    for (const a of e.commitments)
      note(c, `Commitment (${a.owner}, ${a.status}${a.dueDate ? `, due ${a.dueDate}` : ''}): ${a.text}`, '•');
  }
  if (record.agreements.length > 0) {
    heading(c, 'Agreements');
    for (const a of record.agreements) {
      note(c, `${a.title} · ${a.status}${a.signedAt ? ` · signed ${a.signedAt.slice(0, 10)}` : ''}`, '•');
    }
  }
  if (record.sessions.length > 0) {
    heading(c, 'Sessions');
    table(
      c,
      [
        { header: 'Date', weight: 2 },
        { header: 'Minutes', weight: 1.2, align: 'right' },
        { header: 'Format', weight: 1.6 },
        { header: 'Attendance', weight: 2 },
        { header: 'Engagement', weight: 3 },
      ],
      record.sessions.map((s) => ({
        cells: [
          s.startsAt.slice(0, 10),
          String(s.durationMinutes),
          s.format,
          s.attendance,
          s.engagementTitle,
        ],
      })),
      'Sessions',
    );
    for (const s of record.sessions) {
      if (!s.note) continue;
      heading(c, `Session notes, ${s.startsAt.slice(0, 10)}${s.note.finalisedAt ? ' (finalised)' : ''}`);
      for (const section of s.note.sections) {
        if (section.text) c.paragraph(`${section.label}: ${section.text}`, STYLES.body, { spaceAfter: 3 });
      }
      if (s.note.reflection) c.paragraph(`Reflection: ${s.note.reflection}`, STYLES.body, { spaceAfter: 3 });
      for (const a of s.note.addenda)
        c.paragraph(`Addendum ${a.createdAt.slice(0, 10)}: ${a.text}`, STYLES.body, { spaceAfter: 3 });
    }
  }
  if (record.assessments.length > 0) {
    heading(c, 'Wheel of Life');
    for (const a of record.assessments) {
      note(c, `${a.takenOn}: ${a.scores.map((s) => `${s.area} ${s.score}`).join(', ')}`, '•');
    }
  }
  return finishReport(c, doc);
}
