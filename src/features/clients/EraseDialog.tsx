import { type FormEvent, useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ErasurePreview } from '../../../electron/shared/clients';
import { foldForSearch } from '../../../electron/shared/search-text';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';

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
  const { t } = useTranslation(['clients', 'common']);
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
      setFieldError(t('erase.mismatch'));
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
    if (preview.engagements > 0) items.push(t('erase.engagements', { count: preview.engagements }));
    if (preview.agreements > 0) items.push(t('erase.agreements', { count: preview.agreements }));
    if (preview.referrals > 0) items.push(t('erase.referrals', { count: preview.referrals }));
    if (preview.sessions > 0) items.push(t('erase.sessions', { count: preview.sessions }));
    if (preview.assessments > 0) items.push(t('erase.assessments', { count: preview.assessments }));
    if (preview.manualHourEntries > 0) {
      items.push(t('erase.manualHours', { count: preview.manualHourEntries }));
    }
  }

  return (
    <Dialog title={t('erase.title', { name: fullName })} onClose={onClose} size="small" tone="danger">
      <form onSubmit={submit} noValidate aria-label={t('erase.formLabel')}>
        <div className="dialog-body">
          <p>
            <Trans
              t={t}
              i18nKey="erase.intro"
              values={{ name: fullName }}
              components={{ name: <bdi className="strong" /> }}
            />
          </p>
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          {preview ? (
            <section className="erase-summary" aria-label={t('erase.summaryLabel')}>
              <p className="erase-summary-title">{t('erase.alsoErased')}</p>
              {items.length > 0 ? (
                <ul>
                  {items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('erase.nothingElse')}</p>
              )}
              {preview.groupEngagementsLeft > 0 ? (
                <p className="muted">{t('erase.groupLeft', { count: preview.groupEngagementsLeft })}</p>
              ) : null}
            </section>
          ) : error ? null : (
            <p className="muted" aria-busy="true">
              {t('erase.counting')}
            </p>
          )}
          {preview && preview.sessions + preview.manualHourEntries > 0 ? (
            <label className="check">
              <input type="checkbox" checked={keepHours} onChange={(e) => setKeepHours(e.target.checked)} />
              {t('erase.keepHours')}
            </label>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>
              <Trans
                t={t}
                i18nKey="erase.confirmLabel"
                values={{ name: fullName }}
                components={{ name: <bdi className="strong" /> }}
              />
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
              <Trans
                t={t}
                i18nKey="erase.archiveInstead"
                components={{
                  archive: <button type="button" className="link-button" onClick={onArchiveInstead} />,
                }}
              />
            </p>
          ) : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button destructive" disabled={busy || !matches || !preview}>
            {busy ? t('erase.busy') : t('erase.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
