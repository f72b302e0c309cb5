import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { BUILT_IN_NOTE_TEMPLATES, type NoteTemplate } from '../../shared/note-templates';
import type { Note } from '../../shared/sessions';
import type { Clock } from '../clock';
import { readPracticeDefaults } from '../coach/profile';
import type { Db } from '../db/connection';
import { actionsForSession, openActionsBefore } from './actions';
import { getSession } from './sessions';

/**
 * Session notes. Once finalised the original text is read-only; later changes are
 * dated addenda, so the record shows what was written when.
 */

interface NoteRow {
  session_id: string;
  template: string;
  sections: string;
  reflection: string;
  finalised_at: string | null;
  updated_at: string;
}

export function getNote(db: Db, sessionId: string): Note {
  const session = getSession(db, sessionId);
  const row = db.prepare('SELECT * FROM note WHERE session_id = ?').get(sessionId) as NoteRow | undefined;
  const addenda = db
    .prepare(
      'SELECT id, text, created_at AS createdAt FROM note_addendum WHERE session_id = ? ORDER BY created_at, rowid',
    )
    .all(sessionId) as Note['addenda'];
  const base = {
    sessionId,
    addenda,
    toReview: openActionsBefore(db, session.engagementId, session.startsAt, sessionId),
    actions: actionsForSession(db, sessionId),
  };
  if (!row) {
    // A new note starts from the practice's default template (Settings › Profile).
    const { noteTemplateId } = readPracticeDefaults(db);
    const template =
      listNoteTemplates(db).find((t) => t.id === noteTemplateId) ??
      (BUILT_IN_NOTE_TEMPLATES[0] as NoteTemplate);
    return {
      ...base,
      template: template.id,
      sections: template.sections.map((s) => ({ key: s.key, label: s.label, text: '' })),
      reflection: '',
      finalisedAt: null,
      updatedAt: null,
    };
  }
  return {
    ...base,
    template: row.template,
    sections: JSON.parse(row.sections) as Note['sections'],
    reflection: row.reflection,
    finalisedAt: row.finalised_at,
    updatedAt: row.updated_at,
  };
}

export function saveNote(
  db: Db,
  clock: Clock,
  input: { sessionId: string; template: string; sections: Note['sections']; reflection: string },
): Note {
  getSession(db, input.sessionId);
  const finalised = db
    .prepare('SELECT finalised_at FROM note WHERE session_id = ?')
    .pluck()
    .get(input.sessionId);
  if (finalised) {
    throw new AppError('validation', msg('errors:notes.finalised'), 'sections');
  }
  const keys = new Set(input.sections.map((s) => s.key));
  if (keys.size !== input.sections.length)
    throw new AppError('validation', msg('errors:notes.sectionsDistinct'), 'sections');
  db.prepare(
    `INSERT INTO note (session_id, template, sections, reflection, updated_at) VALUES (@sessionId, @template, @sections, @reflection, @now)
     ON CONFLICT (session_id) DO UPDATE SET template = excluded.template, sections = excluded.sections,
       reflection = excluded.reflection, updated_at = excluded.updated_at`,
  ).run({
    sessionId: input.sessionId,
    template: input.template,
    sections: JSON.stringify(input.sections),
    reflection: input.reflection,
    now: clock.now().toISOString(),
  });
  return getNote(db, input.sessionId);
}

export function finaliseNote(db: Db, clock: Clock, sessionId: string): Note {
  const note = getNote(db, sessionId);
  if (note.finalisedAt) return note;
  if (note.updatedAt === null) throw new AppError('validation', msg('errors:notes.saveFirst'));
  db.prepare('UPDATE note SET finalised_at = ? WHERE session_id = ?').run(
    clock.now().toISOString(),
    sessionId,
  );
  return getNote(db, sessionId);
}

export function addAddendum(db: Db, clock: Clock, sessionId: string, text: string): Note {
  const note = getNote(db, sessionId);
  if (!note.finalisedAt) {
    throw new AppError('validation', msg('errors:notes.addendaFinalisedOnly'), 'text');
  }
  db.prepare('INSERT INTO note_addendum (id, session_id, text, created_at) VALUES (?, ?, ?, ?)').run(
    randomUUID(),
    sessionId,
    text,
    clock.now().toISOString(),
  );
  return getNote(db, sessionId);
}

export function listNoteTemplates(db: Db): NoteTemplate[] {
  const custom = db
    .prepare('SELECT id, name, sections FROM note_template ORDER BY name COLLATE NOCASE')
    .all() as {
    id: string;
    name: string;
    sections: string;
  }[];
  return [
    ...BUILT_IN_NOTE_TEMPLATES,
    ...custom.map((t) => ({ id: t.id, name: t.name, builtIn: false, sections: JSON.parse(t.sections) })),
  ];
}

export function saveNoteTemplate(
  db: Db,
  clock: Clock,
  input: { name: string; sections: { label: string; prompt: string }[] },
): NoteTemplate {
  const id = randomUUID();
  const sections = input.sections.map((s, i) => ({ key: `s${i + 1}`, label: s.label, prompt: s.prompt }));
  db.prepare('INSERT INTO note_template (id, name, sections, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    input.name,
    JSON.stringify(sections),
    clock.now().toISOString(),
  );
  return { id, name: input.name, builtIn: false, sections };
}
