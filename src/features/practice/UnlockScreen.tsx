import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { AuthLayout } from './AuthLayout';
import { DamagedPractice } from './DamagedPractice';
import { PassphraseField } from './PassphraseField';
import { useFormErrors } from './useFormErrors';

export function UnlockScreen() {
  const { t } = useTranslation(['practice', 'common']);
  const status = useAppStore((s) => s.status);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const setCreatingPractice = useAppStore((s) => s.setCreatingPractice);
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const [busy, setBusy] = useState(false);
  const [damaged, setDamaged] = useState(false);
  const errors = useFormErrors();
  const current = status?.current;
  const others = status?.known.filter((p) => p.path !== current?.path) ?? [];
  const remembered = status?.remembered ?? false;

  // A practice remembered on this computer opens from the keychain without typing.
  useEffect(() => {
    if (!remembered) return;
    unwrap(api().practice.unlockRemembered())
      .then((next) => applyStatus(next))
      .catch(() => {});
  }, [remembered, applyStatus]);

  if (recovering) return <RecoverForm onCancel={() => setRecovering(false)} />;
  if (damaged) return <DamagedPractice onBack={() => setDamaged(false)} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const unlocked = await unwrap(api().practice.unlock({ passphrase }));
      await applyStatus(remember ? await unwrap(api().practice.setRemembered({ remember: true })) : unlocked);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'practice_damaged') setDamaged(true);
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
    <AuthLayout title={current?.name ?? t('unlock.title')} subtitle={t('unlock.subtitle')} languagePicker>
      {current?.demo ? (
        <div className="auth-demo" role="note">
          <p>{t('unlock.demoNote')}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => run(() => unwrap(api().practice.openDemo()))}
          >
            {t('unlock.openDemo')}
          </button>
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate aria-label={t('unlock.form')}>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <PassphraseField
          label={t('passphrase.label')}
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={errors.fieldErrors.passphrase}
        />
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          {t('unlock.remember')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? t('unlock.busy') : t('unlock.submit')}
          </button>
        </div>
        {status?.hasRecoveryKey ? (
          <button type="button" className="button ghost" onClick={() => setRecovering(true)}>
            {t('unlock.forgot')}
          </button>
        ) : null}
      </form>
      <details className="auth-more">
        <summary>{t('unlock.another')}</summary>
        <ul className="practice-list" aria-label={t('unlock.others')}>
          {others.map((p) => (
            <li key={p.path}>
              <button
                type="button"
                className="button ghost"
                onClick={() => run(() => unwrap(api().practice.select({ path: p.path })))}
              >
                {t('unlock.switchTo', { name: p.name })}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="button ghost"
              onClick={() => run(() => unwrap(api().practice.openOther()))}
            >
              {t('setup.openFile')}
            </button>
          </li>
          <li>
            <button type="button" className="button ghost" onClick={() => setCreatingPractice(true)}>
              {t('unlock.createNew')}
            </button>
          </li>
        </ul>
      </details>
    </AuthLayout>
  );
}

function RecoverForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['practice', 'common']);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (newPassphrase !== confirm) {
      errors.setField('confirm', t('passphrase.mismatch'));
      return;
    }
    try {
      await applyStatus(await unwrap(api().practice.unlockWithRecoveryKey({ recoveryKey, newPassphrase })));
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <AuthLayout title={t('recover.title')} subtitle={t('recover.subtitle')} languagePicker>
      <form className="form" onSubmit={submit} noValidate aria-label={t('recover.form')}>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label={t('recoveryKey.label')}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
          error={errors.fieldErrors.recoveryKey}
        />
        <PassphraseField
          label={t('recover.newPassphrase')}
          autoComplete="new-password"
          value={newPassphrase}
          onChange={(e) => setNewPassphrase(e.target.value)}
          error={errors.fieldErrors.newPassphrase}
        />
        <PassphraseField
          label={t('recover.confirm')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.fieldErrors.confirm}
        />
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onCancel}>
            {t('common:actions.back')}
          </button>
          <button type="submit" className="button primary">
            {t('recover.submit')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
