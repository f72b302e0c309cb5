import { useEffect, useState } from 'react';
import type { AgreementTemplate } from '../../../electron/shared/agreements';
import { api, unwrap } from '../../api/client';
import { Field } from '../../components/Field';
import { useFormErrors } from '../practice/useFormErrors';
import { AgreementText } from './AgreementText';

/** The coach's agreement templates: edit the default, keep several. */
export function TemplatesPanel({
  templates,
  onChange,
}: {
  templates: AgreementTemplate[];
  onChange: (templates: AgreementTemplate[]) => void;
}) {
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [fields, setFields] = useState<readonly string[]>([]);
  const selected = templates.find((t) => t.id === selectedId) ?? null;

  useEffect(() => {
    unwrap(api().templates.fields()).then(setFields, () => setFields([]));
  }, []);

  async function reload(select?: string | null) {
    const next = await unwrap(api().templates.list());
    onChange(next);
    setSelectedId(select === undefined ? selectedId : select);
  }

  return (
    <div className="templates">
      <nav aria-label="Templates" className="template-list">
        <ul>
          {templates.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={t.id === selectedId ? 'true' : undefined}
                onClick={() => setSelectedId(t.id)}
              >
                <span className="nav-label">{t.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={async () => {
            const base = selected ?? templates[0];
            const created = await unwrap(
              api().templates.create({
                name: `${base?.name ?? 'Template'} (copy)`,
                body: base?.body ?? '# Agreement\n',
              }),
            );
            await reload(created.id);
          }}
        >
          Duplicate template
        </button>
      </nav>
      {selected ? (
        <TemplateEditor
          key={selected.id}
          template={selected}
          fields={fields}
          canRemove={templates.length > 1}
          onSaved={() => reload()}
          onRemoved={() => reload(templates.find((t) => t.id !== selected.id)?.id ?? null)}
        />
      ) : null}
    </div>
  );
}

function TemplateEditor({
  template,
  fields,
  canRemove,
  onSaved,
  onRemoved,
}: {
  template: AgreementTemplate;
  fields: readonly string[];
  canRemove: boolean;
  onSaved: () => Promise<void>;
  onRemoved: () => Promise<void>;
}) {
  const [name, setName] = useState(template.name);
  const [body, setBody] = useState(template.body);
  const [status, setStatus] = useState<string>('');
  const errors = useFormErrors();
  const dirty = name !== template.name || body !== template.body;

  return (
    <section className="card template-editor" aria-label="Edit template">
      <Field
        label="Template name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fieldErrors.name}
      />
      <div className="field">
        <label htmlFor="template-body">Template text</label>
        <textarea
          id="template-body"
          className="agreement-source"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        {errors.fieldErrors.body ? (
          <div className="field-error" role="alert">
            {errors.fieldErrors.body}
          </div>
        ) : null}
        <div className="field-hint">
          Merge fields, filled in from the engagement when you create an agreement:{' '}
          {fields.map((f) => (
            <code key={f} className="merge-field">{`{{${f}}}`}</code>
          ))}
        </div>
      </div>
      {errors.formError ? (
        <div className="form-error" role="alert">
          {errors.formError}
        </div>
      ) : null}
      <div className="form-actions">
        <span className="muted small" aria-live="polite">
          {status}
        </span>
        {canRemove ? (
          <button
            type="button"
            className="button ghost danger"
            onClick={async () => {
              try {
                await unwrap(api().templates.remove({ id: template.id }));
                await onRemoved();
              } catch (e) {
                errors.fromError(e);
              }
            }}
          >
            Delete template
          </button>
        ) : null}
        <button
          type="button"
          className="button primary"
          disabled={!dirty}
          onClick={async () => {
            errors.clear();
            try {
              await unwrap(api().templates.update({ id: template.id, fields: { name, body } }));
              setStatus('Template saved');
              await onSaved();
            } catch (e) {
              errors.fromError(e);
            }
          }}
        >
          Save template
        </button>
      </div>
      <h2 className="preview-heading">Preview</h2>
      <div className="agreement-paper">
        <AgreementText text={body} />
      </div>
    </section>
  );
}
