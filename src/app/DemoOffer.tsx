import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useAppStore } from './store';

/** The getting-started card's offer to explore the demo practice (a separate file of fictional records). */
export function DemoOffer() {
  const { t } = useTranslation(['app', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setBusy(true);
    setError(null);
    try {
      await useAppStore.getState().applyStatus(await unwrap(api().practice.openDemo()));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <div className="getting-started-demo">
      <span className="muted small">{t('demo.offer')}</span>
      <button type="button" className="link" onClick={() => setConfirming(true)}>
        {t('demo.explore')}
      </button>
      {confirming ? (
        <Dialog title={t('demo.confirmTitle')} size="small" onClose={() => setConfirming(false)}>
          <div className="dialog-content">
            <div className="dialog-body">
              <p>{t('demo.confirmText')}</p>
              {error ? (
                <p className="form-error" role="alert">
                  {error}
                </p>
              ) : null}
            </div>
            <div className="dialog-footer">
              <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
                {t('common:actions.cancel')}
              </button>
              <button type="button" className="button primary" disabled={busy} onClick={() => void open()}>
                {busy ? t('demo.making') : t('demo.open')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
