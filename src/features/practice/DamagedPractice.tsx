import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../i18n/format';
import { fileNameOf } from '../settings/format';
import { useSettingsStore } from '../settings/store';
import { PassphraseField } from './PassphraseField';
import '../settings/settings.css';
import { PathText } from '../../components/PathText';
import { AuthLayout } from './AuthLayout';
import { useFormErrors } from './useFormErrors';

/**
 * The practice file would not open: it is damaged, or not a Coachbook practice at all.
 * Nothing was changed. The coach can restore the newest good backup (the passphrase
 * proves it is theirs); the damaged file is kept aside, not deleted.
 */
export function DamagedPractice({ onBack }: { onBack?: () => void }) {
  const { t } = useTranslation(['practice', 'common']);
  const current = useAppStore((s) => s.status?.current);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  async function restore(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const { restoredFrom, keptAsidePath } = await unwrap(api().backups.restoreLatest({ passphrase }));
      // The practice is open again; say what happened where the coach lands (Settings → Backups).
      const made = await unwrap(api().backups.list())
        .then((list) => list.find((b) => b.path === restoredFrom)?.createdAt ?? null)
        .catch(() => null);
      useSettingsStore.setState({
        tab: 'backups',
        notice: {
          title: made
            ? t('damaged.restoredFrom', { date: formatDateTime(made) })
            : t('damaged.restoredLatest'),
          facts: [
            { label: t('damaged.factRestoredFrom'), value: fileNameOf(restoredFrom), mono: true },
            { label: t('damaged.factKeptAt'), value: keptAsidePath, mono: true },
          ],
        },
      });
      useAppStore.getState().go('settings');
      await useAppStore.getState().refreshStatus();
    } catch (error) {
      setPassphrase('');
      if (error instanceof ApiError && error.code === 'backup_damaged') {
        errors.fromError(
          new ApiError({
            code: error.code,
            message: t('damaged.checkDrive', { message: error.message }),
          }),
        );
      } else errors.fromError(error);
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('damaged.title')} subtitle={t('damaged.subtitle')}>
      <div className="notice" role="status">
        <Trans t={t} i18nKey="damaged.notice" components={{ strong: <strong /> }} />
      </div>
      {current ? (
        <div className="settings-damaged-file">
          <bdi className="settings-damaged-name">{current.name}</bdi>
          <span className="mono">
            <PathText path={current.path} />
          </span>
        </div>
      ) : null}
      <p className="muted">{t('damaged.explain')}</p>
      <form className="form" onSubmit={restore} noValidate aria-label={t('damaged.form')}>
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
          hint={t('damaged.passphraseHint')}
        />
        <div className="form-actions">
          {onBack ? (
            <button type="button" className="button ghost" onClick={onBack}>
              {t('common:actions.back')}
            </button>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('damaged.restoring') : t('damaged.restore')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
