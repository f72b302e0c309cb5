import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icons';
import { Logo } from '../components/Logo';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { HoursPage } from '../features/hours/HoursPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { useProfileStore } from '../features/settings/profile-store';
import { SettingsPage } from '../features/settings/SettingsPage';
import { CommandPalette } from './CommandPalette';
import { DemoBanner } from './DemoBanner';
import { GettingStarted } from './GettingStarted';
import { type Section, sections, useAppStore } from './store';

const isMac = navigator.platform.toLowerCase().includes('mac');
const mod = isMac ? '⌘' : 'Ctrl+';

export function Shell() {
  const { t } = useTranslation(['app', 'common']);
  const section = useAppStore((s) => s.section);
  const go = useAppStore((s) => s.go);
  const profile = useAppStore((s) => s.profile);
  const lock = useAppStore((s) => s.lock);
  const [paletteOpen, setPaletteOpen] = useState(false);

  // New engagements and notes start from the practice defaults: have them ready.
  const practiceId = profile?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly opened practice (e.g. the demo) is the trigger
  useEffect(() => {
    useProfileStore
      .getState()
      .ensureDefaults()
      .catch(() => {});
  }, [practiceId]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const command = isMac ? event.metaKey : event.ctrlKey;
      if (!command || event.altKey) return;
      if (!event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
        return;
      }
      const index = Number.parseInt(event.key, 10);
      if (!event.shiftKey && index >= 1 && index <= sections.length) {
        event.preventDefault();
        go(sections[index - 1] as Section);
      } else if (event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lock();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, lock]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="sidebar-brand">
          <Logo />
          <div>
            <div className="sidebar-practice" title={profile?.name}>
              {profile?.name}
            </div>
            <div className="sidebar-coach">{profile?.coachName}</div>
          </div>
        </div>
        <ul className="nav-list">
          {sections.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="nav-item"
                aria-current={section === s ? 'page' : undefined}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${i + 1}`}
                onClick={() => go(s)}
              >
                <Icon name={s} />
                <span className="nav-label">{t(`common:sections.${s}`)}</span>
                <span className="shortcut" aria-hidden="true">
                  {mod}
                  {i + 1}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-footer">
          <button
            type="button"
            className="nav-item"
            onClick={lock}
            aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+Shift+L`}
          >
            <Icon name="lock" />
            <span className="nav-label">{t('nav.lock')}</span>
            <span className="shortcut" aria-hidden="true">
              {mod}⇧L
            </span>
          </button>
        </div>
      </nav>
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
      <main className="content" aria-label={t(`common:sections.${section}`)}>
        <DemoBanner />
        <GettingStarted />
        {section === 'clients' && <ClientsPage />}
        {section === 'sessions' && <SessionsPage />}
        {section === 'hours' && <HoursPage />}
        {section === 'agreements' && <AgreementsPage />}
        {section === 'settings' && <SettingsPage />}
      </main>
    </div>
  );
}
