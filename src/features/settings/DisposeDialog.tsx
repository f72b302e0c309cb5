import { type FormEvent, useId, useState } from 'react';
import type { DisposalCandidate } from '../../../electron/shared/backups';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { plural } from './format';

const SHOWN = 8;

/** Permanent deletion of records past their keeping period; the coach types the count to confirm. */
export function DisposeDialog({
  candidates,
  onClose,
  onDisposed,
}: {
  candidates: DisposalCandidate[];
  onClose: () => void;
  onDisposed: (count: number) => void;
}) {
  const inputId = useId();
  const [confirm, setConfirm] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = candidates.length;
  const expected = String(count);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (confirm.trim() !== expected) {
      setFieldError(`Type ${expected} to confirm.`);
      return;
    }
    setBusy(true);
    try {
      const { erased } = await unwrap(
        api().retention.dispose({ clientIds: candidates.map((c) => c.clientId), confirm }),
      );
      onDisposed(erased);
    } catch (e) {
      if (e instanceof ApiError && e.field === 'confirm') setFieldError(e.message);
      else setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Delete ${plural(count, 'client record')} permanently?`}
      size="small"
      tone="danger"
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate aria-label="Delete records permanently">
        <div className="dialog-body">
          <p>
            Everything about {count === 1 ? 'this client' : 'these clients'} is erased from this practice
            file: sessions and notes, agreements, goals and the client record itself. It cannot be undone.
          </p>
          <ul className="settings-dispose-list" aria-label="Records to delete">
            {candidates.slice(0, SHOWN).map((c) => (
              <li key={c.clientId}>
                <span dir="auto">{c.fullName}</span>
              </li>
            ))}
            {count > SHOWN ? <li className="muted">and {count - SHOWN} more</li> : null}
          </ul>
          <p className="form-note">
            Backups made before today still hold these records until they are replaced by newer ones.
          </p>
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>Type {expected} to confirm</label>
            <input
              id={inputId}
              className="settings-number"
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              value={confirm}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${inputId}-error` : undefined}
              onChange={(e) => {
                setConfirm(e.target.value);
                setFieldError(null);
              }}
            />
            {fieldError ? (
              <div id={`${inputId}-error`} className="field-error" role="alert">
                {fieldError}
              </div>
            ) : null}
          </div>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button settings-danger" disabled={busy}>
            {busy ? 'Deleting…' : 'Delete permanently'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
