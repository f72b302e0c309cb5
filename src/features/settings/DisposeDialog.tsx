import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalCandidate } from '../../../electron/shared/backups';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';

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
  const { t } = useTranslation(['settings', 'common']);
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
      setFieldError(t('dispose.typeToConfirmError', { expected }));
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
    <Dialog title={t('dispose.title', { count })} size="small" tone="danger" onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={t('dispose.form')}>
        <div className="dialog-body">
          <p>{t('dispose.body', { count })}</p>
          <ul className="settings-dispose-list" aria-label={t('dispose.list')}>
            {candidates.slice(0, SHOWN).map((c) => (
              <li key={c.clientId}>
                <span dir="auto">{c.fullName}</span>
              </li>
            ))}
            {count > SHOWN ? <li className="muted">{t('dispose.more', { count: count - SHOWN })}</li> : null}
          </ul>
          <p className="form-note">{t('dispose.backupsNote')}</p>
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>{t('dispose.typeToConfirm', { expected })}</label>
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
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button settings-danger" disabled={busy}>
            {busy ? t('dispose.deleting') : t('dispose.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
