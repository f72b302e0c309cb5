import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { addDays, type Day, localMidnight } from './agenda-time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Chooses the days to export; main then asks where to save the .ics file. */
export function ExportDialog({
  initialFrom,
  onClose,
  onExported,
}: {
  initialFrom: Day;
  onClose: () => void;
  onExported: (path: string) => void;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(addDays(initialFrom, 12 * 7 - 1));
  const [errors, setErrors] = useState<{ from?: string; to?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!DATE.test(from)) next.from = t('export.fromRequired');
    if (!DATE.test(to)) next.to = t('export.toRequired');
    else if (DATE.test(from) && to < from) next.to = t('export.toBeforeFrom');
    setErrors(next);
    if (next.from || next.to) return;
    setBusy(true);
    try {
      // The last day is included: export up to the midnight that ends it.
      const path = await unwrap(
        api().calendar.exportIcs({ from: localMidnight(from), to: localMidnight(addDays(to, 1)) }),
      );
      if (path) onExported(path);
      else setBusy(false);
    } catch (e) {
      setErrors({ form: errorMessage(e) });
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('export.title')} size="small" onClose={onClose} description={t('export.description')}>
      <form onSubmit={submit} noValidate>
        <div className="dialog-body">
          {errors.form ? (
            <div className="form-error" role="alert">
              {errors.form}
            </div>
          ) : null}
          <div className="field-row">
            <Field
              label={t('export.from')}
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={errors.from}
            />
            <Field
              label={t('export.to')}
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={errors.to}
            />
          </div>
          <p className="field-hint">{t('export.hint')}</p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('export.exporting') : t('export.submit')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
