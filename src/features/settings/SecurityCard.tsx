import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../components/Dialog';
import { i18n } from '../../i18n';
import '../../components/controls.css';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SwitchField } from './SwitchField';

const IDLE_CHOICES = [0, 5, 10, 15, 30, 60];
const LOCK_SHORTCUT = navigator.platform.toLowerCase().includes('mac') ? '⌘⇧L' : 'Ctrl+Shift+L';

function idleLabel(minutes: number): string {
  if (minutes === 0) return i18n.t('settings:computer.idleNever');
  return minutes % 60 === 0
    ? i18n.t('common:units.hours', { count: minutes / 60 })
    : i18n.t('common:units.minutes', { count: minutes });
}

/** Passphrase, recovery key, and how this computer holds and locks the practice. */
export function SecurityCard() {
  return (
    <>
      <ChangePassphraseForm />
      <RecoveryKeySection />
      <ThisComputerSection />
    </>
  );
}

function RecoveryKeySection() {
  const { t } = useTranslation(['settings', 'common']);
  const hasRecoveryKey = useAppStore((s) => s.status?.hasRecoveryKey ?? false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await unwrap(api().practice.createRecoveryKey());
      // The one-time screen takes over until the coach confirms they stored the key.
      useAppStore.getState().setPendingRecoveryKey(recoveryKey);
      await useAppStore.getState().refreshStatus();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="recovery-heading">
      <div className="settings-card-head">
        <h2 id="recovery-heading">{t('recovery.heading')}</h2>
        <p className="muted">{hasRecoveryKey ? t('recovery.has') : t('recovery.none')}</p>
      </div>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('recovery.create')}
        </button>
      </div>
      {confirming ? (
        <Dialog
          title={t('recovery.confirmTitle')}
          size="small"
          onClose={() => setConfirming(false)}
          description={t('recovery.confirmDescription')}
        >
          <div className="dialog-content">
            <div className="dialog-body">
              {hasRecoveryKey ? (
                <p>
                  <Trans t={t} i18nKey="recovery.replaceWarning" components={{ strong: <strong /> }} />
                </p>
              ) : (
                <p>{t('recovery.firstKey')}</p>
              )}
              {error ? (
                <div className="form-error" role="alert">
                  {error}
                </div>
              ) : null}
            </div>
            <div className="dialog-footer">
              <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
                {t('common:actions.cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                data-autofocus
                disabled={busy}
                onClick={create}
              >
                {busy ? t('recovery.creating') : t('recovery.confirm')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

function ThisComputerSection() {
  const { t } = useTranslation(['settings', 'common']);
  const remembered = useAppStore((s) => s.status?.remembered ?? false);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const lock = useAppStore((s) => s.lock);
  const [rememberError, setRememberError] = useState<string | null>(null);
  const [rememberBusy, setRememberBusy] = useState(false);
  const [idle, setIdle] = useState<number | null>(null);
  const [idleError, setIdleError] = useState<string | null>(null);
  const [idleSaved, setIdleSaved] = useState(false);
  const idleId = useId();

  useEffect(() => {
    let live = true;
    unwrap(api().security.settings())
      .then((s) => {
        if (live) setIdle(s.idleLockMinutes);
      })
      .catch((e) => {
        if (live) setIdleError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, []);

  async function remember(on: boolean) {
    setRememberError(null);
    setRememberBusy(true);
    try {
      await applyStatus(await unwrap(api().practice.setRemembered({ remember: on })));
    } catch (e) {
      setRememberError(errorMessage(e));
    } finally {
      setRememberBusy(false);
    }
  }

  async function saveIdle(minutes: number) {
    const before = idle;
    setIdle(minutes);
    setIdleError(null);
    setIdleSaved(false);
    try {
      const saved = await unwrap(api().security.saveSettings({ idleLockMinutes: minutes }));
      setIdle(saved.idleLockMinutes);
      setIdleSaved(true);
    } catch (e) {
      setIdle(before);
      setIdleError(errorMessage(e));
    }
  }

  const choices = idle === null || IDLE_CHOICES.includes(idle) ? IDLE_CHOICES : [...IDLE_CHOICES, idle];

  return (
    <section className="card settings-card" aria-labelledby="computer-heading">
      <div className="settings-card-head">
        <h2 id="computer-heading">{t('computer.heading')}</h2>
      </div>
      <SwitchField
        label={t('computer.remember')}
        checked={remembered}
        disabled={rememberBusy}
        onChange={remember}
        error={rememberError}
        hint={remembered ? t('computer.rememberedHint') : t('computer.rememberHint')}
      />
      <div className="settings-row">
        <div className="settings-row-text">
          <label className="settings-row-label" htmlFor={idleId}>
            {t('computer.idle')}
          </label>
          <div id={`${idleId}-hint`} className="field-hint">
            {t('computer.idleHint')}
          </div>
          {idleError ? (
            <div id={`${idleId}-error`} className="field-error" role="alert">
              {idleError}
            </div>
          ) : null}
        </div>
        <div className="settings-inline">
          <output className="settings-saved">{idleSaved ? t('common:state.saved') : ''}</output>
          <div className="field settings-select">
            <select
              id={idleId}
              className="select-control"
              value={idle ?? ''}
              disabled={idle === null}
              aria-invalid={idleError ? true : undefined}
              aria-describedby={`${idleId}-hint${idleError ? ` ${idleId}-error` : ''}`}
              onChange={(e) => void saveIdle(Number(e.target.value))}
            >
              {idle === null ? <option value="">{t('common:state.loading')}</option> : null}
              {[...choices]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={m}>
                    {idleLabel(m)}
                  </option>
                ))}
            </select>
          </div>
        </div>
      </div>
      <div className="settings-row">
        <div className="settings-row-text">
          <span className="settings-row-label">{t('computer.lock')}</span>
          <div className="field-hint">{t('computer.lockHint', { shortcut: LOCK_SHORTCUT })}</div>
        </div>
        <button type="button" className="button" onClick={() => void lock()}>
          {t('computer.lockNow')}
        </button>
      </div>
    </section>
  );
}
