import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { AuthLayout } from './AuthLayout';

/** Shown once after setup (or when a new key is made): the only time the recovery key is visible. */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation(['practice', 'common']);
  const setPending = useAppStore((s) => s.setPendingRecoveryKey);
  const [stored, setStored] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function savePdf() {
    setError(null);
    try {
      const path = await unwrap(api().practice.saveRecoveryKeyPdf({ recoveryKey }));
      if (path) setSavedTo(path);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <AuthLayout title={t('recoveryKey.title')} subtitle={t('recoveryKey.subtitle')}>
      <output className="recovery-key" aria-label={t('recoveryKey.label')}>
        {recoveryKey}
      </output>
      {savedTo ? (
        <div className="notice" role="status">
          {t('recoveryKey.saved', { path: savedTo })}
        </div>
      ) : null}
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="form-actions start">
        <button type="button" className="button" onClick={savePdf}>
          {t('recoveryKey.savePdf')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        {t('recoveryKey.stored')}
      </label>
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!stored} onClick={() => setPending(null)}>
          {t('common:actions.continue')}
        </button>
      </div>
    </AuthLayout>
  );
}
