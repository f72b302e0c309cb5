import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { NoteTemplate } from '../../../electron/shared/note-templates';
import type { Note } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/FormControls';
import { useFormErrors } from '../practice/useFormErrors';
import { SessionIcon } from './bits';
import { formatStamp } from './format';
import { TemplateDialog } from './TemplateDialog';
import { sectionLabel, sectionPrompt, templateName } from './templates';

const AUTOSAVE_MS = 800;
const isMac = navigator.platform.toLowerCase().includes('mac');

type Section = Note['sections'][number];

interface Draft {
  template: string;
  sections: Section[];
  reflection: string;
}

type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Lays the note out for another template: sections with the same key and name keep
 * their text; text in sections the new template does not have stays, under its own name.
 */
export function relayout(sections: readonly Section[], template: NoteTemplate): Section[] {
  const next = template.sections.map((def) => {
    const same = sections.find((s) => s.key === def.key && sameLabel(s.label, def.label));
    return { key: def.key, label: def.label, text: same?.text ?? '' };
  });
  const used = new Set(next.map((s) => s.key));
  const carried = sections.filter(
    (s) =>
      s.text.trim() !== '' && !template.sections.some((d) => d.key === s.key && sameLabel(d.label, s.label)),
  );
  for (const s of carried) {
    let key = s.key;
    for (let i = 2; used.has(key); i++) key = `${s.key}-${i}`;
    used.add(key);
    next.push({ ...s, key });
  }
  return next.slice(0, 20);
}

function hasText(draft: Draft): boolean {
  return draft.reflection.trim() !== '' || draft.sections.some((s) => s.text.trim() !== '');
}

export function NoteEditor({
  note,
  templates,
  onNote,
  onTemplates,
}: {
  note: Note;
  templates: NoteTemplate[];
  /** The note as the main process now has it (saved, finalised, addendum added). */
  onNote: (note: Note) => void;
  onTemplates: (templates: NoteTemplate[]) => void;
}) {
  return note.finalisedAt ? (
    <FinalisedNote note={note} templates={templates} onNote={onNote} />
  ) : (
    <DraftNote note={note} templates={templates} onNote={onNote} onTemplates={onTemplates} />
  );
}

function DraftNote({
  note,
  templates,
  onNote,
  onTemplates,
}: {
  note: Note;
  templates: NoteTemplate[];
  onNote: (note: Note) => void;
  onTemplates: (templates: NoteTemplate[]) => void;
}) {
  const { t } = useTranslation(['sessions', 'common']);
  const [draft, setDraft] = useState<Draft>({
    template: note.template,
    sections: note.sections,
    reflection: note.reflection,
  });
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(note.updatedAt);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [finaliseError, setFinaliseError] = useState<string | null>(null);
  const [defining, setDefining] = useState(false);
  const headingId = useId();
  const templateId = useId();

  const draftRef = useRef(draft);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const exists = useRef(note.updatedAt !== null);
  const saving = useRef<Promise<unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const onNoteRef = useRef(onNote);
  onNoteRef.current = onNote;

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (saving.current) await saving.current;
    if (savedVersion.current === version.current) return true;
    const current = draftRef.current;
    // An untouched, empty note is not worth a record.
    if (!exists.current && !hasText(current)) {
      savedVersion.current = version.current;
      if (alive.current) setState('saved');
      return true;
    }
    const v = version.current;
    if (alive.current) setState('saving');
    const request = unwrap(
      api().notes.save({
        sessionId: note.sessionId,
        template: current.template,
        sections: current.sections,
        reflection: current.reflection,
      }),
    );
    saving.current = request.catch(() => undefined);
    try {
      const saved = await request;
      exists.current = true;
      savedVersion.current = v;
      if (alive.current) {
        setSavedAt(saved.updatedAt);
        setError(null);
        setState(version.current === v ? 'saved' : 'unsaved');
        onNoteRef.current({ ...saved, ...draftRef.current });
      }
      return true;
    } catch (e) {
      if (alive.current) {
        setState('error');
        setError(errorMessage(e));
      }
      return false;
    } finally {
      saving.current = null;
    }
  }, [note.sessionId]);

  function change(next: Draft) {
    draftRef.current = next;
    version.current++;
    setDraft(next);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }

  // Leaving the page saves what is pending.
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (savedVersion.current !== version.current) void save();
    };
  }, [save]);

  // Ctrl/⌘+S saves now.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const command = isMac ? event.metaKey : event.ctrlKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        void save();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const template = templates.find((item) => item.id === draft.template);
  const promptOf = (key: string) => {
    const def = template?.sections.find((s) => s.key === key);
    return def && template ? sectionPrompt(template.id, def) : '';
  };

  function chooseTemplate(id: string) {
    const next = templates.find((item) => item.id === id);
    if (!next) return;
    change({ ...draftRef.current, template: id, sections: relayout(draftRef.current.sections, next) });
  }

  async function finalise() {
    setFinaliseError(null);
    const ok = await save();
    if (!ok) {
      setConfirming(false);
      return;
    }
    try {
      const finalised = await unwrap(api().notes.finalise({ sessionId: note.sessionId }));
      setConfirming(false);
      onNote(finalised);
    } catch (e) {
      setFinaliseError(errorMessage(e));
    }
  }

  const statusText: Record<SaveState, string> = {
    saved: t('note.nothingYet'),
    unsaved: t('note.unsaved'),
    saving: t('common:state.saving'),
    error: t('note.notSaved'),
  };

  return (
    <section className="card ses-note" aria-labelledby={headingId}>
      <div className="ses-card-head">
        <h2 id={headingId}>{t('note.title')}</h2>
        <span className="ses-save-state" data-state={state} role="status" aria-live="polite">
          {state === 'saved' && savedAt ? <ActionIcon name="shield" size={15} /> : null}
          {state === 'saved' && savedAt ? t('note.saved') : statusText[state]}
          {state === 'saved' && savedAt ? (
            <span className="ses-sr-only"> {t('note.savedAt', { stamp: formatStamp(savedAt) })}</span>
          ) : null}
        </span>
      </div>
      <div className="ses-template-row">
        <div className="field ses-template-field">
          <label htmlFor={templateId}>{t('note.template')}</label>
          <select
            id={templateId}
            className="select-control"
            value={draft.template}
            onChange={(event) => chooseTemplate(event.target.value)}
          >
            {template ? null : <option value={draft.template}>{draft.template}</option>}
            <optgroup label={t('note.builtIn')}>
              {templates
                .filter((item) => item.builtIn)
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {templateName(item)}
                  </option>
                ))}
            </optgroup>
            {templates.some((item) => !item.builtIn) ? (
              <optgroup label={t('note.yours')}>
                {templates
                  .filter((item) => !item.builtIn)
                  .map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.name}
                    </option>
                  ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <button type="button" className="button ghost" onClick={() => setDefining(true)}>
          <ActionIcon name="plus" size={16} />
          {t('note.define')}
        </button>
      </div>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="ses-note-sections">
        {draft.sections.map((section, index) => (
          <TextAreaField
            key={section.key}
            label={sectionLabel(draft.template, section)}
            placeholder={promptOf(section.key)}
            value={section.text}
            dir="auto"
            rows={index === 0 ? 3 : 4}
            spellCheck
            onChange={(event) => {
              const sections = draftRef.current.sections.map((s) =>
                s.key === section.key ? { ...s, text: event.target.value } : s,
              );
              change({ ...draftRef.current, sections });
            }}
          />
        ))}
      </div>
      <TextAreaField
        label={t('note.reflection')}
        className="ses-reflection"
        hint={t('note.reflectionHint')}
        placeholder={t('note.reflectionPlaceholder')}
        value={draft.reflection}
        dir="auto"
        rows={3}
        spellCheck
        onChange={(event) => change({ ...draftRef.current, reflection: event.target.value })}
      />
      <div className="ses-note-actions">
        <button
          type="button"
          className="button"
          onClick={() => void save()}
          aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
        >
          {t('common:actions.save')}
        </button>
        <span className="ses-spacer" />
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setFinaliseError(null);
            setConfirming(true);
          }}
        >
          <SessionIcon name="lock" size={16} />
          {t('note.finalise')}
        </button>
      </div>
      {confirming ? (
        <Dialog
          title={t('note.finaliseTitle')}
          size="small"
          onClose={() => setConfirming(false)}
          description={t('note.finaliseDescription')}
        >
          <div className="dialog-body">
            <p>
              <Trans t={t} i18nKey="note.finaliseBody" components={{ strong: <strong /> }} />
            </p>
            <p className="muted">{t('note.finaliseNoDelete')}</p>
            {finaliseError ? (
              <div className="form-error" role="alert">
                {finaliseError}
              </div>
            ) : null}
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('note.keepEditing')}
            </button>
            <button type="button" className="button primary" data-autofocus onClick={() => void finalise()}>
              {t('note.finaliseConfirm')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {defining ? (
        <TemplateDialog
          onClose={() => setDefining(false)}
          onSaved={(created) => {
            setDefining(false);
            const list = [...templates, created];
            onTemplates(list);
            const next = relayout(draftRef.current.sections, created);
            change({ ...draftRef.current, template: created.id, sections: next });
          }}
        />
      ) : null}
    </section>
  );
}

function FinalisedNote({
  note,
  templates,
  onNote,
}: {
  note: Note;
  templates: NoteTemplate[];
  onNote: (note: Note) => void;
}) {
  const { t } = useTranslation('sessions');
  const headingId = useId();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const errors = useFormErrors();
  const template = templates.find((item) => item.id === note.template);

  async function addAddendum(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setNotice(null);
    if (!text.trim()) {
      errors.setField('text', t('note.addendumRequired'));
      return;
    }
    try {
      onNote(await unwrap(api().notes.addAddendum({ sessionId: note.sessionId, text })));
      setText('');
      setNotice(t('note.addendumAdded'));
    } catch (e) {
      errors.fromError(e);
    }
  }

  const written = note.sections.filter((s) => s.text.trim() !== '');
  return (
    <section className="card ses-note ses-note-final" aria-labelledby={headingId}>
      <div className="ses-card-head">
        <h2 id={headingId}>{t('note.title')}</h2>
        <span className="ses-final-badge">
          <SessionIcon name="lock" size={15} />
          {note.finalisedAt
            ? t('note.finalisedAt', { stamp: formatStamp(note.finalisedAt) })
            : t('labels.noteStatus.finalised')}
        </span>
      </div>
      <p className="muted small">
        {template ? t('note.readOnlyTemplate', { template: templateName(template) }) : t('note.readOnly')}
      </p>
      <div className="ses-note-read">
        {(written.length > 0 ? written : note.sections).map((s) => (
          <div key={s.key} className="ses-read-section">
            <h3>{sectionLabel(note.template, s)}</h3>
            {s.text.trim() ? (
              <p className="ses-plain" dir="auto">
                {s.text}
              </p>
            ) : (
              <p className="muted">{t('note.nothingWritten')}</p>
            )}
          </div>
        ))}
        {note.reflection.trim() ? (
          <div className="ses-read-section ses-read-reflection">
            <h3>{t('note.reflection')}</h3>
            <p className="ses-plain" dir="auto">
              {note.reflection}
            </p>
          </div>
        ) : null}
      </div>

      <div className="ses-addenda">
        <h3>{t('note.addenda')}</h3>
        {note.addenda.length === 0 ? (
          <p className="muted small">{t('note.noAddenda')}</p>
        ) : (
          <ol className="ses-addendum-list" aria-label={t('note.addenda')}>
            {note.addenda.map((a) => (
              <li key={a.id} className="ses-addendum">
                <div className="ses-addendum-date">
                  <SessionIcon name="addendum" size={15} />
                  {formatStamp(a.createdAt)}
                </div>
                <p className="ses-plain" dir="auto">
                  {a.text}
                </p>
              </li>
            ))}
          </ol>
        )}
        <form className="ses-addendum-form" onSubmit={addAddendum} aria-label={t('note.addAddendumLabel')}>
          <TextAreaField
            label={t('note.addendum')}
            value={text}
            dir="auto"
            rows={3}
            placeholder={t('note.addendumPlaceholder')}
            onChange={(event) => setText(event.target.value)}
            error={errors.fieldErrors.text}
          />
          {errors.formError ? (
            <div className="form-error" role="alert">
              {errors.formError}
            </div>
          ) : null}
          <div className="ses-note-actions">
            <span className="muted small" role="status">
              {notice}
            </span>
            <span className="ses-spacer" />
            <button type="submit" className="button primary">
              {t('note.addAddendum')}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
