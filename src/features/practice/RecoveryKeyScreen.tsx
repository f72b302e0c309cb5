import { useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { AuthLayout } from './AuthLayout';

/** Shown once after setup (or when a new key is made): the only time the recovery key is visible. */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const setPending = useAppStore((s) => s.setPendingRecoveryKey);
  const [stored, setStored] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function savePdf() {
    setError(null);
    try {
      const path = await unwrap(api().practice.saveRecoveryKeyPdf({ recoveryKey }));
      if (path) setNotice(`Saved to ${path}. Print it, then keep it somewhere safe.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <AuthLayout
      title="Your recovery key"
      subtitle="If you ever forget your passphrase, this key is the only way back into your records. Coachbook shows it once."
    >
      <output className="recovery-key" aria-label="Recovery key">
        {recoveryKey}
      </output>
      {notice ? (
        <div className="notice" role="status">
          {notice}
        </div>
      ) : null}
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="form-actions start">
        <button type="button" className="button" onClick={savePdf}>
          Save as printable PDF…
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />I have written
        it down or saved it somewhere safe
      </label>
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!stored} onClick={() => setPending(null)}>
          Continue
        </button>
      </div>
    </AuthLayout>
  );
}
