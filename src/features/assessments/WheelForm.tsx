import { type CSSProperties, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Assessment,
  areaKey,
  DEFAULT_WHEEL_AREAS,
  MAX_AREA_NAME,
  MAX_ASSESSMENT_NOTE,
  MAX_SCORE,
  MAX_WHEEL_AREAS,
  MIN_WHEEL_AREAS,
} from '../../../electron/shared/assessments';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { formatDay } from '../../i18n/format';
import { todayLocal } from '../goals/dates';
import { RadarChart } from './RadarChart';
import { areaLabel, scoreFor, storedArea } from './wheel';

interface Row {
  key: number;
  area: string;
  score: number;
}

const START_SCORE = 5;

/** A new Wheel of Life: areas from the previous wheel (or the standard eight), each scored 0-10. */
export function WheelForm({
  clientId,
  previous,
  onCancel,
  onSaved,
}: {
  clientId: string;
  previous: Assessment | null;
  onCancel: () => void;
  onSaved: (assessment: Assessment) => void;
}) {
  const { t } = useTranslation(['assessments', 'common']);
  const id = useId();
  const nextKey = useRef(0);
  // Rows hold the names as shown (the standard areas in the coach's language); storedArea maps them back.
  const makeRows = (areas: readonly string[]): Row[] =>
    areas.map((area) => ({ key: nextKey.current++, area: areaLabel(area), score: START_SCORE }));
  const [rows, setRows] = useState<Row[]>(() =>
    makeRows(previous ? previous.scores.map((s) => s.area) : DEFAULT_WHEEL_AREAS),
  );
  const [takenOn, setTakenOn] = useState(todayLocal);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const isStandard =
    rows.length === DEFAULT_WHEEL_AREAS.length &&
    rows.every((r, i) => areaKey(storedArea(r.area)) === areaKey(DEFAULT_WHEEL_AREAS[i] ?? ''));

  function update(key: number, change: Partial<Row>) {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  function addArea() {
    setRows((current) => [...current, { key: nextKey.current++, area: '', score: START_SCORE }]);
    // Focus the new name field once it is drawn.
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input[type="text"]');
      inputs?.[inputs.length - 1]?.focus();
    });
  }

  function removeArea(key: number) {
    setRows((current) => current.filter((r) => r.key !== key));
  }

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const name = row.area.trim();
      const key = areaKey(storedArea(name));
      if (name === '') found[`scores.${i}.area`] = t('form.errors.nameArea');
      else if (name.length > MAX_AREA_NAME)
        found[`scores.${i}.area`] = t('form.errors.areaTooLong', { max: MAX_AREA_NAME });
      else if (seen.has(key)) found[`scores.${i}.area`] = t('form.errors.duplicateArea');
      seen.add(key);
    });
    if (!takenOn) found.takenOn = t('form.errors.takenOn');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('form.errors.checkFields'));
      return;
    }
    setSaving(true);
    try {
      const saved = await unwrap(
        api().assessments.create({
          clientId,
          takenOn,
          scores: rows.map((r) => ({ area: storedArea(r.area.trim()), score: r.score })),
          note,
        }),
      );
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.field) setErrors({ [error.field]: error.message });
      setFormError(errorMessage(error));
      setSaving(false);
    }
  }

  const preview = {
    key: 'preview',
    label: formatDay(takenOn || todayLocal()),
    scores: rows.map((r, i) => ({
      area: storedArea(r.area.trim()) || t('form.areaNumber', { number: i + 1 }),
      score: r.score,
    })),
  };

  return (
    <form className="wol-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <div className="wol-form-head">
        <h3 id={`${id}-title`}>{t('form.title')}</h3>
        <p className="muted small">{t('form.intro')}</p>
      </div>
      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="wol-form-grid">
        <div className="wol-form-fields">
          <div className="field wol-date">
            <label htmlFor={`${id}-date`}>{t('form.takenOn')}</label>
            <input
              id={`${id}-date`}
              // biome-ignore lint/a11y/noAutofocus: the form opens because the coach asked for a new wheel.
              autoFocus
              type="date"
              value={takenOn}
              max={todayLocal()}
              onChange={(e) => setTakenOn(e.target.value)}
              aria-invalid={errors.takenOn ? true : undefined}
              aria-describedby={errors.takenOn ? `${id}-date-error` : undefined}
            />
            {errors.takenOn ? (
              <div id={`${id}-date-error`} className="field-error">
                {errors.takenOn}
              </div>
            ) : null}
          </div>
          <fieldset className="wol-areas">
            <legend>{t('form.areas')}</legend>
            <ol ref={listRef} className="wol-area-list">
              {rows.map((row, i) => {
                const name = row.area.trim() || t('form.areaNumber', { number: i + 1 });
                const error = errors[`scores.${i}.area`] ?? errors[`scores.${i}.score`];
                const last = previous ? scoreFor(previous.scores, storedArea(row.area.trim())) : null;
                return (
                  <li key={row.key} className="wol-area-row" data-invalid={error ? true : undefined}>
                    <input
                      type="text"
                      className="wol-area-name"
                      value={row.area}
                      maxLength={MAX_AREA_NAME}
                      placeholder={t('form.areaPlaceholder')}
                      dir="auto"
                      aria-label={t('form.areaName', { number: i + 1 })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-area-${row.key}-error` : undefined}
                      onChange={(e) => update(row.key, { area: e.target.value })}
                    />
                    <input
                      type="range"
                      className="wol-slider"
                      min={0}
                      max={MAX_SCORE}
                      step={1}
                      value={row.score}
                      aria-label={t('form.score', { area: name })}
                      aria-valuetext={t('form.scoreValue', { score: row.score, max: MAX_SCORE })}
                      onChange={(e) => update(row.key, { score: Number(e.target.value) })}
                      style={{ '--fill': `${(row.score / MAX_SCORE) * 100}%` } as CSSProperties}
                    />
                    <output className="wol-value" aria-hidden="true">
                      {row.score}
                    </output>
                    <span className="wol-last muted" title={last === null ? undefined : t('form.lastTitle')}>
                      {last === null ? '' : t('form.last', { score: last })}
                    </span>
                    <button
                      type="button"
                      className="icon-button wol-remove"
                      aria-label={t('form.removeArea', { area: name })}
                      disabled={rows.length <= MIN_WHEEL_AREAS}
                      onClick={() => removeArea(row.key)}
                    >
                      <ActionIcon name="close" size={16} />
                    </button>
                    {error ? (
                      <div id={`${id}-area-${row.key}-error`} className="field-error wol-row-error">
                        {error}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            <div className="wol-area-tools">
              <button
                type="button"
                className="button compact"
                onClick={addArea}
                disabled={rows.length >= MAX_WHEEL_AREAS}
              >
                <ActionIcon name="plus" size={16} />
                {t('form.addArea')}
              </button>
              {!isStandard ? (
                <button
                  type="button"
                  className="button ghost compact"
                  onClick={() => setRows(makeRows(DEFAULT_WHEEL_AREAS))}
                >
                  {t('form.standardAreas')}
                </button>
              ) : null}
              <span className="muted small">
                {t('form.areaRange', { min: MIN_WHEEL_AREAS, max: MAX_WHEEL_AREAS })}
              </span>
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('form.note')}</label>
            <textarea
              id={`${id}-note`}
              className="textarea-control"
              rows={3}
              dir="auto"
              maxLength={MAX_ASSESSMENT_NOTE}
              value={note}
              placeholder={t('form.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </div>
        <div className="wol-form-preview" aria-hidden="true">
          <RadarChart
            latest={preview}
            earlier={
              previous
                ? [{ key: previous.id, label: formatDay(previous.takenOn), scores: previous.scores }]
                : []
            }
            compact
            label={t('form.preview')}
          />
          {previous ? (
            <p className="wol-preview-key small muted">
              <span className="wol-swatch latest" /> {t('form.thisWheel')}{' '}
              <span className="wol-swatch earlier c1" />{' '}
              {t('form.lastTime', { date: formatDay(previous.takenOn) })}
            </p>
          ) : null}
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
