import { type FormEvent, useState } from 'react';
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
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(addDays(initialFrom, 12 * 7 - 1));
  const [errors, setErrors] = useState<{ from?: string; to?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!DATE.test(from)) next.from = 'Enter the first day.';
    if (!DATE.test(to)) next.to = 'Enter the last day.';
    else if (DATE.test(from) && to < from) next.to = 'The last day is before the first.';
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
    <Dialog
      title="Export to your calendar"
      size="small"
      onClose={onClose}
      description="Saves your scheduled sessions as an .ics file that any calendar app can import. Each event is titled with the client's name; no notes are included."
    >
      <form onSubmit={submit} noValidate>
        <div className="dialog-body">
          {errors.form ? (
            <div className="form-error" role="alert">
              {errors.form}
            </div>
          ) : null}
          <div className="field-row">
            <Field
              label="From"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={errors.from}
            />
            <Field
              label="To"
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={errors.to}
            />
          </div>
          <p className="field-hint">Drafts and sessions already held are left out.</p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
