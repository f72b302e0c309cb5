import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { AuthLayout } from './AuthLayout';
import { useFormErrors } from './useFormErrors';

export function UnlockScreen() {
  const status = useAppStore((s) => s.status);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const setCreatingPractice = useAppStore((s) => s.setCreatingPractice);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const current = status?.current;
  const others = status?.known.filter((p) => p.path !== current?.path) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      await applyStatus(await unwrap(api().practice.unlock({ passphrase })));
    } catch (error) {
      errors.fromError(error);
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  async function run(call: () => Promise<Parameters<typeof applyStatus>[0]>) {
    errors.clear();
    try {
      await applyStatus(await call());
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <AuthLayout title={current?.name ?? 'Unlock'} subtitle="Enter your passphrase to open this practice.">
      <form className="form" onSubmit={submit} noValidate aria-label="Unlock practice">
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={errors.fieldErrors.passphrase}
        />
        <div className="form-actions">
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
      </form>
      <details className="auth-more">
        <summary>Another practice</summary>
        <ul className="practice-list" aria-label="Other practices">
          {others.map((p) => (
            <li key={p.path}>
              <button
                type="button"
                className="button ghost"
                onClick={() => run(() => unwrap(api().practice.select({ path: p.path })))}
              >
                Switch to {p.name}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="button ghost"
              onClick={() => run(() => unwrap(api().practice.openOther()))}
            >
              Open a practice file…
            </button>
          </li>
          <li>
            <button type="button" className="button ghost" onClick={() => setCreatingPractice(true)}>
              Create a new practice…
            </button>
          </li>
        </ul>
      </details>
    </AuthLayout>
  );
}
