import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../api/client';
import { useAppStore } from './store';

/** Always visible in the demo practice, so fictional records are never mistaken for real ones. */
export function DemoBanner() {
  const { t } = useTranslation('app');
  const demo = useAppStore((s) => s.profile?.demo ?? false);
  const status = useAppStore((s) => s.status);
  const [error, setError] = useState<string | null>(null);
  if (!demo) return null;

  // The coach's own practice: the most recently opened one that is not a demo.
  const own = (status?.known ?? [])
    .filter((p) => !p.demo)
    .sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? ''))[0];

  async function leave() {
    setError(null);
    try {
      if (own)
        await useAppStore.getState().applyStatus(await unwrap(api().practice.select({ path: own.path })));
      else {
        await useAppStore.getState().lock();
        useAppStore.getState().setCreatingPractice(true);
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="demo-banner" role="note" aria-label={t('demo.bannerLabel')}>
      <p>
        <strong>{t('demo.bannerTitle')}</strong> {t('demo.bannerText')}
      </p>
      <button type="button" className="button" onClick={() => void leave()}>
        {own ? t('demo.backToOwn', { name: own.name }) : t('demo.createOwn')}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
