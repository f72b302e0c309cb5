import { en } from '../../../electron/shared/i18n/resources';
import { BUILT_IN_NOTE_TEMPLATES, type NoteTemplate } from '../../../electron/shared/note-templates';
import { i18n } from '../../i18n';

/**
 * The built-in note templates in the coach's language, for display only: notes keep
 * the headings they were written with. A built-in heading is shown translated (found
 * by template id and section key) only while it is still the built-in wording; a
 * heading the coach named shows as stored.
 */

type BuiltInId = keyof typeof en.sessions.templates;

const isBuiltIn = (id: string): id is BuiltInId => Object.hasOwn(en.sessions.templates, id);

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The built-in template and section a heading comes from, if it is one unchanged. */
function builtInSection(templateId: string, section: { key: string; label: string }) {
  const own = BUILT_IN_NOTE_TEMPLATES.find((t) => t.id === templateId);
  // A section carried over from another template keeps its key and heading.
  const candidates = own
    ? [own, ...BUILT_IN_NOTE_TEMPLATES.filter((t) => t !== own)]
    : BUILT_IN_NOTE_TEMPLATES;
  for (const template of candidates) {
    const def = template.sections.find((s) => s.key === section.key && sameLabel(s.label, section.label));
    if (def && isBuiltIn(template.id)) return { id: template.id, key: def.key };
  }
  return null;
}

/** Keys built at run time from stored ids, checked against the English file before use. */
function sectionText(id: BuiltInId, key: string, field: 'label' | 'prompt'): string | null {
  const sections: Record<string, { label: string; prompt: string } | undefined> =
    en.sessions.templates[id].sections;
  if (!sections[key]) return null;
  const t = i18n.t as (key: string) => string;
  return t(`sessions:templates.${id}.sections.${key}.${field}`);
}

export function templateName(template: Pick<NoteTemplate, 'id' | 'name' | 'builtIn'>): string {
  return template.builtIn && isBuiltIn(template.id)
    ? i18n.t(`sessions:templates.${template.id}.name`)
    : template.name;
}

/** A note section's heading: a built-in one in the coach's language, any other as written. */
export function sectionLabel(templateId: string, section: { key: string; label: string }): string {
  const found = builtInSection(templateId, section);
  return (found && sectionText(found.id, found.key, 'label')) || section.label;
}

/** The prompt shown in an empty section: a built-in one in the coach's language, any other as written. */
export function sectionPrompt(
  templateId: string,
  section: { key: string; label: string; prompt: string },
): string {
  const found = builtInSection(templateId, section);
  return (found && sectionText(found.id, found.key, 'prompt')) || section.prompt;
}
