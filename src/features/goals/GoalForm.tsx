import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../electron/shared/sessions';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { goalStatuses, statusLabel } from './labels';

/** Add or edit a goal: the client's words, how success will be measured, and the plan. */
export function GoalForm({
  engagementId,
  goal,
  onCancel,
  onSaved,
}: {
  engagementId: string;
  goal?: Goal;
  onCancel: () => void;
  onSaved: (goal: Goal) => void;
}) {
  const { t } = useTranslation(['goals', 'common']);
  const id = useId();
  const [title, setTitle] = useState(goal?.title ?? '');
  const [successMeasure, setSuccessMeasure] = useState(goal?.successMeasure ?? '');
  const [plan, setPlan] = useState(goal?.plan ?? '');
  const [status, setStatus] = useState<Goal['status']>(goal?.status ?? 'active');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (title.trim() === '') {
      setErrors({ title: t('form.errors.title') });
      return;
    }
    setErrors({});
    setSaving(true);
    const fields = { engagementId, title, successMeasure, plan, status };
    try {
      const saved = goal
        ? await unwrap(api().goals.update({ id: goal.id, fields }))
        : await unwrap(api().goals.create(fields));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.field) {
        setErrors({ [error.field.replace(/^fields\./, '')]: error.message });
      } else {
        setFormError(errorMessage(error));
      }
      setSaving(false);
    }
  }

  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${id}-${name}-hint` : null, errors[name] ? `${id}-${name}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const error = (name: string) =>
    errors[name] ? (
      <div id={`${id}-${name}-error`} className="field-error" role="alert">
        {errors[name]}
      </div>
    ) : null;

  return (
    <form
      className="goal-form"
      onSubmit={submit}
      aria-label={goal ? t('form.edit', { title: goal.title }) : t('form.new')}
      noValidate
    >
      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('form.goal')}</label>
        <input
          id={`${id}-title`}
          value={title}
          dir="auto"
          maxLength={300}
          placeholder={t('form.goalPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title', true)}
          // biome-ignore lint/a11y/noAutofocus: the form opens because the coach asked to write a goal.
          autoFocus
        />
        <div id={`${id}-title-hint`} className="field-hint">
          {t('form.goalHint')}
        </div>
        {error('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-measure`}>{t('form.measure')}</label>
        <textarea
          id={`${id}-measure`}
          className="textarea-control goal-textarea-short"
          value={successMeasure}
          dir="auto"
          rows={2}
          maxLength={2000}
          placeholder={t('form.measurePlaceholder')}
          onChange={(e) => setSuccessMeasure(e.target.value)}
          aria-invalid={errors.successMeasure ? true : undefined}
          aria-describedby={describedBy('successMeasure')}
        />
        {error('successMeasure')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-plan`}>{t('form.plan')}</label>
        <textarea
          id={`${id}-plan`}
          className="textarea-control"
          value={plan}
          dir="auto"
          rows={4}
          maxLength={10_000}
          placeholder={t('form.planPlaceholder')}
          onChange={(e) => setPlan(e.target.value)}
          aria-invalid={errors.plan ? true : undefined}
          aria-describedby={describedBy('plan', true)}
        />
        <div id={`${id}-plan-hint`} className="field-hint">
          {t('form.planHint')}
        </div>
        {error('plan')}
      </div>
      {goal ? (
        <fieldset className="goal-status-field">
          <legend>{t('form.status')}</legend>
          <div className="goal-status-choices">
            {goalStatuses.map((s) => (
              <label key={s} className="goal-status-choice" data-status={s}>
                <input
                  type="radio"
                  name={`${id}-status`}
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />
                {statusLabel(s)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button ghost compact" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button primary compact" disabled={saving}>
          {goal ? t('form.save') : t('form.add')}
        </button>
      </div>
    </form>
  );
}

/** A progress update: what happened, and how far along the client feels (optional). */
export function ProgressForm({
  goal,
  onCancel,
  onSaved,
}: {
  goal: Goal;
  onCancel: () => void;
  onSaved: (goal: Goal) => void;
}) {
  const { t } = useTranslation(['goals', 'common']);
  const id = useId();
  const last = [...goal.progress].reverse().find((p) => p.percent !== null)?.percent ?? null;
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState(last === null ? '' : String(last));
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim() === '') {
      setError({ field: 'note', message: t('progress.errors.note') });
      return;
    }
    const value = percent.trim() === '' ? null : Number(percent);
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > 100)) {
      setError({ field: 'percent', message: t('progress.errors.percent') });
      return;
    }
    setError(null);
    setSaving(true);
    try {
      onSaved(await unwrap(api().goals.addProgress({ goalId: goal.id, note, percent: value })));
    } catch (e) {
      setError({ field: e instanceof ApiError ? e.field : undefined, message: errorMessage(e) });
      setSaving(false);
    }
  }

  return (
    <form
      className="progress-form"
      onSubmit={submit}
      aria-label={t('progress.label', { title: goal.title })}
      noValidate
    >
      <div className="progress-form-row">
        <div className="field progress-note">
          <label htmlFor={`${id}-note`}>{t('progress.note')}</label>
          <textarea
            id={`${id}-note`}
            className="textarea-control goal-textarea-short"
            rows={2}
            dir="auto"
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={error?.field === 'note' ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            // biome-ignore lint/a11y/noAutofocus: opened by the coach to write this note.
            autoFocus
          />
        </div>
        <div className="field progress-percent">
          <label htmlFor={`${id}-percent`}>{t('progress.percent')}</label>
          <input
            id={`${id}-percent`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={percent}
            placeholder="—"
            onChange={(e) => setPercent(e.target.value)}
            aria-invalid={error?.field === 'percent' ? true : undefined}
            aria-describedby={`${id}-percent-hint${error ? ` ${id}-error` : ''}`}
          />
          <div id={`${id}-percent-hint`} className="field-hint">
            {t('progress.optional')}
          </div>
        </div>
      </div>
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error.message}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button ghost compact" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button primary compact" disabled={saving}>
          {t('progress.save')}
        </button>
      </div>
    </form>
  );
}
