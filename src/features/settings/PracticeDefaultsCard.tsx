import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feeArrangements } from '../../../electron/shared/engagements';
import type { PracticeDefaults } from '../../../electron/shared/profile';
import { ApiError, errorMessage } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/FormControls';
import { useProfileStore } from './profile-store';
import { SaveFooter } from './SaveFooter';

type Draft = Omit<PracticeDefaults, 'sessionMinutes'> & { sessionMinutes: string };
type Errors = Partial<Record<'currency' | 'sessionMinutes' | 'noteTemplateId' | 'form', string>>;

/** Currency, session length, fee arrangement and note template that new records start with. */
export function PracticeDefaultsCard() {
  const { t } = useTranslation('profile');
  const stored = useProfileStore((s) => s.defaults);
  const templates = useProfileStore((s) => s.templates);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  useEffect(() => {
    if (stored) setDraft({ ...stored, sessionMinutes: String(stored.sessionMinutes) });
  }, [stored]);

  if (!draft) return <section className="card settings-card" aria-busy="true" aria-labelledby={headingId} />;

  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  // Built-in templates have translated names; custom ones show the name the coach gave them.
  const templateName = (id: string, name: string) =>
    id === 'grow' || id === 'ccc-staircase' || id === 'free' ? t(`defaults.templates.${id}`) : name;

  async function save() {
    if (!draft) return;
    const currency = draft.currency.trim().toUpperCase();
    const minutes = Number(draft.sessionMinutes);
    const found: Errors = {};
    if (!/^[A-Z]{3}$/.test(currency)) found.currency = t('defaults.errors.currency');
    if (!/^\d+$/.test(draft.sessionMinutes.trim()) || minutes < 5 || minutes > 600) {
      found.sessionMinutes = t('defaults.errors.minutes');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await useProfileStore.getState().saveDefaults({ ...draft, currency, sessionMinutes: minutes });
      setSaved(true);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      setErrors(
        field === 'currency' || field === 'sessionMinutes' || field === 'noteTemplateId'
          ? { [field]: errorMessage(error) }
          : { form: errorMessage(error) },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <div className="settings-card-head">
        <h2 id={headingId}>{t('defaults.heading')}</h2>
        <p className="muted">{t('defaults.intro')}</p>
      </div>
      <form
        className="settings-form form profile-defaults"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('defaults.currency')}
          hint={t('defaults.currencyHint')}
          value={draft.currency}
          maxLength={3}
          autoCapitalize="characters"
          error={errors.currency}
          onChange={(e) => update({ currency: e.target.value })}
        />
        <Field
          label={t('defaults.sessionMinutes')}
          inputMode="numeric"
          value={draft.sessionMinutes}
          error={errors.sessionMinutes}
          onChange={(e) => update({ sessionMinutes: e.target.value })}
        />
        <SelectField
          label={t('defaults.feeArrangement')}
          value={draft.feeArrangement}
          onChange={(e) => update({ feeArrangement: e.target.value as PracticeDefaults['feeArrangement'] })}
        >
          {feeArrangements.map((f) => (
            <option key={f} value={f}>
              {t(`defaults.fees.${f}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('defaults.noteTemplate')}
          value={draft.noteTemplateId}
          error={errors.noteTemplateId}
          onChange={(e) => update({ noteTemplateId: e.target.value })}
        >
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {templateName(tpl.id, tpl.name)}
            </option>
          ))}
        </SelectField>
        <SaveFooter
          error={errors.form}
          busy={busy}
          saved={saved}
          saveLabel={t('defaults.save')}
          savedLabel={t('defaults.saved')}
        />
      </form>
    </section>
  );
}
