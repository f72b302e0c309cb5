import { type FormEvent, useId, useState } from 'react';
import { type CeEntry, ceFields } from '../../../electron/shared/hours';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup } from '../../components/FormControls';
import { ceCategoryLabels, formatDay, formatUnits, localToday } from './format';
import { focusFirstInvalid, RemoveDialog } from './ManualHoursPanel';

type Category = CeEntry['category'];

/** Continuing coach education: courses taken, for credential renewal. */
export function CePanel({ entries, onChanged }: { entries: CeEntry[]; onChanged: () => Promise<void> }) {
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
          <h2 id={titleId}>Continuing education</h2>
          <p className="muted small">Courses and workshops you took, in CCE units (one hour is one unit).</p>
        </div>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <ActionIcon name="plus" size={16} /> Add continuing education
        </button>
      </header>
      {entries.length === 0 ? (
        <p className="hours-none">No continuing education logged yet.</p>
      ) : (
        <div className="hours-table-scroll">
          <table className="table hours-table" aria-label="Continuing education">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Course</th>
                <th scope="col">Category</th>
                <th scope="col" className="num">
                  Units
                </th>
                <th scope="col">
                  <span className="hours-sr">Actions</span>
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
                    {ceCategoryLabels[e.category]}
                    {e.ethics ? <span className="hours-tag">Ethics</span> : null}
                  </td>
                  <td className="num">{formatUnits(e.units)}</td>
                  <td className="hours-row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${e.course}`}
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
                  {formatUnits(core)} Core Competencies ({formatUnits(ethics)} ethics) ·{' '}
                  {formatUnits(resource)} Resource Development
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
          title="Remove this course?"
          what={`${removing.course} (${removing.provider}), ${formatUnits(removing.units)} units`}
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
  const [values, setValues] = useState({
    provider: '',
    course: '',
    date: localToday(),
    units: '',
    category: 'core-competencies' as Category,
    ethics: false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const found: Record<string, string> = {};
    const unitsText = values.units.trim().replace(',', '.');
    const units = unitsText === '' ? Number.NaN : Number(unitsText);
    if (!Number.isFinite(units)) found.units = 'Enter the units, like 1.5.';
    const parsed = ceFields.safeParse({
      provider: values.provider,
      course: values.course,
      date: values.date,
      units: Number.isFinite(units) ? units : 0,
      category: values.category,
      ethics: values.category === 'core-competencies' && values.ethics,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (!(key in found)) found[key] = issue.message;
      }
    }
    if (Object.keys(found).length > 0 || !parsed.success) {
      setErrors(found);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await unwrap(api().ce.create(parsed.data));
      await onSaved();
    } catch (error) {
      const key = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      if (key && FIELDS.includes(key)) {
        setErrors({ [key]: (error as ApiError).message });
        focusFirstInvalid(form);
      } else setFormError(errorMessage(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title="Add continuing education"
      description="A course or workshop that counts toward your credential renewal."
      onClose={onClose}
    >
      <form className="hours-form" onSubmit={submit} noValidate aria-label="Add continuing education">
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <Field
            label="Course"
            value={values.course}
            onChange={(e) => set({ course: e.target.value })}
            error={errors.course}
          />
          <div className="hours-ce-row">
            <Field
              label="Provider"
              value={values.provider}
              onChange={(e) => set({ provider: e.target.value })}
              error={errors.provider}
            />
            <Field
              label="Date"
              type="date"
              value={values.date}
              onChange={(e) => set({ date: e.target.value })}
              error={errors.date}
            />
            <Field
              label="Units"
              inputMode="decimal"
              placeholder="1.5"
              value={values.units}
              onChange={(e) => set({ units: e.target.value })}
              error={errors.units}
            />
          </div>
          <RadioGroup
            legend="Category"
            name="ce-category"
            value={values.category}
            choices={[
              {
                value: 'core-competencies',
                label: ceCategoryLabels['core-competencies'],
                hint: 'Coaching skills, the ICF Core Competencies and ethics.',
              },
              {
                value: 'resource-development',
                label: ceCategoryLabels['resource-development'],
                hint: 'Business development, tools, other professional skills.',
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
              label="Coaching ethics"
              checked={values.ethics}
              onChange={(e) => set({ ethics: e.target.checked })}
              hint="Ethics units are part of Core Competencies."
              error={errors.ethics}
            />
          ) : null}
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Add course
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
