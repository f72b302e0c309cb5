import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../electron/shared/contract';
import { api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { AuthLayout } from './AuthLayout';
import { PassphraseField } from './PassphraseField';
import { useFormErrors } from './useFormErrors';

/** First run (and "New practice…"): name the practice and choose its passphrase. */
export function SetupScreen({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation(['practice', 'common']);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const [name, setName] = useState('');
  const [coachName, setCoachName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (passphrase.length >= MIN_PASSPHRASE_LENGTH && passphrase !== confirm) {
      errors.setField('confirm', t('passphrase.mismatch'));
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
      title={onCancel ? t('setup.titleAnother') : t('setup.title')}
      subtitle={t('setup.subtitle')}
      languagePicker
    >
      <form className="form" onSubmit={submit} noValidate aria-label={t('setup.form')}>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label={t('setup.name')}
          placeholder={t('setup.namePlaceholder')}
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fieldErrors.name}
        />
        <Field
          label={t('setup.coachName')}
          placeholder={t('setup.coachNamePlaceholder')}
          autoComplete="name"
          value={coachName}
          onChange={(e) => setCoachName(e.target.value)}
          error={errors.fieldErrors.coachName}
        />
        <PassphraseField
          label={t('passphrase.label')}
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={errors.fieldErrors.passphrase}
          showStrength
        />
        <PassphraseField
          label={t('setup.confirm')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.fieldErrors.confirm}
        />
        <p className="form-note">{t('setup.warning')}</p>
        <div className="form-actions">
          {onCancel ? (
            <button type="button" className="button ghost" onClick={onCancel}>
              {t('common:actions.cancel')}
            </button>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('setup.creating') : t('setup.create')}
          </button>
        </div>
        {onCancel ? null : (
          <p className="form-note">
            {t('setup.moving')}{' '}
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
              {t('setup.openFile')}
            </button>
          </p>
        )}
      </form>
    </AuthLayout>
  );
}
