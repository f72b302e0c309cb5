import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ClientListRow } from '../../../electron/shared/clients';
import { clientStatuses } from '../../../electron/shared/clients';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { rowStyle, usePagedList } from '../../components/usePagedList';
import { i18n } from '../../i18n';
import { Avatar, Kbd, StatusBadge, TagChips } from './bits';
import { ClientForm } from './ClientForm';
import { statusLabels } from './format';
import { PAGE_SIZE, rowAt, type SortKey, type StatusFilter, useClientsStore } from './store';

const ROW_HEIGHT = 60;
const SEARCH_DELAY_MS = 80;
const isMac = navigator.platform.toLowerCase().includes('mac');

const sortKeys: readonly SortKey[] = ['name', 'recent', 'status'];

/** The row's accessible name: its facts in a list, the name first. */
function rowLabel(row: ClientListRow): string {
  const parts = [
    row.preferredName
      ? i18n.t('clients:list.rowPreferred', { fullName: row.fullName, preferredName: row.preferredName })
      : row.fullName,
  ];
  if (row.organisation) parts.push(row.organisation);
  if (row.email) parts.push(row.email);
  parts.push(statusLabels[row.status]);
  if (row.tags.length > 0) parts.push(i18n.t('clients:list.rowTags', { tags: row.tags.join(', ') }));
  return parts.join(', ');
}

/** The Clients section's list: search, filters, and a virtualised listbox that pages in as it scrolls. */
export function ClientList({ focusOnOpen = false }: { focusOnOpen?: boolean } = {}) {
  const { t } = useTranslation(['clients', 'common']);
  const open = useAppStore((s) => s.open);
  const searchInput = useClientsStore((s) => s.searchInput);
  const query = useClientsStore((s) => s.query);
  const total = useClientsStore((s) => s.total);
  const pages = useClientsStore((s) => s.pages);
  const generation = useClientsStore((s) => s.generation);
  const loadedGeneration = useClientsStore((s) => s.loadedGeneration);
  const anyClients = useClientsStore((s) => s.anyClients);
  const listError = useClientsStore((s) => s.listError);
  const tags = useClientsStore((s) => s.tags);
  const { setSearchInput, setQuery, reload, select, loadTags } = useClientsStore.getState();
  const [formOpen, setFormOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const countId = useId();
  const focusPending = useRef(focusOnOpen);

  // Before usePagedList, so the pages it asks for belong to the reloaded query.
  useEffect(() => {
    reload();
    loadTags();
  }, [reload, loadTags]);

  const { scrollRef, items, totalSize, count, selected, moveTo, targetOf, onScroll } = usePagedList(
    useClientsStore,
    { query, pageSize: PAGE_SIZE, rowHeight: ROW_HEIGHT, overscan: 10 },
  );

  // Search as you type, after a short pause.
  useEffect(() => {
    if (searchInput === useClientsStore.getState().query.search) return;
    const timer = setTimeout(() => setQuery({ search: searchInput }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput, setQuery]);

  // Shortcuts: "/" or Ctrl/⌘+F to search, N for a new client.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return;
      const command = isMac ? event.metaKey : event.ctrlKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setFormOpen(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function openAt(index: number) {
    const row = rowAt(pages, index);
    if (row) open('clients', row.id);
  }

  /** Arrow keys, Home/End, Page keys and Enter, from the search box or the list. */
  function onNavigate(event: KeyboardEvent<HTMLElement>, fromSearch: boolean) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // In the search box, Home, End and Space edit the text.
    if (fromSearch && (event.key === 'Home' || event.key === 'End' || event.key === ' ')) return;
    const target = targetOf(event.key);
    if (target !== null) moveTo(target);
    else if (event.key === 'Enter' || event.key === ' ') openAt(selected);
    else return;
    event.preventDefault();
  }

  const filtered = query.search.trim() !== '' || query.status !== 'current' || query.tag !== null;
  const settled = loadedGeneration === generation;

  // Coming back from a client: focus the list (the row opened is still the selected one).
  useEffect(() => {
    if (!focusPending.current) return;
    if (scrollRef.current) {
      focusPending.current = false;
      scrollRef.current.focus({ preventScroll: true });
    } else if (settled && total !== null) {
      focusPending.current = false;
    }
  });
  const newClientButton = (
    <button type="button" className="button primary" onClick={() => setFormOpen(true)} aria-keyshortcuts="N">
      <ActionIcon name="plus" />
      {t('list.newClient')}
      <Kbd>N</Kbd>
    </button>
  );

  let body: ReactNode;
  if (listError) {
    body = <LoadError message={listError} onRetry={reload} />;
  } else if (total === 0 && anyClients === false) {
    body = (
      <EmptyState
        title={t('list.firstTitle')}
        icon="clients"
        action={
          <button type="button" className="button primary" onClick={() => setFormOpen(true)}>
            <ActionIcon name="plus" />
            {t('list.firstAction')}
          </button>
        }
      >
        <p>{t('list.firstText')}</p>
      </EmptyState>
    );
  } else if (total === 0 && anyClients) {
    const search = query.search.trim();
    const byFilters = query.status !== 'current' || query.tag !== null;
    body = (
      <EmptyState
        title={t('list.noMatchTitle')}
        icon="clients"
        action={
          <button
            type="button"
            className="button"
            onClick={() => {
              setSearchInput('');
              setQuery({ search: '', status: 'current', tag: null });
              searchRef.current?.focus();
            }}
          >
            {t('list.clearAll')}
          </button>
        }
      >
        <p>
          {search ? (
            <Trans
              t={t}
              i18nKey={byFilters ? 'list.noMatchSearchFiltered' : 'list.noMatchSearch'}
              values={{ search }}
              components={{ q: <bdi /> }}
            />
          ) : (
            t('list.noMatchFilters')
          )}{' '}
          {t('list.searchScope')}
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <div className="client-table">
        <div className="client-table-head" aria-hidden="true">
          <span />
          <span>{t('list.columns.name')}</span>
          <span>{t('list.columns.organisation')}</span>
          <span>{t('list.columns.tags')}</span>
          <span>{t('list.columns.status')}</span>
        </div>
        <div
          ref={scrollRef}
          id={listId}
          className="client-list-scroll"
          role="listbox"
          aria-label={t('list.listLabel')}
          aria-describedby={countId}
          aria-busy={!settled || undefined}
          aria-activedescendant={count > 0 ? `${listId}-row-${selected}` : undefined}
          tabIndex={0}
          onKeyDown={(event) => onNavigate(event, false)}
          onScroll={onScroll}
        >
          <div className="client-list-inner" style={{ height: totalSize }}>
            {items.map((item) => {
              const row = rowAt(pages, item.index);
              const style = rowStyle(item);
              if (!row) {
                return (
                  <div
                    key={`loading-${item.index}`}
                    id={`${listId}-row-${item.index}`}
                    role="option"
                    aria-selected={item.index === selected}
                    aria-disabled="true"
                    tabIndex={-1}
                    aria-label={t('common:state.loading')}
                    aria-posinset={item.index + 1}
                    aria-setsize={count}
                    className="client-row loading"
                    style={style}
                  >
                    <span className="avatar skeleton" />
                    <span className="skeleton-bar" />
                    <span className="skeleton-bar short" />
                  </div>
                );
              }
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (aria-activedescendant).
                <div
                  key={row.id}
                  id={`${listId}-row-${item.index}`}
                  role="option"
                  aria-selected={item.index === selected}
                  aria-label={rowLabel(row)}
                  tabIndex={-1}
                  aria-posinset={item.index + 1}
                  aria-setsize={count}
                  className="client-row"
                  style={style}
                  onClick={() => {
                    select(item.index);
                    open('clients', row.id);
                  }}
                >
                  <Avatar id={row.id} name={row.fullName} />
                  <span className="client-row-name">
                    <span className="client-name-line">
                      <span className="client-name" dir="auto">
                        {row.fullName}
                      </span>
                      {row.preferredName ? (
                        <span className="client-preferred" dir="auto">
                          {row.preferredName}
                        </span>
                      ) : null}
                    </span>
                    <span className="client-email" dir="auto">
                      {row.email}
                    </span>
                  </span>
                  <span className="client-org" dir="auto">
                    {row.organisation}
                  </span>
                  <TagChips tags={row.tags} max={2} />
                  <span>
                    <StatusBadge status={row.status} />
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="clients-page">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={anyClients === false && total === 0 ? undefined : newClientButton}
      />
      {anyClients === false && total === 0 ? null : (
        <div className="client-toolbar">
          <div className="search-box">
            <ActionIcon name="search" />
            <label htmlFor={`${listId}-search`} className="sr-only">
              {t('list.searchLabel')}
            </label>
            <input
              ref={searchRef}
              id={`${listId}-search`}
              type="search"
              placeholder={t('list.searchPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              value={searchInput}
              aria-controls={listId}
              aria-keyshortcuts={`/ ${isMac ? 'Meta' : 'Control'}+F`}
              onChange={(event) => setSearchInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && searchInput) {
                  event.preventDefault();
                  setSearchInput('');
                } else {
                  onNavigate(event, true);
                }
              }}
            />
            {searchInput ? null : <Kbd>/</Kbd>}
          </div>
          <label className="toolbar-select status-filter">
            <span className="sr-only">{t('list.filterStatus')}</span>
            <select
              value={query.status}
              onChange={(event) => setQuery({ status: event.target.value as StatusFilter })}
            >
              <option value="current">{t('list.statusFilter.current')}</option>
              {clientStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
              <option value="all">{t('list.statusFilter.all')}</option>
            </select>
          </label>
          <label className="toolbar-select tag-filter">
            <span className="sr-only">{t('list.filterTag')}</span>
            <select
              value={query.tag ?? ''}
              onChange={(event) => setQuery({ tag: event.target.value || null })}
            >
              <option value="">{t('list.allTags')}</option>
              {query.tag && !tags.some((c) => c.tag === query.tag) ? (
                <option value={query.tag}>{query.tag}</option>
              ) : null}
              {tags.map((c) => (
                <option key={c.tag} value={c.tag}>
                  {t('list.tagOption', { tag: c.tag, count: c.count })}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-select sort-filter">
            <span className="sr-only">{t('list.sortBy')}</span>
            <select
              value={query.sort}
              onChange={(event) => setQuery({ sort: event.target.value as SortKey })}
            >
              {sortKeys.map((key) => (
                <option key={key} value={key}>
                  {t('list.sortOption', { label: t(`list.sort.${key}`) })}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {anyClients === false && total === 0 ? null : (
        <p id={countId} className="client-count" aria-live="polite">
          {total === null
            ? '\u00a0'
            : filtered
              ? t('list.found', { count: total })
              : t('list.count', { count: total })}
          {filtered && total !== null ? (
            <>
              {' · '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setSearchInput('');
                  setQuery({ search: '', status: 'current', tag: null });
                }}
              >
                {t('list.clear')}
              </button>
            </>
          ) : null}
        </p>
      )}
      {body}
      {formOpen ? (
        <ClientForm
          onClose={() => setFormOpen(false)}
          onSaved={(client) => {
            setFormOpen(false);
            loadTags();
            open('clients', client.id);
          }}
        />
      ) : null}
    </div>
  );
}
