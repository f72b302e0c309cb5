import { randomUUID } from 'node:crypto';
import defaultAgreementEn from '../../../resources/templates/coaching-agreement.en.md?raw';
import defaultAgreementEs from '../../../resources/templates/coaching-agreement.es.md?raw';
import type { AgreementTemplate } from '../../shared/agreements';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { LANGUAGES, type Language } from '../../shared/preferences';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';

/**
 * The coaching agreement Coachbook ships, in each language. A new practice stores the English
 * one; while the coach leaves its name or text as shipped, that part reads in the coach's
 * language (see inLanguage), so agreements created from it are in the language of the app.
 */
export const DEFAULT_TEMPLATES: Readonly<Record<Language, { name: string; body: string }>> = {
  en: { name: 'Coaching agreement (default)', body: defaultAgreementEn },
  es: { name: 'Acuerdo de coaching (predeterminado)', body: defaultAgreementEs },
};

// Saving trims the text, and a checkout with Windows line endings reads the files with \r\n:
// neither makes the shipped text the coach's own.
const plain = (text: string) => text.replace(/\r\n/g, '\n').trim();
const sameText = (a: string, b: string) => plain(a) === plain(b);

/** The default template in `language`, for the name and text the coach has not changed. */
function inLanguage(template: AgreementTemplate, language: Language): AgreementTemplate {
  if (!template.isDefault) return template;
  const shipped = (part: 'name' | 'body') =>
    LANGUAGES.some((l) => sameText(template[part], DEFAULT_TEMPLATES[l][part]));
  return {
    ...template,
    name: shipped('name') ? DEFAULT_TEMPLATES[language].name : template.name,
    body: shipped('body') ? DEFAULT_TEMPLATES[language].body : template.body,
  };
}

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
  return createTemplate(db, clock, DEFAULT_TEMPLATES.en, true);
}

/** The templates, the default one first; a default left as shipped reads in `language`. */
export function listTemplates(db: Db, language: Language = 'en'): AgreementTemplate[] {
  return (
    db
      .prepare('SELECT * FROM agreement_template ORDER BY is_default DESC, name COLLATE NOCASE')
      .all() as TemplateRow[]
  ).map((row) => inLanguage(toTemplate(row), language));
}

export function getTemplate(db: Db, id: string, language: Language = 'en'): AgreementTemplate {
  const row = db.prepare('SELECT * FROM agreement_template WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw new AppError('not_found', msg('errors:templates.notFound'));
  return inLanguage(toTemplate(row), language);
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
  language: Language = 'en',
): AgreementTemplate {
  const result = db
    .prepare('UPDATE agreement_template SET name = ?, body = ?, updated_at = ? WHERE id = ?')
    .run(fields.name, fields.body, clock.now().toISOString(), id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:templates.notFound'));
  return getTemplate(db, id, language);
}

/** Agreements made from a template keep their own text, so removing it loses nothing. */
export function removeTemplate(db: Db, id: string): void {
  const count = db.prepare('SELECT count(*) FROM agreement_template').pluck().get() as number;
  if (count <= 1) throw new AppError('validation', msg('errors:templates.keepOne'));
  const result = db.prepare('DELETE FROM agreement_template WHERE id = ?').run(id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:templates.notFound'));
}
