import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Session } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { rowStyle, usePagedList } from '../../components/usePagedList';
import { i18n } from '../../i18n';
import { formatMoney, formatNumber } from '../../i18n/format';
import { AttendanceBadge, DraftBadge, Kbd, NoteStatusLabel, SessionAvatar } from './bits';
import { ClientFilter } from './ClientFilter';
import {
  attendanceLabels,
  formatLabels,
  formatListDay,
  formatMinutes,
  formatSessionTime,
  formatSessionWhen,
  joinNames,
  noteStatus,
  noteStatusLabels,
  paymentLabels,
  zoneBadge,
} from './format';
import { SearchResults } from './SearchResults';
import { type DraftFilter, PAGE_SIZE, rowAt, useSessionsStore } from './store';

const ROW_HEIGHT = 64;
const SEARCH_DELAY_MS = 250;
const isMac = navigator.platform.toLowerCase().includes('mac');

function paymentText(s: Session): string {
  return s.feeMinor !== null && s.feeMinor > 0 ? formatMoney(s.feeMinor, s.currency) : '';
}

function rowLabel(s: Session): string {
  const parts = [
    formatSessionWhen(s.startsAt, s.timeZone),
    s.clientNames.join(', '),
    s.engagementTitle,
    formatMinutes(s.durationMinutes),
    formatLabels[s.format],
    attendanceLabels[s.attendance],
    [paymentLabels[s.payment], paymentText(s)].filter(Boolean).join(' '),
    s.isDraft ? i18n.t('sessions:list.rowDraft') : noteStatusLabels[noteStatus(s)],
  ];
  return parts.join(', ');
}

/** The Sessions tab: search, filters, and the virtualised list of every session, newest first. */
export function SessionList({ onLog, focusOnOpen = false }: { onLog: () => void; focusOnOpen?: boolean }) {
  const { t } = useTranslation(['sessions', 'common']);
  const open = useAppStore((s) => s.open);
  const go = useAppStore((s) => s.go);
  const filter = useSessionsStore((s) => s.filter);
  const total = useSessionsStore((s) => s.total);
  const pages = useSessionsStore((s) => s.pages);
  const generation = useSessionsStore((s) => s.generation);
  const loadedGeneration = useSessionsStore((s) => s.loadedGeneration);
  const anySessions = useSessionsStore((s) => s.anySessions);
  const draftCount = useSessionsStore((s) => s.draftCount);
  const listError = useSessionsStore((s) => s.listError);
  const searchInput = useSessionsStore((s) => s.searchInput);
  const searchText = useSessionsStore((s) => s.searchText);
  const engagements = useSessionsStore((s) => s.engagements);
  const { setFilter, reload, select, setSearchInput, runSearch, patchSession } = useSessionsStore.getState();
  const [rowError, setRowError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusPending = useRef(false);
  const returnPending = useRef(focusOnOpen && useSessionsStore.getState().searchInput.trim() === '');
  const listId = useId();
  const countId = useId();

  // Before usePagedList, so the pages it asks for belong to the reloaded filter.
  useEffect(() => {
    reload();
    if (!useSessionsStore.getState().engagements) void useSessionsStore.getState().loadEngagements();
    // Coming back from a session: refresh the results too (a note may have changed).
    const text = useSessionsStore.getState().searchInput;
    if (text.trim()) runSearch(text);
  }, [reload, runSearch]);

  const list = usePagedList(useSessionsStore, {
    query: filter,
    pageSize: PAGE_SIZE,
    rowHeight: ROW_HEIGHT,
    overscan: 8,
  });
  const { scrollRef, items, count, selected } = list;

  // Search as you type, after a short pause.
  useEffect(() => {
    if (searchInput.trim() === useSessionsStore.getState().searchText) return;
    const timer = setTimeout(() => runSearch(searchInput), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput, runSearch]);

  // Roving focus: after moving with the keys, focus follows the selected row once it is rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: items/pages changes mean the row may now exist.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selected}"] .ses-row-main`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  }, [selected, items, pages]);

  // Coming back from a session: its row (still the selected one) takes the focus once the list is drawn.
  useEffect(() => {
    if (!returnPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selected}"] .ses-row-main`);
    if (row) row.focus({ preventScroll: true });
    // Once rows are drawn (or there are none), the moment has passed either way.
    if (row || items.length > 0 || (loadedGeneration === generation && total === 0)) {
      returnPending.current = false;
    }
  });

  // "/" or Ctrl/⌘+F: search.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return;
      const command = isMac ? event.metaKey : event.ctrlKey;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (
        (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') ||
        (!typing && event.key === '/' && !command)
      ) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function moveTo(index: number) {
    if (count === 0) return;
    focusPending.current = true;
    list.moveTo(index);
  }

  function onRowKey(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = list.targetOf(event.key);
    if (target === null) return;
    moveTo(target);
    event.preventDefault();
  }

  async function confirmDraft(session: Session) {
    setRowError(null);
    try {
      patchSession(await unwrap(api().sessions.confirmDraft({ id: session.id })));
      reload();
    } catch (error) {
      setRowError(errorMessage(error));
    }
  }

  const searching = searchInput.trim() !== '' || searchText !== '';
  const settled = loadedGeneration === generation;
  const noEngagements = engagements !== null && engagements.length === 0;

  let body: ReactNode;
  if (searching) {
    body = <SearchResults onOpen={(sessionId) => open('sessions', sessionId)} />;
  } else if (listError) {
    body = <LoadError message={listError} onRetry={reload} />;
  } else if (total === 0 && anySessions === false) {
    body = (
      <EmptyState
        title={t('list.empty.title')}
        icon="sessions"
        action={
          noEngagements ? (
            <button type="button" className="button primary" onClick={() => go('clients')}>
              {t('list.empty.goToClients')}
            </button>
          ) : (
            <button type="button" className="button primary" onClick={onLog}>
              <ActionIcon name="plus" />
              {t('list.empty.logFirst')}
            </button>
          )
        }
      >
        <p>{noEngagements ? t('list.empty.noEngagements') : t('list.empty.first')}</p>
      </EmptyState>
    );
  } else if (total === 0 && anySessions) {
    body = (
      <EmptyState
        title={t('list.empty.noMatchTitle')}
        icon="sessions"
        action={
          <button
            type="button"
            className="button"
            onClick={() => setFilter({ clientId: null, clientName: '', drafts: 'include' })}
          >
            {t('list.empty.clearFilters')}
          </button>
        }
      >
        <p>
          {filter.clientId ? (
            <Trans
              t={t}
              i18nKey={filter.drafts === 'only' ? 'list.empty.noDraftsWith' : 'list.empty.noSessionsWith'}
              values={{ name: filter.clientName }}
              components={{ bdi: <bdi /> }}
            />
          ) : filter.drafts === 'only' ? (
            t('list.empty.noDrafts')
          ) : (
            t('list.empty.nothingFits')
          )}
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <div className="ses-table">
        <div className="ses-table-head" aria-hidden="true">
          <span>{t('list.head.when')}</span>
          <span>{t('list.head.who')}</span>
          <span>{t('list.head.length')}</span>
          <span>{t('list.head.attendance')}</span>
          <span>{t('list.head.note')}</span>
        </div>
        <div ref={scrollRef} id={listId} className="ses-list-scroll" onScroll={list.onScroll}>
          <ul
            className="ses-list-inner"
            aria-label={t('list.label')}
            aria-describedby={countId}
            aria-busy={!settled || undefined}
            style={{ height: list.totalSize }}
          >
            {items.map((item) => {
              const row = rowAt(pages, item.index);
              const style = rowStyle(item);
              const current = item.index === selected;
              if (!row) {
                return (
                  <li
                    key={`loading-${item.index}`}
                    data-index={item.index}
                    aria-label={t('common:state.loading')}
                    aria-posinset={item.index + 1}
                    aria-setsize={count}
                    className="ses-row loading"
                    style={style}
                  >
                    <span className="ses-skeleton" />
                    <span className="ses-skeleton wide" />
                  </li>
                );
              }
              const zone = zoneBadge(row.startsAt, row.timeZone);
              const fee = paymentText(row);
              return (
                <li
                  key={row.id}
                  data-index={item.index}
                  aria-posinset={item.index + 1}
                  aria-setsize={count}
                  className="ses-row"
                  data-selected={current || undefined}
                  data-draft={row.isDraft || undefined}
                  style={style}
                >
                  <button
                    type="button"
                    className="ses-row-main"
                    tabIndex={current ? 0 : -1}
                    aria-label={rowLabel(row)}
                    onFocus={() => {
                      if (!current) select(item.index);
                    }}
                    onKeyDown={onRowKey}
                    onClick={() => {
                      select(item.index);
                      open('sessions', row.id);
                    }}
                  >
                    <span className="ses-cell-when">
                      <span className="ses-day">{formatListDay(row.startsAt, row.timeZone)}</span>
                      <span className="muted">
                        {formatSessionTime(row.startsAt, row.timeZone)}
                        {zone ? <span className="ses-zone"> {zone}</span> : null}
                      </span>
                    </span>
                    <span className="ses-cell-who">
                      <SessionAvatar session={row} />
                      <span className="ses-who-text">
                        <span className="ses-who-line">
                          <span className="ses-names" dir="auto">
                            {joinNames(row.clientNames, 2)}
                          </span>
                          {row.isDraft ? <DraftBadge /> : null}
                        </span>
                        <span className="ses-engagement muted" dir="auto">
                          {row.engagementTitle}
                        </span>
                      </span>
                    </span>
                    <span className="ses-cell-length">
                      <span>{formatMinutes(row.durationMinutes)}</span>
                      <span className="muted">{formatLabels[row.format]}</span>
                    </span>
                    <span className="ses-cell-status">
                      <AttendanceBadge attendance={row.attendance} />
                      <span className="muted ses-payment">
                        {paymentLabels[row.payment]}
                        {fee ? ` · ${fee}` : ''}
                      </span>
                    </span>
                    <span className="ses-cell-note">
                      {row.isDraft ? null : <NoteStatusLabel status={noteStatus(row)} />}
                    </span>
                  </button>
                  {row.isDraft ? (
                    <button
                      type="button"
                      className="button ses-compact ses-confirm"
                      tabIndex={current ? 0 : -1}
                      aria-label={t('list.confirmLabel', {
                        names: row.clientNames.join(', '),
                        when: formatSessionWhen(row.startsAt, row.timeZone),
                      })}
                      onClick={() => void confirmDraft(row)}
                    >
                      {t('common:actions.confirm')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    );
  }

  const nothingYet = total === 0 && anySessions === false && !searching;

  return (
    <div className="ses-list-view">
      <div className="ses-toolbar" hidden={nothingYet}>
        <div className="ses-search">
          <ActionIcon name="search" />
          <label htmlFor={`${listId}-search`} className="ses-sr-only">
            {t('list.search')}
          </label>
          <input
            ref={searchRef}
            id={`${listId}-search`}
            type="search"
            dir="auto"
            placeholder={t('list.search')}
            autoComplete="off"
            spellCheck={false}
            value={searchInput}
            aria-keyshortcuts={`/ ${isMac ? 'Meta' : 'Control'}+F`}
            onChange={(event) => setSearchInput(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && searchInput) {
                event.preventDefault();
                setSearchInput('');
                runSearch('');
              } else if (event.key === 'Enter') {
                event.preventDefault();
                runSearch(searchInput);
              } else if (event.key === 'ArrowDown' && !searching) {
                event.preventDefault();
                moveTo(selected);
              }
            }}
          />
          {searchInput ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('list.clearSearch')}
              onClick={() => {
                setSearchInput('');
                runSearch('');
                searchRef.current?.focus();
              }}
            >
              <ActionIcon name="close" size={16} />
            </button>
          ) : (
            <Kbd>/</Kbd>
          )}
        </div>
        {searching ? null : (
          <>
            <ClientFilter
              value={filter.clientId ? { id: filter.clientId, name: filter.clientName } : null}
              onChange={(client) =>
                setFilter({ clientId: client?.id ?? null, clientName: client?.name ?? '' })
              }
            />
            <label className="ses-select">
              <span className="ses-sr-only">{t('list.which')}</span>
              <select
                value={filter.drafts}
                onChange={(event) => setFilter({ drafts: event.target.value as DraftFilter })}
              >
                <option value="include">{t('list.all')}</option>
                <option value="only">
                  {draftCount > 0 ? t('list.draftsCount', { n: formatNumber(draftCount) }) : t('list.drafts')}
                </option>
                <option value="exclude">{t('list.confirmedOnly')}</option>
              </select>
            </label>
          </>
        )}
      </div>
      {searching || nothingYet ? null : (
        <div className="ses-count-line">
          <span id={countId} className="muted small" aria-live="polite">
            {total === null
              ? ''
              : t(`list.count.${filter.drafts}${filter.clientId ? 'With' : ''}`, {
                  count: total,
                  name: filter.clientName,
                })}
          </span>
          {draftCount > 0 && filter.drafts !== 'only' ? (
            <button type="button" className="ses-drafts-link" onClick={() => setFilter({ drafts: 'only' })}>
              {t('list.draftsToReview', { count: draftCount })}
            </button>
          ) : null}
        </div>
      )}
      {rowError ? (
        <div className="form-error" role="alert">
          {rowError}
        </div>
      ) : null}
      {body}
    </div>
  );
}
