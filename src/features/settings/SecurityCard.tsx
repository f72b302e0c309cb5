import { useEffect, useId, useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../components/Dialog';
import '../../components/controls.css';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SwitchField } from './SwitchField';

const IDLE_CHOICES = [0, 5, 10, 15, 30, 60];
const LOCK_SHORTCUT = navigator.platform.toLowerCase().includes('mac') ? '⌘⇧L' : 'Ctrl+Shift+L';

function idleLabel(minutes: number): string {
  if (minutes === 0) return 'Never';
  if (minutes === 60) return '1 hour';
  return minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
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
        <h2 id="recovery-heading">Recovery key</h2>
        <p className="muted">
          {hasRecoveryKey
            ? 'This practice has a recovery key: the way back in if you forget your passphrase. Make a new one if it is lost or someone else may have seen it.'
            : 'This practice has no recovery key. Without one, a forgotten passphrase means your records cannot be opened.'}
        </p>
      </div>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Create a new recovery key…
        </button>
      </div>
      {confirming ? (
        <Dialog
          title="Create a new recovery key?"
          size="small"
          onClose={() => setConfirming(false)}
          description="You will see the new key once, to write down or save as a printable PDF."
        >
          <div className="dialog-content">
            <div className="dialog-body">
              {hasRecoveryKey ? (
                <p>
                  Your current recovery key <strong>stops working</strong> as soon as the new one is made. Any
                  copy of it, printed or saved, will no longer open this practice.
                </p>
              ) : (
                <p>The key opens this practice if you ever forget your passphrase.</p>
              )}
              {error ? (
                <div className="form-error" role="alert">
                  {error}
                </div>
              ) : null}
            </div>
            <div className="dialog-footer">
              <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="button primary"
                data-autofocus
                disabled={busy}
                onClick={create}
              >
                {busy ? 'Creating…' : 'Create new key'}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

function ThisComputerSection() {
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
        <h2 id="computer-heading">On this computer</h2>
      </div>
      <SwitchField
        label="Remember on this computer"
        checked={remembered}
        disabled={rememberBusy}
        onChange={remember}
        error={rememberError}
        hint={
          remembered
            ? 'This practice opens without the passphrase on this computer, using the system keychain. Anyone using your account here can open it.'
            : 'Opens this practice without typing the passphrase, using the system keychain. Only on a computer no one else uses.'
        }
      />
      <div className="settings-row">
        <div className="settings-row-text">
          <label className="settings-row-label" htmlFor={idleId}>
            Lock when this computer is idle for
          </label>
          <div id={`${idleId}-hint`} className="field-hint">
            Coachbook closes the practice after this long without use, so an unattended screen shows nothing.
          </div>
          {idleError ? (
            <div id={`${idleId}-error`} className="field-error" role="alert">
              {idleError}
            </div>
          ) : null}
        </div>
        <div className="settings-inline">
          <output className="settings-saved">{idleSaved ? 'Saved' : ''}</output>
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
              {idle === null ? <option value="">Loading…</option> : null}
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
          <span className="settings-row-label">Lock the practice</span>
          <div className="field-hint">
            Closes it and clears it from memory until the passphrase is typed again. Shortcut: {LOCK_SHORTCUT}
          </div>
        </div>
        <button type="button" className="button" onClick={() => void lock()}>
          Lock now
        </button>
      </div>
    </section>
  );
}
