import type { Engagement } from '../../shared/engagements';
import type { Language } from '../../shared/preferences';
import { foldForSearch } from '../../shared/search-text';
import { mergeTemplate } from '../agreements/merge';
import { mergeValues } from '../agreements/merge-values';
import type { Db } from '../db/connection';
import { insertSessionRow } from '../sessions/sessions';
import { readSetting, writeSetting } from '../settings';
import type { Rng } from './prng';
import type { DemoWriter } from './writer';

/**
 * Writes the demo with prepared INSERTs in large transactions, into the same tables the
 * services use, so the FTS triggers fire as they do in the app. Each statement mirrors the
 * service it stands in for (same columns, same derived values: a client's search text, an
 * agreement's merged body), and the unit tests check both writers give the same rows.
 *
 * Seeding is all or nothing, so while it runs the writer trades durability for speed
 * (synchronous=OFF, a large page cache) and puts the connection's settings back when done.
 */

const BATCH_ROWS = 20_000;

/** SQLite's NOCASE: ASCII letters fold, everything else compares by code point. */
function nocase(a: string, b: string): number {
  const fa = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const fb = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export function bulkWriter(
  db: Db,
  ids: Rng,
  template: { id: string; name: string; body: string },
  language: Language = 'en',
): DemoWriter {
  const practice = db.prepare('SELECT name, coach_name AS coachName FROM practice LIMIT 1').get() as
    | { name: string; coachName: string }
    | undefined;
  if (!practice) throw new Error('The demo needs a practice (create it with PracticeManager first).');
  const noticeHours = readSetting(db, 'agreements.cancellationNoticeHours', 24);
  const previous = {
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    cacheSize: db.pragma('cache_size', { simple: true }) as number,
  };
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');

  const s = {
    client: db.prepare(
      `INSERT INTO client (id, full_name, preferred_name, pronouns, email, phone, preferred_language, time_zone,
         organisation, status, source, may_be_listed, listing_consent_date, private_notes, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    tag: db.prepare('INSERT OR IGNORE INTO client_tag (client_id, tag) VALUES (?, ?)'),
    archive: db.prepare(
      `UPDATE client SET status = 'archived', status_before_archive = status, updated_at = ? WHERE id = ?`,
    ),
    referral: db.prepare(
      `INSERT INTO referral (id, client_id, direction, party_name, party_role, reason, date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    engagement: db.prepare(
      `INSERT INTO engagement (id, title, kind, focus, focus_description, sponsor_name, sponsor_kind, sponsor_contact,
         fee_arrangement, fee_minor, currency, start_date, end_date, planned_sessions, frequency, session_minutes,
         status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    participant: db.prepare('INSERT INTO engagement_participant (engagement_id, client_id) VALUES (?, ?)'),
    agreement: db.prepare(
      `INSERT INTO agreement (id, engagement_id, template_id, title, body, status, start_date, end_date, sent_at,
         signed_at, ended_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    signature: db.prepare(
      `INSERT INTO agreement_signature (agreement_id, party, signer_name, signed_on, drawing_png) VALUES (?, ?, ?, ?, NULL)`,
    ),
    note: db.prepare(
      'INSERT INTO note (session_id, template, sections, reflection, finalised_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    addendum: db.prepare('INSERT INTO note_addendum (id, session_id, text, created_at) VALUES (?, ?, ?, ?)'),
    goal: db.prepare(
      `INSERT INTO goal (id, engagement_id, title, success_measure, plan, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    progress: db.prepare(
      'INSERT INTO goal_progress (id, goal_id, session_id, note, percent, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    action: db.prepare(
      `INSERT INTO action_item (id, engagement_id, session_id, text, owner, due_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    ),
    actionStatus: db.prepare('UPDATE action_item SET status = ?, updated_at = ? WHERE id = ?'),
    assessment: db.prepare(
      `INSERT INTO assessment (id, client_id, kind, taken_on, scores, note, created_at)
       VALUES (?, ?, 'wheel-of-life', ?, ?, ?, ?)`,
    ),
    received: db.prepare(
      `INSERT INTO received_session (id, kind, provider_name, provider_credential, mode, group_size, starts_at,
         duration_minutes, notes, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ce: db.prepare(
      'INSERT INTO ce_entry (id, provider, course, date, units_tenths, category, ethics, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    manual: db.prepare(
      `INSERT INTO manual_hours (id, client_name, client_contact, mode, group_size, start_date, end_date, paid_minutes,
         pro_bono_minutes, may_be_listed, import_key, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ),
  };

  /** What createEngagement would read back, for merging the agreement text. */
  const engagements = new Map<string, Engagement>();
  let rows = 0;
  db.exec('BEGIN');
  const wrote = (n = 1) => {
    rows += n;
    if (rows >= BATCH_ROWS) checkpoint();
  };
  function checkpoint() {
    db.exec('COMMIT');
    db.exec('BEGIN');
    rows = 0;
  }
  function restore() {
    db.pragma(`synchronous = ${previous.synchronous}`);
    db.pragma(`cache_size = ${previous.cacheSize}`);
  }
  const iso = (at: Date) => at.toISOString();

  return {
    mode: 'bulk',
    client: (f, at) => {
      const id = ids.uuid();
      const now = iso(at);
      const search = foldForSearch(
        [f.fullName, f.preferredName, f.email, f.organisation, ...f.tags].join('\u0001'),
      );
      s.client.run(
        id,
        f.fullName,
        f.preferredName,
        f.pronouns,
        f.email,
        f.phone,
        f.preferredLanguage,
        f.timeZone,
        f.organisation,
        f.status,
        f.source,
        f.mayBeListed ? 1 : 0,
        f.mayBeListed ? f.listingConsentDate : null,
        f.privateNotes,
        search,
        now,
        now,
      );
      for (const tag of f.tags) s.tag.run(id, tag);
      wrote(1 + f.tags.length);
      return id;
    },
    archiveClient: (id, at) => {
      s.archive.run(iso(at), id);
      wrote();
    },
    referral: (r, at) => {
      s.referral.run(
        ids.uuid(),
        r.clientId,
        r.direction,
        r.partyName,
        r.partyRole,
        r.reason,
        r.date,
        iso(at),
      );
      wrote();
    },
    engagement: (f, names, at) => {
      const id = ids.uuid();
      const now = iso(at);
      s.engagement.run(
        id,
        f.title,
        f.kind,
        f.focus,
        f.focusDescription,
        f.sponsorName,
        f.sponsorKind,
        f.sponsorContact,
        f.feeArrangement,
        f.feeMinor,
        f.currency,
        f.startDate,
        f.endDate,
        f.plannedSessions,
        f.frequency,
        f.sessionMinutes,
        f.status,
        now,
        now,
      );
      for (const clientId of f.participantIds) s.participant.run(id, clientId);
      const { participantIds, ...rest } = f;
      const participants = participantIds
        .map((pid, i) => ({ id: pid, fullName: names[i] ?? '' }))
        .sort((a, b) => nocase(a.fullName, b.fullName));
      engagements.set(id, { ...rest, id, participants, createdAt: now, updatedAt: now });
      wrote(1 + participantIds.length);
      return id;
    },
    agreement: (engagementId, plan) => {
      const engagement = engagements.get(engagementId);
      if (!engagement) throw new Error('agreement for an engagement this writer did not write');
      const { text } = mergeTemplate(
        template.body,
        mergeValues({
          engagement,
          coachName: practice.coachName,
          practiceName: practice.name,
          cancellationNoticeHours: noticeHours,
          locale: language,
        }),
      );
      const title = (text.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? template.name).slice(0, 200);
      const events = [
        plan.createdAt,
        plan.sentAt,
        ...plan.signatures.map((x) => x.at),
        plan.signedAt,
        plan.endedAt,
      ];
      const last = events.reduce<Date>((m, e) => (e && e > m ? e : m), plan.createdAt);
      const id = ids.uuid();
      s.agreement.run(
        id,
        engagementId,
        template.id,
        title,
        text,
        plan.status,
        engagement.startDate,
        engagement.endDate,
        plan.sentAt ? iso(plan.sentAt) : null,
        plan.signedAt ? iso(plan.signedAt) : null,
        plan.endedAt ? iso(plan.endedAt) : null,
        iso(plan.createdAt),
        iso(last),
      );
      for (const sig of plan.signatures) s.signature.run(id, sig.party, sig.signerName, sig.signedOn);
      wrote(1 + plan.signatures.length);
    },
    session: (f, draft, at) => {
      const id = ids.uuid();
      // The service's own INSERT (what createSessions writes), with the demo's seeded ids.
      insertSessionRow(db, id, iso(at), { ...f, draft: draft !== null, icsUid: draft?.icsUid ?? null });
      wrote(1 + f.attendeeIds.length);
      return id;
    },
    note: (sessionId, note, at, finalisedAt) => {
      s.note.run(
        sessionId,
        note.template,
        JSON.stringify(note.sections),
        note.reflection,
        finalisedAt ? iso(finalisedAt) : null,
        iso(at),
      );
      wrote(2);
    },
    addendum: (sessionId, text, at) => {
      s.addendum.run(ids.uuid(), sessionId, text, iso(at));
      wrote(2);
    },
    goal: (f, at) => {
      const id = ids.uuid();
      s.goal.run(id, f.engagementId, f.title, f.successMeasure, f.plan, f.status, iso(at), iso(at));
      wrote(2);
      return id;
    },
    goalProgress: (goalId, sessionId, note, percent, at) => {
      s.progress.run(ids.uuid(), goalId, sessionId, note, percent, iso(at));
      wrote();
    },
    action: (a, at) => {
      const id = ids.uuid();
      s.action.run(id, a.engagementId, a.sessionId, a.text, a.owner, a.dueDate, iso(at), iso(at));
      wrote(2);
      return id;
    },
    actionStatus: (id, status, at) => {
      s.actionStatus.run(status, iso(at), id);
      wrote();
    },
    assessment: (a, at) => {
      const scores = a.scores.map(({ area, score }) => ({ area, score }));
      s.assessment.run(ids.uuid(), a.clientId, a.takenOn, JSON.stringify(scores), a.note, iso(at));
      wrote();
    },
    received: (r, at) => {
      s.received.run(
        ids.uuid(),
        r.kind,
        r.providerName,
        r.providerCredential,
        r.mode,
        r.groupSize,
        r.startsAt,
        r.durationMinutes,
        r.notes,
        iso(at),
      );
      wrote();
    },
    ce: (c, at) => {
      s.ce.run(
        ids.uuid(),
        c.provider,
        c.course,
        c.date,
        Math.round(c.units * 10),
        c.category,
        c.ethics ? 1 : 0,
        iso(at),
      );
      wrote();
    },
    manualHours: (m, at) => {
      s.manual.run(
        ids.uuid(),
        m.clientName,
        m.clientContact,
        m.mode,
        m.groupSize,
        m.startDate,
        m.endDate,
        m.paidMinutes,
        m.proBonoMinutes,
        m.mayBeListed ? 1 : 0,
        iso(at),
      );
      wrote();
    },
    hoursSettings: (settings) => {
      writeSetting(db, 'hours.settings', { ...settings, targets: [...new Set(settings.targets)] });
      wrote();
    },
    checkpoint,
    finish: () => {
      db.exec('COMMIT');
      restore();
    },
    abort: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
      restore();
    },
  };
}
