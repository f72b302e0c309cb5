import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import {
  type IcsImportResult,
  type IcsPreview,
  type IcsPreviewEvent,
  type icsImportEvent,
  MAX_ICS_BYTES,
  MAX_IMPORT_EVENTS,
} from '../../shared/calendar';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Language } from '../../shared/preferences';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { pdfText } from '../i18n';
import { createSessions, listSessions, type NewSession, sessionDefaults } from '../sessions/sessions';
import { parseIcs } from './ics-parse';
import type { IcsEventOut } from './ics-write';
import { engagementMatcher, type MatchEngagement } from './match';

/** Calendar import and export against the open practice. */

/** UIDs Coachbook writes on export: the session's own id. */
const EXPORTED_UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@coachbook$/i;

function exportUid(sessionId: string): string {
  return `${sessionId}@coachbook`;
}

/** Reads a calendar file as UTF-8, refusing anything over the size limit before reading it. */
export function readIcsFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_ICS_BYTES) {
      throw new AppError(
        'validation',
        msg('errors:calendar.fileTooLarge', { max: MAX_ICS_BYTES / 1024 / 1024 }),
      );
    }
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return new TextDecoder('utf-8').decode(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Scheduled (not draft) sessions starting in [from, to), as calendar events titled in `language`. */
export function scheduledSessionEvents(db: Db, from: string, to: string, language: Language): IcsEventOut[] {
  const t = pdfText(language);
  const events: IcsEventOut[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listSessions(db, { from, to, drafts: 'exclude', order: 'oldest', limit: 1000, offset });
    for (const session of page.rows) {
      if (session.attendance !== 'scheduled') continue;
      events.push({
        uid: exportUid(session.id),
        start: session.startsAt,
        minutes: session.durationMinutes,
        summary: t('calendar.eventSummary', { names: session.clientNames.join(', ') }),
      });
    }
    if (offset + page.rows.length >= page.total || page.rows.length === 0) break;
  }
  return events;
}

function matchableEngagements(db: Db): MatchEngagement[] {
  const engagements = db
    .prepare('SELECT id, title, status, start_date AS startDate, end_date AS endDate FROM engagement')
    .all() as Omit<MatchEngagement, 'participants'>[];
  const participants = db
    .prepare(
      `SELECT p.engagement_id AS engagementId, c.full_name AS fullName, c.preferred_name AS preferredName, c.email
       FROM engagement_participant p JOIN client c ON c.id = p.client_id`,
    )
    .all() as { engagementId: string; fullName: string; preferredName: string; email: string }[];
  const byEngagement = new Map<string, MatchEngagement['participants']>();
  for (const { engagementId, ...p } of participants) {
    byEngagement.set(engagementId, [...(byEngagement.get(engagementId) ?? []), p]);
  }
  return engagements.map((e) => ({ ...e, participants: byEngagement.get(e.id) ?? [] }));
}

/** Is this event already a session: imported before (same UID and start), or exported from here? */
function duplicateFinder(db: Db) {
  const imported = db.prepare('SELECT 1 FROM session WHERE ics_uid = ? AND starts_at = ?').pluck();
  const exported = db.prepare('SELECT engagement_id FROM session WHERE id = ? AND starts_at = ?').pluck();
  return (uid: string, startsAt: string): { duplicate: boolean; engagementId: string | null } => {
    if (imported.get(uid, startsAt)) return { duplicate: true, engagementId: null };
    const own = EXPORTED_UID.exec(uid);
    const engagementId = own
      ? (exported.get(own[1]?.toLowerCase(), startsAt) as string | undefined)
      : undefined;
    return { duplicate: engagementId !== undefined, engagementId: engagementId ?? null };
  };
}

/**
 * Reads a calendar file into what the coach reviews before importing. More events than one
 * import may take: those matching an engagement are kept first, unmatched ones are dropped.
 */
export function previewCalendar(db: Db, text: string, fileName: string, localZone: string): IcsPreview {
  const parsed = parseIcs(text, { localZone });
  const match = engagementMatcher(matchableEngagements(db));
  const findDuplicate = duplicateFinder(db);
  let events: IcsPreviewEvent[] = parsed.occurrences.map((o) => {
    const found = findDuplicate(o.uid, o.start);
    const matched = found.engagementId
      ? { matchedEngagementId: found.engagementId, candidates: [found.engagementId] }
      : match(o);
    return {
      uid: o.uid,
      start: o.start,
      minutes: o.minutes,
      timeZone: o.timeZone,
      summary: o.summary,
      ...matched,
      duplicate: found.duplicate,
    };
  });
  let unmatchedOverLimit = 0;
  if (events.length > MAX_IMPORT_EVENTS) {
    const relevant = events.filter((e) => e.candidates.length > 0 || e.duplicate);
    const keep = new Set(relevant.slice(0, MAX_IMPORT_EVENTS));
    for (const e of events) {
      if (keep.size >= MAX_IMPORT_EVENTS) break;
      keep.add(e);
    }
    unmatchedOverLimit = events.length - keep.size;
    events = events.filter((e) => keep.has(e));
  }
  return {
    fileName,
    events,
    problems: parsed.problems,
    skipped: { ...parsed.skipped, unmatchedOverLimit },
  };
}

export function previewCalendarFile(db: Db, path: string, localZone: string): IcsPreview {
  return previewCalendar(db, readIcsFile(path), basename(path), localZone);
}

/**
 * Creates a draft session for each accepted event, all or nothing. Events already in
 * Coachbook (same UID and start, or exported from here) are skipped, so importing the
 * same file twice creates nothing new; so is an event listed twice in one import.
 */
export function importCalendarEvents(
  db: Db,
  clock: Clock,
  events: readonly z.output<typeof icsImportEvent>[],
  localZone: string,
): IcsImportResult {
  const exists = db.prepare('SELECT 1 FROM engagement WHERE id = ?').pluck();
  const findDuplicate = duplicateFinder(db);
  const now = clock.now().toISOString();
  return db.transaction(() => {
    const defaults = new Map<string, ReturnType<typeof sessionDefaults>>();
    const seen = new Set<string>();
    const drafts: NewSession[] = [];
    let skipped = 0;
    for (const event of events) {
      if (!exists.get(event.engagementId)) {
        throw new AppError('validation', msg('errors:calendar.engagementGone'), 'events');
      }
      const key = `${event.uid}\u0000${event.startsAt}`;
      if (seen.has(key) || findDuplicate(event.uid, event.startsAt).duplicate) {
        skipped++;
        continue;
      }
      seen.add(key);
      let base = defaults.get(event.engagementId);
      if (!base) {
        base = sessionDefaults(db, event.engagementId, localZone);
        defaults.set(event.engagementId, base);
      }
      // The event was parsed at the IPC boundary (icsImportEvent) and the rest comes from the
      // engagement and its sessions, so these are SessionFields already.
      drafts.push({
        engagementId: event.engagementId,
        startsAt: event.startsAt,
        timeZone: event.timeZone || base.timeZone,
        durationMinutes: event.minutes ?? base.durationMinutes,
        format: base.format,
        attendance: event.startsAt > now ? 'scheduled' : 'held',
        payment: base.payment,
        feeMinor: base.feeMinor,
        currency: base.currency,
        attendeeIds: base.attendeeIds,
        draft: true,
        icsUid: event.uid,
      });
    }
    return { created: createSessions(db, clock, drafts).length, skipped };
  })();
}
