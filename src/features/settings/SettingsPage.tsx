import { type KeyboardEvent, useId, useRef } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ActivityCard } from './ActivityCard';
import { BackupsCard } from './BackupsCard';
import { PracticesCard } from './PracticesCard';
import { RetentionCard } from './RetentionCard';
import { SecurityCard } from './SecurityCard';
import { type SettingsTab, settingsTabs, useSettingsStore } from './store';
import './settings.css';

const tabLabels: Record<SettingsTab, string> = {
  practice: 'Practice',
  security: 'Security',
  backups: 'Backups',
  retention: 'Record keeping',
  activity: 'Activity',
};

export function SettingsPage() {
  const tab = useSettingsStore((s) => s.tab);
  const setTab = useSettingsStore((s) => s.setTab);
  const id = useId();
  const tabRefs = useRef(new Map<SettingsTab, HTMLButtonElement>());

  // Arrow keys move between tabs (and open them); Tab goes on into the panel.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = settingsTabs.indexOf(tab);
    const last = settingsTabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = settingsTabs[next] as SettingsTab;
    setTab(target);
    tabRefs.current.get(target)?.focus();
  }

  return (
    <div className="settings-page">
      <PageHeader
        title="Settings"
        subtitle="Your practice, its security and backups, how long records are kept, and what happened when."
      />
      <SettingsNotice />
      <div className="tabs settings-tabs" role="tablist" aria-label="Settings" onKeyDown={onKeyDown}>
        {settingsTabs.map((t) => (
          <button
            key={t}
            ref={(el) => {
              if (el) tabRefs.current.set(t, el);
              else tabRefs.current.delete(t);
            }}
            type="button"
            role="tab"
            id={`${id}-${t}-tab`}
            className="tab"
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {tabLabels[t]}
          </button>
        ))}
      </div>
      <div className="settings-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}-tab`}>
        {tab === 'practice' && <PracticesCard />}
        {tab === 'security' && <SecurityCard />}
        {tab === 'backups' && <BackupsCard />}
        {tab === 'retention' && <RetentionCard />}
        {tab === 'activity' && <ActivityCard />}
      </div>
    </div>
  );
}

/** The outcome of a restore, kept until the coach dismisses it. */
function SettingsNotice() {
  const notice = useSettingsStore((s) => s.notice);
  const setNotice = useSettingsStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div
      className={`settings-notice${notice.tone === 'error' ? ' settings-notice-error' : ''}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <div className="settings-notice-body">
        <p className="settings-notice-title">{notice.title}</p>
        <dl className="settings-notice-facts">
          {notice.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd className={fact.mono ? 'mono' : undefined}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <button type="button" className="button ghost" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
