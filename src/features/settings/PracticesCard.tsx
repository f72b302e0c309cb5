import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeStatus } from '../../../electron/shared/practice';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { PathText } from '../../components/PathText';

/** This practice's facts, and switching between the practice files on this computer. */
export function PracticesCard() {
  const { t } = useTranslation(['settings', 'common']);
  const profile = useAppStore((s) => s.profile);
  const status = useAppStore((s) => s.status);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const setCreatingPractice = useAppStore((s) => s.setCreatingPractice);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<PracticeStatus>) {
    setError(null);
    try {
      await applyStatus(await call());
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="practice-heading">
        <h2 id="practice-heading">{t('practices.thisHeading')}</h2>
        <dl className="facts">
          <dt>{t('practices.practice')}</dt>
          <dd>{profile?.name}</dd>
          <dt>{t('practices.coach')}</dt>
          <dd>{profile?.coachName}</dd>
          <dt>{t('practices.file')}</dt>
          <dd className="mono">
            <PathText path={status?.current?.path ?? ''} />
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="practices-heading">
        <h2 id="practices-heading">{t('practices.heading')}</h2>
        <p className="muted">{t('practices.intro')}</p>
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <ul className="practice-rows" aria-label={t('practices.list')}>
          {status?.known.map((p) => (
            <li key={p.path}>
              <span>{p.name}</span>
              {p.path === status.current?.path ? (
                <span className="badge">{t('practices.open')}</span>
              ) : (
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => run(() => unwrap(api().practice.select({ path: p.path })))}
                >
                  {t('practices.switchTo', { name: p.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="form-actions start">
          <button type="button" className="button" onClick={() => setCreatingPractice(true)}>
            {t('practices.new')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run(() => unwrap(api().practice.openOther()))}
          >
            {t('practices.openOther')}
          </button>
        </div>
      </section>
    </>
  );
}
