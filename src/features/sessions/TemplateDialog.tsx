import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate } from '../../../electron/shared/note-templates';
import { api, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormErrors } from '../practice/useFormErrors';

interface Row {
  id: number;
  label: string;
  prompt: string;
}

const MAX_SECTIONS = 20;

/** "Define your own template": a name and the sections a note is laid out in, each with a prompt. */
export function TemplateDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (template: NoteTemplate) => void;
}) {
  const { t } = useTranslation(['sessions', 'common']);
  const [name, setName] = useState('');
  const nextId = useRef(3);
  const [rows, setRows] = useState<Row[]>([
    { id: 1, label: '', prompt: '' },
    { id: 2, label: '', prompt: '' },
  ]);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();
  const listRef = useRef<HTMLOListElement>(null);

  function edit(id: number, patch: Partial<Row>) {
    setRows((current) => current.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  }

  function move(index: number, by: -1 | 1) {
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  }

  function addRow() {
    const id = nextId.current++;
    setRows((current) => [...current, { id, label: '', prompt: '' }]);
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLInputElement>(`[data-row="${id}"] input`)?.focus(),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const sections = rows
      .filter((r) => r.label.trim() !== '' || r.prompt.trim() !== '')
      .map((r) => ({ label: r.label, prompt: r.prompt }));
    if (!name.trim()) {
      errors.setField('name', t('templateDialog.errors.name'));
      return;
    }
    if (sections.length === 0) {
      errors.setField('sections', t('templateDialog.errors.noSections'));
      return;
    }
    if (sections.some((s) => s.label.trim() === '')) {
      errors.setField('sections', t('templateDialog.errors.unnamed'));
      return;
    }
    setSaving(true);
    try {
      onSaved(await unwrap(api().notes.saveTemplate({ name, sections })));
    } catch (e) {
      errors.fromError(e);
    } finally {
      setSaving(false);
    }
  }

  const sectionsError =
    errors.fieldErrors.sections ??
    Object.entries(errors.fieldErrors).find(([key]) => key.startsWith('sections.'))?.[1];

  return (
    <Dialog
      title={t('templateDialog.title')}
      description={t('templateDialog.description')}
      onClose={onClose}
      size="large"
    >
      <form onSubmit={submit} noValidate aria-label={t('templateDialog.title')}>
        <div className="dialog-body">
          {errors.formError ? (
            <div className="form-error" role="alert">
              {errors.formError}
            </div>
          ) : null}
          <Field
            label={t('templateDialog.name')}
            value={name}
            dir="auto"
            placeholder={t('templateDialog.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            error={errors.fieldErrors.name}
            data-autofocus
          />
          <fieldset className="ses-template-sections" aria-invalid={sectionsError ? true : undefined}>
            <legend>{t('templateDialog.sections')}</legend>
            <ol ref={listRef}>
              {rows.map((row, index) => (
                <li key={row.id} data-row={row.id} className="ses-template-section">
                  <span className="ses-template-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <Field
                    label={t('templateDialog.sectionName', { n: index + 1 })}
                    value={row.label}
                    dir="auto"
                    placeholder={t('templateDialog.sectionNamePlaceholder')}
                    onChange={(event) => edit(row.id, { label: event.target.value })}
                  />
                  <Field
                    label={t('templateDialog.sectionPrompt', { n: index + 1 })}
                    value={row.prompt}
                    dir="auto"
                    placeholder={t('templateDialog.sectionPromptPlaceholder')}
                    onChange={(event) => edit(row.id, { prompt: event.target.value })}
                  />
                  <div className="ses-template-tools">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('templateDialog.moveUp', { n: index + 1 })}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <span className="ses-rotate-up">
                        <ActionIcon name="chevron" size={16} />
                      </span>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('templateDialog.moveDown', { n: index + 1 })}
                      disabled={index === rows.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <span className="ses-rotate-down">
                        <ActionIcon name="chevron" size={16} />
                      </span>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('templateDialog.remove', { n: index + 1 })}
                      disabled={rows.length === 1}
                      onClick={() => setRows((current) => current.filter((r) => r.id !== row.id))}
                    >
                      <ActionIcon name="trash" size={16} />
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            {sectionsError ? (
              <div className="field-error" role="alert">
                {sectionsError}
              </div>
            ) : null}
            <button
              type="button"
              className="button ghost ses-add-section"
              onClick={addRow}
              disabled={rows.length >= MAX_SECTIONS}
            >
              <ActionIcon name="plus" size={16} />
              {t('templateDialog.addSection')}
            </button>
          </fieldset>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('templateDialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
