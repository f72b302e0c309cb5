import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ErasurePreview } from '../../../electron/shared/clients';
import { foldForSearch } from '../../../electron/shared/search-text';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { plural } from './format';

/**
 * Permanent erasure, on a client's request. Shows what goes with them and asks for
 * their full name typed out before anything is deleted.
 */
export function EraseDialog({
  clientId,
  fullName,
  onClose,
  onErased,
  onArchiveInstead,
}: {
  clientId: string;
  fullName: string;
  onClose: () => void;
  onErased: () => void;
  onArchiveInstead?: () => void;
}) {
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [confirmName, setConfirmName] = useState('');
  const [keepHours, setKeepHours] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  useEffect(() => {
    let live = true;
    unwrap(api().clients.erasePreview({ id: clientId }))
      .then((result) => {
        if (live) setPreview(result);
      })
      .catch((e) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [clientId]);

  const matches = foldForSearch(confirmName.trim()) === foldForSearch(fullName.trim());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) {
      setFieldError('Type the client’s full name exactly to confirm.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unwrap(api().clients.erase({ id: clientId, confirmName, keepHours }));
      onErased();
    } catch (e) {
      if (e instanceof ApiError && e.field === 'confirmName') setFieldError(e.message);
      else setError(errorMessage(e));
      setBusy(false);
    }
  }

  const items: string[] = [];
  if (preview) {
    if (preview.engagements > 0) {
      items.push(
        `${plural(preview.engagements, 'engagement')} with only this client, and everything in them`,
      );
    }
    if (preview.agreements > 0)
      items.push(`${plural(preview.agreements, 'agreement')} and any signed copies`);
    if (preview.referrals > 0) items.push(plural(preview.referrals, 'referral'));
    if (preview.sessions > 0) items.push(`${plural(preview.sessions, 'session')} and their notes`);
    if (preview.assessments > 0) items.push(`${plural(preview.assessments, 'Wheel of Life result')}`);
  }

  return (
    <Dialog title={`Erase ${fullName}?`} onClose={onClose} size="small" tone="danger">
      <form onSubmit={submit} noValidate aria-label="Erase client">
        <div className="dialog-body">
          <p>
            This permanently deletes <bdi className="strong">{fullName}</bdi> from this practice file. It
            cannot be undone.
          </p>
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          {preview ? (
            <section className="erase-summary" aria-label="What will be erased">
              <p className="erase-summary-title">Also erased:</p>
              {items.length > 0 ? (
                <ul>
                  {items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Nothing else: no engagements, agreements or referrals.</p>
              )}
              {preview.groupEngagementsLeft > 0 ? (
                <p className="muted">
                  They leave {plural(preview.groupEngagementsLeft, 'group engagement')}; the other
                  participants keep theirs.
                </p>
              ) : null}
            </section>
          ) : error ? null : (
            <p className="muted" aria-busy="true">
              Counting what would be erased…
            </p>
          )}
          {preview && preview.sessions > 0 ? (
            <label className="check">
              <input type="checkbox" checked={keepHours} onChange={(e) => setKeepHours(e.target.checked)} />
              Keep their coaching hours in my credential log as an anonymised line (no name, no contact)
            </label>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>
              Type <bdi className="strong">{fullName}</bdi> to confirm
            </label>
            <input
              id={inputId}
              dir="auto"
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              value={confirmName}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${inputId}-error` : undefined}
              onChange={(e) => {
                setConfirmName(e.target.value);
                setFieldError(null);
              }}
            />
            {fieldError ? (
              <div id={`${inputId}-error`} className="field-error" role="alert">
                {fieldError}
              </div>
            ) : null}
          </div>
          {onArchiveInstead ? (
            <p className="form-note">
              Only want them out of the way?{' '}
              <button type="button" className="link-button" onClick={onArchiveInstead}>
                Archive instead
              </button>
              ; archiving can be undone.
            </p>
          ) : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button destructive" disabled={busy || !matches || !preview}>
            {busy ? 'Erasing…' : 'Erase permanently'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
