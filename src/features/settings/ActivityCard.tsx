import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityEntry } from '../../../electron/shared/backups';
import { api, errorMessage, unwrap } from '../../api/client';
import { activityDetail, activityLabel } from './activity-labels';
import { formatDateTime } from './format';

const PAGE = 200;

/** The practice's append-only log of significant events: what and when, never content. */
export function ActivityCard() {
  const { t } = useTranslation(['settings', 'common']);
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(api().activity.list({ limit }))
      .then((list) => {
        if (live) setEntries(list);
      })
      .catch((e) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [limit]);

  return (
    <section className="card settings-card" aria-labelledby="activity-heading" aria-busy={!entries && !error}>
      <div className="settings-card-head">
        <h2 id="activity-heading">{t('activity.heading')}</h2>
        <p className="muted">{t('activity.intro')}</p>
      </div>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {entries && entries.length === 0 ? <p className="muted">{t('activity.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        <section className="settings-scroll" tabIndex={0} aria-label={t('activity.log')}>
          <table className="settings-table settings-table-compact">
            <thead>
              <tr>
                <th scope="col">{t('activity.when')}</th>
                <th scope="col">{t('activity.event')}</th>
                <th scope="col">{t('activity.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="settings-when">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{activityLabel(entry.kind)}</td>
                  <td className="muted">{activityDetail(entry.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {entries && entries.length >= limit && limit < 1000 ? (
        <div className="settings-actions">
          <button type="button" className="button" onClick={() => setLimit(1000)}>
            {t('activity.older')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
