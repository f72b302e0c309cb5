import { Trans, useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../electron/shared/sessions';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { SessionIcon, type SessionIconName, Snippet } from './bits';
import { formatDueDay, joinNames, localZone, wallClock } from './format';
import { SEARCH_LIMIT, useSessionsStore } from './store';

const kindIcons: Record<SearchHit['kind'], SessionIconName> = {
  note: 'calendar',
  addendum: 'addendum',
  goal: 'target',
  action: 'check',
};

/** The day an instant fell on, on the coach's clock. */
function hitDay(iso: string): string {
  return formatDueDay(wallClock(new Date(iso), localZone()).date);
}

/** Search results: what kind of record, whose, and the words around the match. */
export function SearchResults({ onOpen }: { onOpen: (sessionId: string) => void }) {
  const { t } = useTranslation('sessions');
  const results = useSessionsStore((s) => s.searchResults);
  const searchText = useSessionsStore((s) => s.searchText);
  const searching = useSessionsStore((s) => s.searching);
  const error = useSessionsStore((s) => s.searchError);

  if (error) {
    return (
      <div className="form-error" role="alert">
        {error}
      </div>
    );
  }
  if (results === null) {
    return (
      <p className="muted ses-search-status" aria-live="polite">
        {searching ? t('search.searching') : ''}
      </p>
    );
  }
  return (
    <section className="ses-results" aria-label={t('search.label')} aria-busy={searching || undefined}>
      <p className="muted small ses-search-status" aria-live="polite">
        {results.length === 0
          ? ''
          : results.length === SEARCH_LIMIT
            ? t('search.summaryFirst', { limit: SEARCH_LIMIT, text: searchText })
            : t('search.summary', { count: results.length, text: searchText })}
      </p>
      {results.length === 0 ? (
        <EmptyState title={t('search.nothingTitle')} icon="sessions">
          <p>
            <Trans
              t={t}
              i18nKey="search.nothingText"
              values={{ text: searchText }}
              components={{ bdi: <bdi /> }}
            />
          </p>
        </EmptyState>
      ) : (
        <ul className="ses-result-list">
          {results.map((hit, index) => {
            const body = (
              <>
                <span className="ses-result-kind" data-kind={hit.kind}>
                  <SessionIcon name={kindIcons[hit.kind]} size={15} />
                  {t(`search.kind.${hit.kind}`)}
                </span>
                <span className="ses-result-text">
                  <span className="ses-result-head">
                    <span className="ses-names" dir="auto">
                      {joinNames(hit.clientNames)}
                    </span>
                    <span className="muted" dir="auto">
                      {hit.engagementTitle}
                    </span>
                    <span className="muted ses-result-date">
                      {hit.kind === 'note' || hit.kind === 'addendum'
                        ? t('search.heldOn', { date: hitDay(hit.at) })
                        : t('search.addedOn', { date: hitDay(hit.at) })}
                    </span>
                  </span>
                  <Snippet snippet={hit.snippet} />
                </span>
              </>
            );
            const key = `${hit.kind}-${hit.sessionId ?? hit.engagementId}-${index}`;
            const sessionId = hit.sessionId;
            return (
              <li key={key}>
                {sessionId ? (
                  <button type="button" className="ses-result" onClick={() => onOpen(sessionId)}>
                    {body}
                    <ActionIcon name="chevron" size={16} />
                  </button>
                ) : (
                  <div className="ses-result static">
                    {body}
                    <span className="ses-result-spacer" />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
