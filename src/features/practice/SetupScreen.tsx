import { type FormEvent, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../electron/shared/contract';
import { api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { AuthLayout } from './AuthLayout';
import { passphraseStrength } from './passphrase-strength';
import { useFormErrors } from './useFormErrors';

/** First run (and "New practice…"): name the practice and choose its passphrase. */
export function SetupScreen({ onCancel }: { onCancel?: () => void }) {
  const applyStatus = useAppStore((s) => s.applyStatus);
  const [name, setName] = useState('');
  const [coachName, setCoachName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const strength = passphraseStrength(passphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (passphrase.length >= MIN_PASSPHRASE_LENGTH && passphrase !== confirm) {
      errors.setField('confirm', 'The two passphrases do not match.');
      return;
    }
    setBusy(true);
    try {
      const status = await unwrap(api().practice.create({ name, coachName, passphrase }));
      const { recoveryKey } = await unwrap(api().practice.createRecoveryKey());
      useAppStore.getState().setPendingRecoveryKey(recoveryKey);
      await applyStatus(status);
    } catch (error) {
      errors.fromError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title={onCancel ? 'Create another practice' : 'Set up your practice'}
      subtitle="A practice is one encrypted file on this computer holding your clients, agreements, notes and hours."
    >
      <form className="form" onSubmit={submit} noValidate aria-label="Set up your practice">
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label="Practice name"
          placeholder="e.g. Rivera Coaching"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fieldErrors.name}
        />
        <Field
          label="Your name"
          placeholder="As it should appear on agreements and hour logs"
          autoComplete="name"
          value={coachName}
          onChange={(e) => setCoachName(e.target.value)}
          error={errors.fieldErrors.coachName}
        />
        <Field
          label="Passphrase"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={errors.fieldErrors.passphrase}
          hint={
            <span className="strength" data-score={strength.score}>
              <span className="strength-bar" aria-hidden="true">
                <span />
                <span />
                <span />
                <span />
              </span>
              <span aria-live="polite">
                {strength.label ? <strong>{strength.label}. </strong> : null}
                {strength.hint}
              </span>
            </span>
          }
        />
        <Field
          label="Repeat passphrase"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.fieldErrors.confirm}
        />
        <p className="form-note">
          There is no way to reset a forgotten passphrase from outside: it is the key to your records. Write
          it down and keep it somewhere safe.
        </p>
        <div className="form-actions">
          {onCancel ? (
            <button type="button" className="button ghost" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create practice'}
          </button>
        </div>
        {onCancel ? null : (
          <p className="form-note">
            Moving from another computer?{' '}
            <button
              type="button"
              className="link"
              onClick={async () => {
                errors.clear();
                try {
                  await applyStatus(await unwrap(api().practice.openOther()));
                } catch (error) {
                  errors.fromError(error);
                }
              }}
            >
              Open a practice file…
            </button>
          </p>
        )}
      </form>
    </AuthLayout>
  );
}
