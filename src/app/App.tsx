import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api/client';
import { RecoveryKeyScreen } from '../features/practice/RecoveryKeyScreen';
import { SetupScreen } from '../features/practice/SetupScreen';
import { UnlockScreen } from '../features/practice/UnlockScreen';
import { usePreferences } from './preferences-store';
import { Shell } from './Shell';
import { useAppStore } from './store';

export function App() {
  const { t } = useTranslation(['app', 'common']);
  const status = useAppStore((s) => s.status);
  const creatingPractice = useAppStore((s) => s.creatingPractice);
  const setCreatingPractice = useAppStore((s) => s.setCreatingPractice);
  const pendingRecoveryKey = useAppStore((s) => s.pendingRecoveryKey);
  const [startupError, setStartupError] = useState<string | null>(null);
  const preferencesLoaded = usePreferences((s) => s.preferences !== null);

  useEffect(() => {
    usePreferences
      .getState()
      .load()
      .then(() => useAppStore.getState().refreshStatus())
      .catch((error) => setStartupError(errorMessage(error)));
    // Lock from the menu, idle timer or system events arrives as a push.
    return api().on('practice.changed', (next) => {
      void useAppStore.getState().applyStatus(next);
    });
  }, []);

  if (startupError) {
    return (
      <main className="auth">
        <div className="form-error" role="alert">
          {startupError}
        </div>
      </main>
    );
  }
  if (!status || !preferencesLoaded)
    return <main className="auth" aria-busy="true" aria-label={t('loading')} />;
  if (status.state === 'no-practice') return <SetupScreen />;
  if (creatingPractice) return <SetupScreen onCancel={() => setCreatingPractice(false)} />;
  if (status.state === 'locked') return <UnlockScreen />;
  if (pendingRecoveryKey) return <RecoveryKeyScreen recoveryKey={pendingRecoveryKey} />;
  return <Shell />;
}
