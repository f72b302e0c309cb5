import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CeEntry, ceFields } from '../../../electron/shared/hours';
import { api, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup } from '../../components/FormControls';
import { ceCategoryLabel, formatDay, formatNumber, formatUnits, localToday } from './format';
import { RemoveDialog } from './ManualHoursPanel';
import { useEntryForm } from './validation';

type Category = CeEntry['category'];

/** Continuing coach education: courses taken, for credential renewal. */
export function CePanel({ entries, onChanged }: { entries: CeEntry[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('hours');
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CeEntry | null>(null);
  const sum = (f: (e: CeEntry) => boolean) =>
    entries.filter(f).reduce((s, e) => s + Math.round(e.units * 10), 0) / 10;
  const core = sum((e) => e.category === 'core-competencies');
  const resource = sum((e) => e.category === 'resource-development');
  const ethics = sum((e) => e.ethics);

  return (
    <section className="hours-card hours-log-card" aria-labelledby={titleId}>
      <header className="hours-card-header">
        <div>
          <h2 id={titleId}>{t('ce.title')}</h2>
          <p className="muted small">{t('ce.subtitle')}</p>
        </div>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <ActionIcon name="plus" size={16} /> {t('ce.add')}
        </button>
      </header>
      {entries.length === 0 ? (
        <p className="hours-none">{t('ce.none')}</p>
      ) : (
        <div className="hours-table-scroll">
          <table className="table hours-table" aria-label={t('ce.title')}>
            <thead>
              <tr>
                <th scope="col">{t('ce.date')}</th>
                <th scope="col">{t('ce.course')}</th>
                <th scope="col">{t('ce.category')}</th>
                <th scope="col" className="num">
                  {t('ce.units')}
                </th>
                <th scope="col">
                  <span className="hours-sr">{t('ce.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="hours-nowrap">{formatDay(e.date)}</td>
                  <td>
                    <div dir="auto" className="hours-cell-strong">
                      {e.course}
                    </div>
                    <div dir="auto" className="muted small">
                      {e.provider}
                    </div>
                  </td>
                  <td>
                    {ceCategoryLabel(e.category)}
                    {e.ethics ? <span className="hours-tag">{t('ce.ethicsTag')}</span> : null}
                  </td>
                  <td className="num">{formatUnits(e.units)}</td>
                  <td className="hours-row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('ce.remove', { course: e.course })}
                      onClick={() => setRemoving(e)}
                    >
                      <ActionIcon name="trash" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('ce.footer', {
                    core: formatUnits(core),
                    ethics: formatUnits(ethics),
                    resource: formatUnits(resource),
                  })}
                </th>
                <td className="num">{formatUnits(Math.round((core + resource) * 10) / 10)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {adding ? (
        <CeDialog
          onClose={() => setAdding(false)}
          onSaved={async () => {
            setAdding(false);
            await onChanged();
          }}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          title={t('ce.removeTitle')}
          what={t('ce.removeWhat', {
            count: removing.units,
            course: removing.course,
            provider: removing.provider,
            units: formatUnits(removing.units),
          })}
          onClose={() => setRemoving(null)}
          onRemove={async () => {
            await unwrap(api().ce.remove({ id: removing.id }));
            setRemoving(null);
            await onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

const FIELDS = ['provider', 'course', 'date', 'units', 'category', 'ethics'];

function CeDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => Promise<void> }) {
  const { t } = useTranslation(['hours', 'common']);
  const [values, setValues] = useState({
    provider: '',
    course: '',
    date: localToday(),
    units: '',
    category: 'core-competencies' as Category,
    ethics: false,
  });
  const { formRef, errors, formError, saving, submit: submitEntry } = useEntryForm(FIELDS);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const unitsText = values.units.trim().replace(',', '.');
    const units = unitsText === '' ? Number.NaN : Number(unitsText);
    if (!Number.isFinite(units)) found.units = t('validation.unitsNumber');
    const parsed = ceFields.safeParse({
      provider: values.provider,
      course: values.course,
      date: values.date,
      units: Number.isFinite(units) ? units : 0,
      category: values.category,
      ethics: values.category === 'core-competencies' && values.ethics,
    });
    await submitEntry(found, parsed, async (data) => {
      await unwrap(api().ce.create(data));
      await onSaved();
    });
  }

  return (
    <Dialog title={t('ce.add')} description={t('ce.description')} onClose={onClose}>
      <form ref={formRef} className="hours-form" onSubmit={submit} noValidate aria-label={t('ce.add')}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <Field
            label={t('ce.course')}
            value={values.course}
            onChange={(e) => set({ course: e.target.value })}
            error={errors.course}
          />
          <div className="hours-ce-row">
            <Field
              label={t('ce.provider')}
              value={values.provider}
              onChange={(e) => set({ provider: e.target.value })}
              error={errors.provider}
            />
            <Field
              label={t('ce.date')}
              type="date"
              value={values.date}
              onChange={(e) => set({ date: e.target.value })}
              error={errors.date}
            />
            <Field
              label={t('ce.units')}
              inputMode="decimal"
              placeholder={formatNumber(1.5)}
              value={values.units}
              onChange={(e) => set({ units: e.target.value })}
              error={errors.units}
            />
          </div>
          <RadioGroup
            legend={t('ce.category')}
            name="ce-category"
            value={values.category}
            choices={[
              {
                value: 'core-competencies',
                label: ceCategoryLabel('core-competencies'),
                hint: t('ce.coreHint'),
              },
              {
                value: 'resource-development',
                label: ceCategoryLabel('resource-development'),
                hint: t('ce.resourceHint'),
              },
            ]}
            onChange={(category) =>
              set({ category, ethics: category === 'core-competencies' && values.ethics })
            }
            error={errors.category}
            columns={2}
          />
          {values.category === 'core-competencies' ? (
            <CheckboxField
              label={t('ce.ethics')}
              checked={values.ethics}
              onChange={(e) => set({ ethics: e.target.checked })}
              hint={t('ce.ethicsHint')}
              error={errors.ethics}
            />
          ) : null}
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('ce.submit')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
