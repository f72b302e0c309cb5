import type { Language } from '../../shared/preferences';
import { finishReport, heading, note, openReport, STYLES, table, title } from '../reports/document';
import { documentText } from '../reports/format';
import type { ClientRecord } from './client-export';

/**
 * The client record as a readable document (the JSON beside it is the complete, machine-readable copy,
 * and its field names stay as they are: they are data). The frame words follow the document's language.
 */
export function clientRecordPdf(
  record: ClientRecord,
  frame: { practiceName: string; coachName: string; fontsDir: string; now: Date; language?: Language },
): Promise<Buffer> {
  const { t } = documentText(frame.language);
  // Stored values (statuses, kinds, formats) in the document's words; an unknown value prints as stored.
  const values = t('clientRecord.values', { returnObjects: true }) as unknown as Record<
    string,
    Record<string, string>
  >;
  const stored = (group: string, raw: string) => values[group]?.[raw] ?? raw;
  const doc = {
    ...frame,
    title: t('clientRecord.title', { name: record.client.fullName }),
    runningTitle: t('clientRecord.running'),
    subject: t('clientRecord.subject'),
    landscape: false,
  };
  const c = openReport(doc);
  const client = record.client;
  title(
    c,
    client.fullName,
    [client.preferredName && t('clientRecord.goesBy', { name: client.preferredName }), client.pronouns]
      .filter(Boolean)
      .join(' · '),
  );
  const listed = client.mayBeListed
    ? t('clientRecord.listedSince', { date: client.listingConsentDate ?? '' })
    : t('clientRecord.no');
  for (const [label, value] of [
    [t('clientRecord.fields.email'), client.email],
    [t('clientRecord.fields.phone'), client.phone],
    [t('clientRecord.fields.organisation'), client.organisation],
    [t('clientRecord.fields.preferredLanguage'), client.preferredLanguage],
    [t('clientRecord.fields.timeZone'), client.timeZone],
    [t('clientRecord.fields.status'), stored('clientStatus', client.status)],
    [t('clientRecord.fields.source'), client.source],
    [t('clientRecord.fields.mayBeListed'), listed],
    [t('clientRecord.fields.tags'), client.tags.join(', ')],
  ] as const) {
    if (value) c.paragraph(t('clientRecord.fieldLine', { label, value }), STYLES.body, { spaceAfter: 2 });
  }
  if (client.privateNotes) {
    heading(c, t('clientRecord.privateNotes'));
    c.paragraph(client.privateNotes, STYLES.body);
  }
  if (record.referrals.length > 0) {
    heading(c, t('clientRecord.referrals'));
    for (const r of record.referrals) {
      const party = `${r.partyName}${r.partyRole ? ` (${r.partyRole})` : ''}`;
      const who =
        r.direction === 'in'
          ? t('clientRecord.referredBy', { party })
          : t('clientRecord.referredTo', { party });
      note(c, `${r.date} · ${who}${r.reason ? `: ${r.reason}` : ''}`, '•');
    }
  }
  heading(c, t('clientRecord.engagements'));
  for (const e of record.engagements) {
    const facts = {
      title: e.title,
      kind: stored('engagementKind', e.kind),
      status: stored('engagementStatus', e.status),
      start: e.startDate,
    };
    c.paragraph(
      e.endDate
        ? t('clientRecord.engagementLineEnded', { ...facts, end: e.endDate })
        : t('clientRecord.engagementLine', facts),
      { ...STYLES.body, bold: true },
      { spaceAfter: 2 },
    );
    if (e.focusDescription)
      c.paragraph(
        t('clientRecord.focus', { focus: stored('focus', e.focus), text: e.focusDescription }),
        STYLES.body,
        {
          spaceAfter: 2,
        },
      );
    for (const g of e.goals)
      note(
        c,
        g.successMeasure
          ? t('clientRecord.goalSuccess', {
              title: g.title,
              status: stored('goalStatus', g.status),
              measure: g.successMeasure,
            })
          : t('clientRecord.goal', { title: g.title, status: stored('goalStatus', g.status) }),
        '•',
      );
    for (const a of e.commitments)
      note(
        c,
        a.dueDate
          ? t('clientRecord.commitmentDue', {
              owner: stored('owner', a.owner),
              status: stored('actionStatus', a.status),
              date: a.dueDate,
              text: a.text,
            })
          : t('clientRecord.commitment', {
              owner: stored('owner', a.owner),
              status: stored('actionStatus', a.status),
              text: a.text,
            }),
        '•',
      );
  }
  if (record.agreements.length > 0) {
    heading(c, t('clientRecord.agreements'));
    for (const a of record.agreements) {
      const signed = a.signedAt ? ` · ${t('clientRecord.signedOn', { date: a.signedAt.slice(0, 10) })}` : '';
      note(c, `${a.title} · ${stored('agreementStatus', a.status)}${signed}`, '•');
    }
  }
  if (record.sessions.length > 0) {
    heading(c, t('clientRecord.sessions'));
    table(
      c,
      [
        { header: t('clientRecord.columns.date'), weight: 2 },
        { header: t('clientRecord.columns.minutes'), weight: 1.2, align: 'right' },
        { header: t('clientRecord.columns.format'), weight: 1.6 },
        { header: t('clientRecord.columns.attendance'), weight: 2 },
        { header: t('clientRecord.columns.engagement'), weight: 3 },
      ],
      record.sessions.map((s) => ({
        cells: [
          s.startsAt.slice(0, 10),
          String(s.durationMinutes),
          stored('format', s.format),
          stored('attendance', s.attendance),
          s.engagementTitle,
        ],
      })),
      t('clientRecord.sessionsContinued'),
    );
    for (const s of record.sessions) {
      if (!s.note) continue;
      const date = s.startsAt.slice(0, 10);
      heading(
        c,
        s.note.finalisedAt
          ? t('clientRecord.sessionNotesFinal', { date })
          : t('clientRecord.sessionNotes', { date }),
      );
      for (const section of s.note.sections) {
        if (section.text) c.paragraph(`${section.label}: ${section.text}`, STYLES.body, { spaceAfter: 3 });
      }
      if (s.note.reflection)
        c.paragraph(t('clientRecord.reflection', { text: s.note.reflection }), STYLES.body, {
          spaceAfter: 3,
        });
      for (const a of s.note.addenda)
        c.paragraph(
          t('clientRecord.addendum', { date: a.createdAt.slice(0, 10), text: a.text }),
          STYLES.body,
          {
            spaceAfter: 3,
          },
        );
    }
  }
  if (record.assessments.length > 0) {
    heading(c, t('clientRecord.wheel'));
    for (const a of record.assessments) {
      note(c, `${a.takenOn}: ${a.scores.map((s) => `${s.area} ${s.score}`).join(', ')}`, '•');
    }
  }
  return finishReport(c, doc);
}
