import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ManualHours, manualHoursFields } from '../../../electron/shared/hours';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup } from '../../components/FormControls';
import { formatDay, formatDayRange, hoursLabel, parseHoursToMinutes } from './format';
import { LinkAction, LinkStatus, SuggestedLinks } from './ManualLinks';
import { useEntryForm } from './validation';

/** Hours coached before Coachbook, or elsewhere: typed in from the coach's existing log. */
export function ManualHoursPanel({
  entries,
  onChanged,
}: {
  entries: ManualHours[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ManualHours | null>(null);
  const paid = entries.reduce((s, e) => s + e.paidMinutes, 0);
  const proBono = entries.reduce((s, e) => s + e.proBonoMinutes, 0);

  return (
    <section className="hours-card hours-log-card" aria-labelledby={titleId}>
      <header className="hours-card-header">
        <div>
          <h2 id={titleId}>{t('manual.title')}</h2>
          <p className="muted small">{t('manual.subtitle')}</p>
        </div>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <ActionIcon name="plus" size={16} /> {t('manual.add')}
        </button>
      </header>
      <SuggestedLinks entries={entries} onChanged={onChanged} />
      {entries.length === 0 ? (
        <p className="hours-none">{t('manual.none')}</p>
      ) : (
        <div className="hours-table-scroll">
          <table className="table hours-table" aria-label={t('manual.title')}>
            <thead>
              <tr>
                <th scope="col">{t('manual.client')}</th>
                <th scope="col">{t('manual.type')}</th>
                <th scope="col">{t('manual.dates')}</th>
                <th scope="col" className="num">
                  {t('manual.paid')}
                </th>
                <th scope="col" className="num">
                  {t('manual.proBono')}
                </th>
                <th scope="col">{t('manual.listed')}</th>
                <th scope="col">
                  <span className="hours-sr">{t('manual.actions')}</span>
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
                    <LinkStatus entry={e} onChanged={onChanged} />
                  </td>
                  <td className="hours-nowrap">
                    {e.mode === 'group'
                      ? t('manual.groupOf', { count: e.groupSize })
                      : t('manual.individual')}
                  </td>
                  <td className="hours-nowrap">{formatDayRange(e.startDate, e.endDate)}</td>
                  <td className="num">{e.paidMinutes ? hoursLabel(e.paidMinutes) : '—'}</td>
                  <td className="num">{e.proBonoMinutes ? hoursLabel(e.proBonoMinutes) : '—'}</td>
                  <td>
                    {e.mayBeListed ? (
                      t('common:state.yes')
                    ) : (
                      <span className="muted">{t('common:state.no')}</span>
                    )}
                  </td>
                  <td className="hours-row-actions">
                    <LinkAction entry={e} onChanged={onChanged} />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('manual.removeEntry', { name: e.clientName })}
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
                  {t('manual.entries', { count: entries.length })}
                </th>
                <td className="num">{hoursLabel(paid)}</td>
                <td className="num">{hoursLabel(proBono)}</td>
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
          title={t('manual.removeTitle')}
          what={t('manual.removeWhat', {
            name: removing.clientName,
            hours: hoursLabel(removing.paidMinutes + removing.proBonoMinutes),
            date: formatDay(removing.startDate),
          })}
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
  const { t } = useTranslation(['hours', 'common']);
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
          <p className="muted small">{t('manual.recalculated')}</p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
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
            {t('common:actions.remove')}
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
  const { t } = useTranslation(['hours', 'common']);
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
  const { formRef, errors, formError, saving, submit: submitEntry } = useEntryForm(FIELDS);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const paidMinutes = parseHoursToMinutes(values.paidHours);
    const proBonoMinutes = parseHoursToMinutes(values.proBonoHours);
    if (paidMinutes === null) found.paidMinutes = t('validation.hoursNumber');
    if (proBonoMinutes === null) found.proBonoMinutes = t('validation.hoursNumber');
    const groupSize = values.mode === 'individual' ? 1 : Number(values.groupSize.trim() || Number.NaN);
    if (values.mode === 'group' && !Number.isInteger(groupSize)) {
      found.groupSize = t('validation.groupSize');
    }
    if (!values.startDate) found.startDate = t('validation.startDate');
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
    await submitEntry(found, parsed, async (data) => {
      await unwrap(api().hours.manualCreate(data));
      await onSaved();
    });
  }

  return (
    <Dialog title={t('manual.add')} description={t('manual.description')} onClose={onClose}>
      <form ref={formRef} className="hours-form" onSubmit={submit} noValidate aria-label={t('manual.add')}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="field-row">
            <Field
              label={t('manual.clientName')}
              value={values.clientName}
              onChange={(e) => set({ clientName: e.target.value })}
              error={errors.clientName}
              hint={values.mode === 'group' ? t('manual.clientNameGroupHint') : undefined}
              autoComplete="off"
            />
            <Field
              label={t('manual.contact')}
              value={values.clientContact}
              onChange={(e) => set({ clientContact: e.target.value })}
              error={errors.clientContact}
              hint={t('manual.contactHint')}
              autoComplete="off"
            />
          </div>
          <div className="field-row">
            <RadioGroup
              legend={t('manual.mode')}
              name="manual-mode"
              value={values.mode}
              choices={[
                { value: 'individual', label: t('manual.individual') },
                { value: 'group', label: t('manual.group') },
              ]}
              onChange={(mode) => set({ mode })}
              error={errors.mode}
              columns={2}
            />
            {values.mode === 'group' ? (
              <Field
                label={t('manual.groupSize')}
                inputMode="numeric"
                value={values.groupSize}
                onChange={(e) => set({ groupSize: e.target.value })}
                error={errors.groupSize}
                hint={t('manual.groupSizeHint')}
              />
            ) : (
              <div />
            )}
          </div>
          <div className="field-row">
            <Field
              label={t('manual.startDate')}
              type="date"
              value={values.startDate}
              onChange={(e) => set({ startDate: e.target.value })}
              error={errors.startDate}
            />
            <Field
              label={t('manual.endDate')}
              type="date"
              value={values.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
              error={errors.endDate}
              hint={t('manual.endDateHint')}
            />
          </div>
          <div className="field-row">
            <Field
              label={t('manual.paidHours')}
              inputMode="decimal"
              placeholder="0"
              value={values.paidHours}
              onChange={(e) => set({ paidHours: e.target.value })}
              error={errors.paidMinutes}
              hint={t('manual.paidHoursHint')}
            />
            <Field
              label={t('manual.proBonoHours')}
              inputMode="decimal"
              placeholder="0"
              value={values.proBonoHours}
              onChange={(e) => set({ proBonoHours: e.target.value })}
              error={errors.proBonoMinutes}
            />
          </div>
          <CheckboxField
            label={t('manual.mayBeListed')}
            checked={values.mayBeListed}
            onChange={(e) => set({ mayBeListed: e.target.checked })}
            hint={t('manual.mayBeListedHint')}
            error={errors.mayBeListed}
          />
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('manual.submit')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
