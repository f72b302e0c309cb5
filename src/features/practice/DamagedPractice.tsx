import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { fileNameOf, formatDateTime } from '../settings/format';
import { useSettingsStore } from '../settings/store';
import '../settings/settings.css';
import { AuthLayout } from './AuthLayout';
import { useFormErrors } from './useFormErrors';

/**
 * The practice file would not open: it is damaged, or not a Coachbook practice at all.
 * Nothing was changed. The coach can restore the newest good backup (the passphrase
 * proves it is theirs); the damaged file is kept aside, not deleted.
 */
export function DamagedPractice({ onBack }: { onBack?: () => void }) {
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
            ? `Your practice was restored from the backup of ${formatDateTime(made)}.`
            : 'Your practice was restored from the latest backup.',
          facts: [
            { label: 'Restored from', value: fileNameOf(restoredFrom), mono: true },
            { label: 'The damaged file is kept at', value: keptAsidePath, mono: true },
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
            message: `${error.message} Check that the drive with your backups is connected, then try again.`,
          }),
        );
      } else errors.fromError(error);
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title="This practice file cannot be opened"
      subtitle="The file is damaged, or it is not a Coachbook practice."
    >
      <div className="notice" role="status">
        Coachbook has <strong>not changed</strong> the file. Your passphrase was right; the problem is in the
        file itself.
      </div>
      {current ? (
        <div className="settings-damaged-file">
          <bdi className="settings-damaged-name">{current.name}</bdi>
          <span className="mono">{current.path}</span>
        </div>
      ) : null}
      <p className="muted">
        You can restore the newest backup that opens. The damaged file is first kept aside beside it, not
        deleted, in case you need it later.
      </p>
      <form className="form" onSubmit={restore} noValidate aria-label="Restore the latest backup">
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
          hint="The passphrase of this practice, to open its backups."
        />
        <div className="form-actions">
          {onBack ? (
            <button type="button" className="button ghost" onClick={onBack}>
              Back
            </button>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Restoring…' : 'Restore the latest backup'}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
