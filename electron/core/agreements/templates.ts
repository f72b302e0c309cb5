import { randomUUID } from 'node:crypto';
import defaultAgreementEn from '../../../resources/templates/coaching-agreement.en.md?raw';
import type { AgreementTemplate } from '../../shared/agreements';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/** The coaching agreement Coachbook ships, added to every new practice. */
export const DEFAULT_TEMPLATE = { name: 'Coaching agreement (default)', body: defaultAgreementEn };

interface TemplateRow {
  id: string;
  name: string;
  body: string;
  is_default: 0 | 1;
  updated_at: string;
}

const toTemplate = (row: TemplateRow): AgreementTemplate => ({
  id: row.id,
  name: row.name,
  body: row.body,
  isDefault: row.is_default === 1,
  updatedAt: row.updated_at,
});

export function seedDefaultTemplate(db: Db, clock: Clock): AgreementTemplate {
  return createTemplate(db, clock, DEFAULT_TEMPLATE, true);
}

export function listTemplates(db: Db): AgreementTemplate[] {
  return (
    db
      .prepare('SELECT * FROM agreement_template ORDER BY is_default DESC, name COLLATE NOCASE')
      .all() as TemplateRow[]
  ).map(toTemplate);
}

export function getTemplate(db: Db, id: string): AgreementTemplate {
  const row = db.prepare('SELECT * FROM agreement_template WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:templates.notFound'));
  return toTemplate(row);
}

export function createTemplate(
  db: Db,
  clock: Clock,
  fields: { name: string; body: string },
  isDefault = false,
): AgreementTemplate {
  const id = randomUUID();
  const now = clock.now().toISOString();
  db.prepare(
    'INSERT INTO agreement_template (id, name, body, is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, fields.name, fields.body, isDefault ? 1 : 0, now, now);
  return getTemplate(db, id);
}

export function updateTemplate(
  db: Db,
  clock: Clock,
  id: string,
  fields: { name: string; body: string },
): AgreementTemplate {
  const result = db
    .prepare('UPDATE agreement_template SET name = ?, body = ?, updated_at = ? WHERE id = ?')
    .run(fields.name, fields.body, clock.now().toISOString(), id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:templates.notFound'));
  return getTemplate(db, id);
}

/** Agreements made from a template keep their own text, so removing it loses nothing. */
export function removeTemplate(db: Db, id: string): void {
  const count = db.prepare('SELECT count(*) FROM agreement_template').pluck().get() as number;
  if (count <= 1) throw new AppError('validation', msg('errors:templates.keepOne'));
  const result = db.prepare('DELETE FROM agreement_template WHERE id = ?').run(id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:templates.notFound'));
}
