import { type FormEvent, useRef, useState } from 'react';
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
      errors.setField('name', 'Enter a template name.');
      return;
    }
    if (sections.length === 0) {
      errors.setField('sections', 'Add at least one section.');
      return;
    }
    if (sections.some((s) => s.label.trim() === '')) {
      errors.setField('sections', 'Give every section a name (or clear its prompt).');
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
      title="Define your own template"
      description="Name the sections your notes follow. Each prompt shows in its empty field as a reminder."
      onClose={onClose}
      size="large"
    >
      <form onSubmit={submit} noValidate aria-label="Define your own template">
        <div className="dialog-body">
          {errors.formError ? (
            <div className="form-error" role="alert">
              {errors.formError}
            </div>
          ) : null}
          <Field
            label="Template name"
            value={name}
            dir="auto"
            placeholder="e.g. Team coaching check-in"
            onChange={(event) => setName(event.target.value)}
            error={errors.fieldErrors.name}
            data-autofocus
          />
          <fieldset className="ses-template-sections" aria-invalid={sectionsError ? true : undefined}>
            <legend>Sections</legend>
            <ol ref={listRef}>
              {rows.map((row, index) => (
                <li key={row.id} data-row={row.id} className="ses-template-section">
                  <span className="ses-template-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <Field
                    label={`Section ${index + 1} name`}
                    value={row.label}
                    dir="auto"
                    placeholder="e.g. What the client brought"
                    onChange={(event) => edit(row.id, { label: event.target.value })}
                  />
                  <Field
                    label={`Section ${index + 1} prompt`}
                    value={row.prompt}
                    dir="auto"
                    placeholder="A question to answer in this section (optional)"
                    onChange={(event) => edit(row.id, { prompt: event.target.value })}
                  />
                  <div className="ses-template-tools">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move section ${index + 1} up`}
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
                      aria-label={`Move section ${index + 1} down`}
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
                      aria-label={`Remove section ${index + 1}`}
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
              Add a section
            </button>
          </fieldset>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save template
          </button>
        </div>
      </form>
    </Dialog>
  );
}
