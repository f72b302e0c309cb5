import { type KeyboardEvent, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { useClosedRecord } from '../../components/focus';
import { PageHeader } from '../../components/PageHeader';
import { AgendaView } from '../calendar/AgendaView';
import { FollowUpsView } from '../followups/FollowUpsView';
import { Kbd } from './bits';
import { ReceivedPanel } from './ReceivedPanel';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { SessionPage } from './SessionPage';
import { type SessionsTab, useSessionsStore } from './store';
import './sessions.css';

const isMac = navigator.platform.toLowerCase().includes('mac');

const tabs = [
  { id: 'sessions', label: 'tabs.sessions' },
  { id: 'agenda', label: 'tabs.agenda' },
  { id: 'follow-ups', label: 'tabs.followUps' },
  { id: 'received', label: 'tabs.received' },
] as const satisfies readonly { id: SessionsTab; label: string }[];

/** The Sessions section: the session list (or one session), the agenda, follow-ups and coaching received. */
export function SessionsPage() {
  const { t } = useTranslation('sessions');
  const openId = useAppStore((s) => s.openId);
  const open = useAppStore((s) => s.open);
  const tab = useSessionsStore((s) => s.tab);
  const quickLogOpen = useSessionsStore((s) => s.quickLogOpen);
  const flash = useSessionsStore((s) => s.flash);
  const { setTab, setQuickLogOpen, setLastEngagement, setFlash, reload } = useSessionsStore.getState();
  const tabsId = useId();
  // Back from a session, the list gives the focus back to its row.
  const closed = useClosedRecord(openId);

  // Ctrl/⌘+L logs a session from anywhere in Sessions; N does too when not typing.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return;
      const command = isMac ? event.metaKey : event.ctrlKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        setQuickLogOpen(true);
        return;
      }
      if (command || event.altKey || event.shiftKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'n' || event.key === 'N') {
        const { tab: current } = useSessionsStore.getState();
        if (current !== 'sessions' && !useAppStore.getState().openId) return;
        event.preventDefault();
        setQuickLogOpen(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setQuickLogOpen]);

  // The flash belongs to the screen it was made for.
  useEffect(() => {
    if (!flash || openId) return;
    const timer = setTimeout(() => setFlash(null), 6000);
    return () => clearTimeout(timer);
  }, [flash, openId, setFlash]);

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((item) => item.id === tab);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const target = tabs[next];
    if (!target) return;
    setTab(target.id);
    document.getElementById(`${tabsId}-${target.id}`)?.focus();
  }

  const logButton = (
    <button
      type="button"
      className="button primary"
      onClick={() => setQuickLogOpen(true)}
      aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+L N`}
    >
      <ActionIcon name="plus" />
      {t('page.log')}
      <Kbd>{isMac ? '⌘L' : 'Ctrl L'}</Kbd>
    </button>
  );

  const quickLog = quickLogOpen ? (
    <SessionForm
      onClose={() => setQuickLogOpen(false)}
      onSaved={(session) => {
        setLastEngagement(session.engagementId);
        setQuickLogOpen(false);
        setTab('sessions');
        setFlash(session.attendance === 'scheduled' ? t('flash.scheduled') : t('flash.logged'));
        reload();
        open('sessions', session.id);
      }}
    />
  ) : null;

  if (openId) {
    return (
      <>
        <SessionPage key={openId} id={openId} />
        {quickLog}
      </>
    );
  }

  return (
    <div className="ses-page ses-section" data-fill={tab === 'sessions' || undefined}>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} actions={logButton} />
      <div className="tabs ses-tabs" role="tablist" aria-label={t('page.tabsLabel')} onKeyDown={onTabKey}>
        {tabs.map((item) => (
          <button
            key={item.id}
            id={`${tabsId}-${item.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === item.id}
            aria-controls={`${tabsId}-panel`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setTab(item.id)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      {flash ? (
        <div className="ses-flash" role="status">
          {flash}
        </div>
      ) : null}
      <div
        id={`${tabsId}-panel`}
        role="tabpanel"
        aria-labelledby={`${tabsId}-${tab}`}
        className="ses-tabpanel"
        data-tab={tab}
      >
        {tab === 'sessions' ? (
          <SessionList onLog={() => setQuickLogOpen(true)} focusOnOpen={closed !== null} />
        ) : null}
        {tab === 'agenda' ? <AgendaView /> : null}
        {tab === 'follow-ups' ? <FollowUpsView /> : null}
        {tab === 'received' ? <ReceivedPanel /> : null}
      </div>
      {quickLog}
    </div>
  );
}
