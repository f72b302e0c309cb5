import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../electron/shared/contract';
import { ApiError, api, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { PassphraseField } from '../practice/PassphraseField';
import { useFormErrors } from '../practice/useFormErrors';

/** Re-wraps the practice key under a new passphrase; the current one must be typed first. */
export function ChangePassphraseForm() {
  const { t } = useTranslation(['settings', 'common']);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setDone(false);
    if (next.length >= MIN_PASSPHRASE_LENGTH && next !== repeat) {
      errors.setField('repeat', t('passphrase.mismatch'));
      return;
    }
    setBusy(true);
    try {
      const status = await unwrap(api().practice.changePassphrase({ current, next }));
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      await applyStatus(status);
    } catch (error) {
      // A wrong current passphrase is reported against "passphrase": it belongs beside "Current".
      if (error instanceof ApiError && error.field === 'passphrase') {
        errors.setField('current', error.message);
        setCurrent('');
      } else errors.fromError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="passphrase-heading">
      <div className="settings-card-head">
        <h2 id="passphrase-heading">{t('passphrase.heading')}</h2>
        <p className="muted">{t('passphrase.intro')}</p>
      </div>
      <form className="form settings-form" onSubmit={submit} noValidate aria-label={t('passphrase.form')}>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <div className="field-row settings-field-row">
          <PassphraseField
            label={t('passphrase.current')}
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={errors.fieldErrors.current}
          />
        </div>
        <div className="field-row settings-field-row">
          <PassphraseField
            label={t('passphrase.new')}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            error={errors.fieldErrors.next}
            showStrength
          />
          <PassphraseField
            label={t('passphrase.repeat')}
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={errors.fieldErrors.repeat}
          />
        </div>
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('passphrase.changing') : t('passphrase.submit')}
          </button>
          {done ? <output className="settings-saved">{t('passphrase.changed')}</output> : null}
        </div>
      </form>
    </section>
  );
}
