import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CoachProfile, credentialBodies, type HeldCredential } from '../../../electron/shared/profile';
import { ApiError, errorMessage } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/FormControls';
import { SignaturePad } from '../agreements/SignaturePad';
import { useProfileStore } from './profile-store';
import { SaveFooter } from './SaveFooter';
import './profile.css';

const MAX_SIGNATURE_BYTES = 512 * 1024;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A credential row while editing, with a key that survives removing the rows above it. */
type Row = HeldCredential & { key: number };
type Draft = Omit<CoachProfile, 'credentials'> & { credentials: Row[] };
let nextRowKey = 0;
const withKeys = (profile: CoachProfile): Draft => ({
  ...profile,
  credentials: profile.credentials.map((c) => ({ ...c, key: nextRowKey++ })),
});

type Errors = Partial<Record<'name' | 'email' | 'signature' | 'form' | `credential-${number}`, string>>;

/** Name, credentials, email and signature: how the coach appears on exported documents. */
export function ProfileCard() {
  const { t } = useTranslation(['profile', 'common']);
  const stored = useProfileStore((s) => s.profile);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [drawing, setDrawing] = useState<string | null | undefined>(undefined);
  const headingId = useId();

  useEffect(() => {
    if (stored) setDraft(withKeys(stored));
  }, [stored]);

  if (!draft) return <section className="card settings-card" aria-busy="true" aria-labelledby={headingId} />;

  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const updateCredential = (index: number, patch: Partial<HeldCredential>) =>
    update({ credentials: draft.credentials.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  function validate(profile: Draft): Errors {
    const found: Errors = {};
    if (!profile.name.trim()) found.name = t('profile.errors.name');
    if (profile.email.trim() && !EMAIL.test(profile.email.trim())) found.email = t('profile.errors.email');
    profile.credentials.forEach((c, i) => {
      if (!c.credential.trim()) found[`credential-${i}`] = t('profile.errors.credential');
    });
    return found;
  }

  async function save() {
    if (!draft) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await useProfileStore.getState().saveProfile({
        ...draft,
        name: draft.name.trim(),
        email: draft.email.trim(),
        credentials: draft.credentials.map(({ key: _key, ...c }) => ({
          ...c,
          credential: c.credential.trim(),
          memberNumber: c.memberNumber.trim(),
        })),
      });
      setSaved(true);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      setErrors(
        field === 'name' || field === 'email'
          ? { [field]: errorMessage(error) }
          : { form: errorMessage(error) },
      );
    } finally {
      setBusy(false);
    }
  }

  async function chooseImage(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.type !== 'image/png') return setErrors({ signature: t('profile.errors.notPng') });
    if (file.size > MAX_SIGNATURE_BYTES) return setErrors({ signature: t('profile.errors.tooLarge') });
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    setErrors({});
    update({ signature: dataUrl });
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <div className="settings-card-head">
        <h2 id={headingId}>{t('profile.heading')}</h2>
        <p className="muted">{t('profile.intro')}</p>
      </div>
      <form
        className="settings-form form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('profile.name')}
          hint={t('profile.nameHint')}
          value={draft.name}
          autoComplete="name"
          error={errors.name}
          onChange={(e) => update({ name: e.target.value })}
        />
        <Field
          label={t('profile.email')}
          hint={t('profile.emailHint')}
          type="email"
          value={draft.email}
          autoComplete="email"
          error={errors.email}
          onChange={(e) => update({ email: e.target.value })}
        />

        <fieldset className="profile-credentials">
          <legend>{t('profile.credentials')}</legend>
          <p className="field-hint">{t('profile.credentialsHint')}</p>
          {draft.credentials.length === 0 ? <p className="muted">{t('profile.noCredentials')}</p> : null}
          {draft.credentials.map((c, i) => (
            <fieldset className="profile-credential" key={c.key}>
              <legend className="sr-only">{t('profile.credentialRow', { n: i + 1 })}</legend>
              <div className="profile-credential-row">
                <SelectField
                  label={t('profile.body')}
                  value={c.body}
                  onChange={(e) => updateCredential(i, { body: e.target.value as HeldCredential['body'] })}
                >
                  {credentialBodies.map((b) => (
                    <option key={b} value={b}>
                      {b === 'other' ? t('profile.otherBody') : b}
                    </option>
                  ))}
                </SelectField>
                <Field
                  label={t('profile.credential')}
                  placeholder={t('profile.credentialPlaceholder')}
                  value={c.credential}
                  error={errors[`credential-${i}`]}
                  onChange={(e) => updateCredential(i, { credential: e.target.value })}
                />
                <Field
                  label={t('profile.memberNumber')}
                  value={c.memberNumber}
                  onChange={(e) => updateCredential(i, { memberNumber: e.target.value })}
                />
                <button
                  type="button"
                  className="button ghost"
                  aria-label={t('profile.removeCredential', { n: i + 1 })}
                  onClick={() => update({ credentials: draft.credentials.filter((_, j) => j !== i) })}
                >
                  {t('common:actions.remove')}
                </button>
              </div>
            </fieldset>
          ))}
          {draft.credentials.length < 10 ? (
            <div>
              <button
                type="button"
                className="button"
                onClick={() =>
                  update({
                    credentials: [
                      ...draft.credentials,
                      { body: 'ICF', credential: '', memberNumber: '', key: nextRowKey++ },
                    ],
                  })
                }
              >
                {t('profile.addCredential')}
              </button>
            </div>
          ) : null}
        </fieldset>

        <fieldset className="profile-signature">
          <legend>{t('profile.signature')}</legend>
          <p className="field-hint" id={`${headingId}-sig-hint`}>
            {t('profile.signatureHint')}
          </p>
          {draft.signature ? (
            <img
              className="profile-signature-preview"
              src={draft.signature}
              alt={t('profile.signaturePreview')}
            />
          ) : (
            <p className="muted">{t('profile.noSignature')}</p>
          )}
          {drawing !== undefined ? (
            <div className="profile-signature-draw">
              <SignaturePad label={t('profile.drawLabel')} onChange={setDrawing} />
              <div className="settings-actions">
                <button
                  type="button"
                  className="button"
                  disabled={drawing === null}
                  onClick={() => {
                    update({ signature: drawing });
                    setDrawing(undefined);
                  }}
                >
                  {t('profile.useDrawing')}
                </button>
                <button type="button" className="button ghost" onClick={() => setDrawing(undefined)}>
                  {t('common:actions.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="settings-actions">
              <label className="button profile-file-button">
                {t('profile.chooseImage')}
                <input
                  type="file"
                  accept="image/png"
                  className="sr-only"
                  aria-describedby={`${headingId}-sig-hint`}
                  onChange={(e) => void chooseImage(e)}
                />
              </label>
              <button type="button" className="button" onClick={() => setDrawing(null)}>
                {t('profile.drawInstead')}
              </button>
              {draft.signature ? (
                <button type="button" className="button ghost" onClick={() => update({ signature: null })}>
                  {t('profile.removeSignature')}
                </button>
              ) : null}
            </div>
          )}
          {errors.signature ? (
            <div className="field-error" role="alert">
              {errors.signature}
            </div>
          ) : null}
        </fieldset>

        <SaveFooter
          error={errors.form}
          busy={busy}
          saved={saved}
          saveLabel={t('profile.save')}
          savedLabel={t('profile.saved')}
        />
      </form>
    </section>
  );
}
