import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ActivityCard } from './ActivityCard';
import { BackupsCard } from './BackupsCard';
import { PracticesCard } from './PracticesCard';
import { PreferencesCard } from './PreferencesCard';
import { ProfileTab } from './ProfileTab';
import { RetentionCard } from './RetentionCard';
import { SecurityCard } from './SecurityCard';
import { type SettingsTab, settingsTabs, useSettingsStore } from './store';
import './settings.css';
import { PathText } from '../../components/PathText';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
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
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <SettingsNotice />
      <div className="tabs settings-tabs" role="tablist" aria-label={t('page.title')} onKeyDown={onKeyDown}>
        {settingsTabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) tabRefs.current.set(name, el);
              else tabRefs.current.delete(name);
            }}
            type="button"
            role="tab"
            id={`${id}-${name}-tab`}
            className="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="settings-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}-tab`}>
        {tab === 'practice' && (
          <>
            <PracticesCard />
            <PreferencesCard />
          </>
        )}
        {tab === 'profile' && <ProfileTab />}
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
  const { t } = useTranslation(['settings', 'common']);
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
              <dd className={fact.mono ? 'mono' : undefined}>
                {fact.mono ? <PathText path={fact.value} /> : fact.value}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <button type="button" className="button ghost" onClick={() => setNotice(null)}>
        {t('page.dismiss')}
      </button>
    </div>
  );
}
