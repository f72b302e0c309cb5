import { type FormEvent, useId, useState } from 'react';
import { type ManualHours, manualHoursFields } from '../../../electron/shared/hours';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup } from '../../components/FormControls';
import { formatDay, formatHours, parseHoursToMinutes } from './format';

/** Hours coached before Coachbook, or elsewhere: typed in from the coach's existing log. */
export function ManualHoursPanel({
  entries,
  onChanged,
}: {
  entries: ManualHours[];
  onChanged: () => Promise<void>;
}) {
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ManualHours | null>(null);
  const paid = entries.reduce((s, e) => s + e.paidMinutes, 0);
  const proBono = entries.reduce((s, e) => s + e.proBonoMinutes, 0);

  return (
    <section className="hours-card hours-log-card" aria-labelledby={titleId}>
      <header className="hours-card-header">
        <div>
          <h2 id={titleId}>Hours logged elsewhere</h2>
          <p className="muted small">
            Coaching from before you used Coachbook, or kept in another log. It counts like held sessions.
          </p>
        </div>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <ActionIcon name="plus" size={16} /> Add hours logged elsewhere
        </button>
      </header>
      {entries.length === 0 ? (
        <p className="hours-none">No hours logged elsewhere.</p>
      ) : (
        <div className="hours-table-scroll">
          <table className="table hours-table" aria-label="Hours logged elsewhere">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Type</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">
                  Paid
                </th>
                <th scope="col" className="num">
                  Pro bono
                </th>
                <th scope="col">Listed</th>
                <th scope="col">
                  <span className="hours-sr">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <div dir="auto" className="hours-cell-strong">
                      {e.clientName}
                    </div>
                    {e.clientContact ? (
                      <div dir="auto" className="muted small">
                        {e.clientContact}
                      </div>
                    ) : null}
                  </td>
                  <td>{e.mode === 'group' ? `Group of ${e.groupSize}` : 'Individual'}</td>
                  <td className="hours-nowrap">
                    {e.startDate === e.endDate
                      ? formatDay(e.startDate)
                      : `${formatDay(e.startDate)} – ${formatDay(e.endDate)}`}
                  </td>
                  <td className="num">{e.paidMinutes ? formatHours(e.paidMinutes) : '—'}</td>
                  <td className="num">{e.proBonoMinutes ? formatHours(e.proBonoMinutes) : '—'}</td>
                  <td>{e.mayBeListed ? 'Yes' : <span className="muted">No</span>}</td>
                  <td className="hours-row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove entry for ${e.clientName}`}
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
                  {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
                </th>
                <td className="num">{formatHours(paid)}</td>
                <td className="num">{formatHours(proBono)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {adding ? (
        <ManualHoursDialog
          onClose={() => setAdding(false)}
          onSaved={async () => {
            setAdding(false);
            await onChanged();
          }}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          title="Remove this entry?"
          what={`${removing.clientName}: ${formatHours(removing.paidMinutes + removing.proBonoMinutes)} from ${formatDay(removing.startDate)}`}
          onClose={() => setRemoving(null)}
          onRemove={async () => {
            await unwrap(api().hours.manualRemove({ id: removing.id }));
            setRemoving(null);
            await onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

export function RemoveDialog({
  title,
  what,
  onClose,
  onRemove,
}: {
  title: string;
  what: string;
  onClose: () => void;
  onRemove: () => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose} size="small" tone="danger">
      <div className="dialog-content">
        <div className="dialog-body">
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <p dir="auto">{what}</p>
          <p className="muted small">Your totals and progress are recalculated without it.</p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button danger"
            data-autofocus
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onRemove();
              } catch (e) {
                setError(errorMessage(e));
                setBusy(false);
              }
            }}
          >
            Remove
          </button>
        </footer>
      </div>
    </Dialog>
  );
}

interface Values {
  clientName: string;
  clientContact: string;
  mode: 'individual' | 'group';
  groupSize: string;
  startDate: string;
  endDate: string;
  paidHours: string;
  proBonoHours: string;
  mayBeListed: boolean;
}

const FIELDS = [
  'clientName',
  'clientContact',
  'mode',
  'groupSize',
  'startDate',
  'endDate',
  'paidMinutes',
  'proBonoMinutes',
  'mayBeListed',
];

function ManualHoursDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState<Values>({
    clientName: '',
    clientContact: '',
    mode: 'individual',
    groupSize: '',
    startDate: '',
    endDate: '',
    paidHours: '',
    proBonoHours: '',
    mayBeListed: false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const found: Record<string, string> = {};
    const paidMinutes = parseHoursToMinutes(values.paidHours);
    const proBonoMinutes = parseHoursToMinutes(values.proBonoHours);
    if (paidMinutes === null) found.paidMinutes = 'Enter hours as a number, like 1.5.';
    if (proBonoMinutes === null) found.proBonoMinutes = 'Enter hours as a number, like 1.5.';
    const groupSize = values.mode === 'individual' ? 1 : Number(values.groupSize.trim() || Number.NaN);
    if (values.mode === 'group' && !Number.isInteger(groupSize)) {
      found.groupSize = 'Enter how many people were in the group.';
    }
    if (!values.startDate) found.startDate = 'Enter the start date.';
    const input = {
      clientName: values.clientName,
      clientContact: values.clientContact,
      mode: values.mode,
      groupSize: Number.isInteger(groupSize) ? groupSize : 1,
      startDate: values.startDate,
      endDate: values.endDate || values.startDate,
      paidMinutes: paidMinutes ?? 0,
      proBonoMinutes: proBonoMinutes ?? 0,
      mayBeListed: values.mayBeListed,
    };
    const parsed = manualHoursFields.safeParse(input);
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
      await unwrap(api().hours.manualCreate(parsed.data));
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
      title="Add hours logged elsewhere"
      description="One line of your client coaching log: hours with one client (or one group) over a period."
      onClose={onClose}
    >
      <form className="hours-form" onSubmit={submit} noValidate aria-label="Add hours logged elsewhere">
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="field-row">
            <Field
              label="Client name"
              value={values.clientName}
              onChange={(e) => set({ clientName: e.target.value })}
              error={errors.clientName}
              hint={values.mode === 'group' ? 'For a group, one member’s name.' : undefined}
              autoComplete="off"
            />
            <Field
              label="Contact information"
              value={values.clientContact}
              onChange={(e) => set({ clientContact: e.target.value })}
              error={errors.clientContact}
              hint="Email or phone, as your log has it."
              autoComplete="off"
            />
          </div>
          <div className="field-row">
            <RadioGroup
              legend="Individual or group"
              name="manual-mode"
              value={values.mode}
              choices={[
                { value: 'individual', label: 'Individual' },
                { value: 'group', label: 'Group' },
              ]}
              onChange={(mode) => set({ mode })}
              error={errors.mode}
              columns={2}
            />
            {values.mode === 'group' ? (
              <Field
                label="Number in group"
                inputMode="numeric"
                value={values.groupSize}
                onChange={(e) => set({ groupSize: e.target.value })}
                error={errors.groupSize}
                hint="Each member counts as a client."
              />
            ) : (
              <div />
            )}
          </div>
          <div className="field-row">
            <Field
              label="Start date"
              type="date"
              value={values.startDate}
              onChange={(e) => set({ startDate: e.target.value })}
              error={errors.startDate}
            />
            <Field
              label="End date"
              type="date"
              value={values.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
              error={errors.endDate}
              hint="Leave empty for a single day."
            />
          </div>
          <div className="field-row">
            <Field
              label="Paid hours"
              inputMode="decimal"
              placeholder="0"
              value={values.paidHours}
              onChange={(e) => set({ paidHours: e.target.value })}
              error={errors.paidMinutes}
              hint="Decimals: 1.5 is an hour and a half. Barter and third-party paid count as paid."
            />
            <Field
              label="Pro bono hours"
              inputMode="decimal"
              placeholder="0"
              value={values.proBonoHours}
              onChange={(e) => set({ proBonoHours: e.target.value })}
              error={errors.proBonoMinutes}
            />
          </div>
          <CheckboxField
            label="The client agreed to be listed in my coaching log"
            checked={values.mayBeListed}
            onChange={(e) => set({ mayBeListed: e.target.checked })}
            hint="Unticked entries are left off exported logs that omit clients without consent."
            error={errors.mayBeListed}
          />
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Add hours
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() =>
    form
      ?.querySelector<HTMLElement>(
        'input[aria-invalid="true"], select[aria-invalid="true"], fieldset[aria-invalid="true"] input',
      )
      ?.focus(),
  );
}
