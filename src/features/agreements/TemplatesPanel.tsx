import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('agreements');
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
      <nav aria-label={t('templates.label')} className="template-list">
        <ul>
          {templates.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={template.id === selectedId ? 'true' : undefined}
                onClick={() => setSelectedId(template.id)}
              >
                <span className="nav-label">{template.name}</span>
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
                name: t('templates.copyName', { name: base?.name ?? t('templates.defaultName') }),
                body: base?.body ?? `${t('templates.defaultBody')}\n`,
              }),
            );
            await reload(created.id);
          }}
        >
          {t('templates.duplicate')}
        </button>
      </nav>
      {selected ? (
        <TemplateEditor
          key={selected.id}
          template={selected}
          fields={fields}
          canRemove={templates.length > 1}
          onSaved={() => reload()}
          onRemoved={() => reload(templates.find((other) => other.id !== selected.id)?.id ?? null)}
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
  const { t } = useTranslation('agreements');
  const dirty = name !== template.name || body !== template.body;

  return (
    <section className="card template-editor" aria-label={t('templates.editLabel')}>
      <Field
        label={t('templates.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fieldErrors.name}
      />
      <div className="field">
        <label htmlFor="template-body">{t('templates.text')}</label>
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
          {t('templates.mergeFields')}{' '}
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
            {t('templates.delete')}
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
              setStatus(t('templates.saved'));
              await onSaved();
            } catch (e) {
              errors.fromError(e);
            }
          }}
        >
          {t('templates.save')}
        </button>
      </div>
      <h2 className="preview-heading">{t('templates.preview')}</h2>
      <div className="agreement-paper">
        <AgreementText text={body} />
      </div>
    </section>
  );
}
