import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Client,
  type ClientFieldsInput,
  clientFields,
  type clientSources,
  editableStatuses,
} from '../../../electron/shared/clients';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup, SelectField, TextAreaField } from '../../components/FormControls';
import { useFocusFirstInvalid } from '../../components/focus';
import { currentLocale } from '../../i18n/format';
import { fieldKey, issuesToErrors, languageName, statusLabels, today } from './format';
import { useClientsStore } from './store';
import { TagInput } from './TagInput';

type EditableStatus = (typeof editableStatuses)[number];
type Source = (typeof clientSources)[number];

interface Values {
  fullName: string;
  preferredName: string;
  pronouns: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  timeZone: string;
  organisation: string;
  tags: string[];
  status: EditableStatus;
  source: Source;
  mayBeListed: boolean;
  listingConsentDate: string;
  privateNotes: string;
}

function valuesOf(client?: Client): Values {
  return {
    fullName: client?.fullName ?? '',
    preferredName: client?.preferredName ?? '',
    pronouns: client?.pronouns ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    preferredLanguage: client?.preferredLanguage ?? '',
    timeZone: client?.timeZone ?? '',
    organisation: client?.organisation ?? '',
    tags: client?.tags ?? [],
    status: client && client.status !== 'archived' ? client.status : 'active',
    source: client?.source ?? 'self',
    mayBeListed: client?.mayBeListed ?? false,
    listingConsentDate: client?.listingConsentDate ?? '',
    privateNotes: client?.privateNotes ?? '',
  };
}

function toInput(values: Values): ClientFieldsInput {
  return {
    ...values,
    listingConsentDate: values.mayBeListed && values.listingConsentDate ? values.listingConsentDate : null,
  };
}

const sources = ['self', 'referral', 'other'] as const satisfies readonly Source[];

const commonLanguages = [
  'en',
  'es',
  'pt-BR',
  'fr',
  'de',
  'it',
  'nl',
  'vi',
  'zh',
  'ja',
  'ko',
  'ar',
  'he',
  'hi',
  'ru',
  'pl',
  'tr',
  'sv',
];

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** New client, or edit one. Checked here with the same schema the main process uses; nothing is saved half-way. */
export function ClientForm({
  client,
  onClose,
  onSaved,
}: {
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}) {
  const { t, i18n } = useTranslation(['clients', 'common']);
  const [values, setValues] = useState<Values>(() => valuesOf(client));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const tags = useClientsStore((s) => s.tags);
  const zones = useMemo(timeZones, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names follow the language.
  const languageNames = useMemo(() => {
    try {
      return new Intl.DisplayNames(currentLocale(), { type: 'language' });
    } catch {
      return null;
    }
  }, [i18n.language]);
  const sourceChoices = sources.map((source) => ({
    value: source,
    label: t(`form.sources.${source}`),
    hint: t(`form.sources.${source}Hint`),
  }));

  const parsed = clientFields.safeParse(toInput(values));
  const clientErrors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const errorFor = (field: keyof Values): string | undefined =>
    serverErrors[field] ?? (submitted || touched.has(field) ? clientErrors[field] : undefined);

  function set<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (serverErrors[field]) {
      setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    }
  }

  const touch = (field: keyof Values) => () => {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    if (!parsed.success) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const saved = client
        ? await unwrap(api().clients.update({ id: client.id, fields: parsed.data }))
        : await unwrap(api().clients.create(parsed.data));
      onSaved(saved);
    } catch (error) {
      const key = error instanceof ApiError ? fieldKey(error.field) : undefined;
      if (error instanceof ApiError && key && key in values) {
        setServerErrors({ [key]: error.message });
        focusFirstInvalid();
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  }

  const title = client ? t('form.editTitle', { name: client.fullName }) : t('form.newTitle');
  return (
    <Dialog
      title={title}
      description={client ? undefined : t('form.description')}
      onClose={onClose}
      size="large"
    >
      <form ref={formRef} onSubmit={submit} noValidate aria-label={title}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <section className="form-section" aria-labelledby="client-form-who">
            <h3 id="client-form-who">{t('form.who')}</h3>
            <div className="form-grid">
              <div className="span-2">
                <Field
                  label={t('form.fullName')}
                  dir="auto"
                  autoComplete="off"
                  data-autofocus
                  value={values.fullName}
                  onChange={(e) => set('fullName', e.target.value)}
                  onBlur={touch('fullName')}
                  error={errorFor('fullName')}
                />
              </div>
              <Field
                label={t('form.preferredName')}
                dir="auto"
                autoComplete="off"
                placeholder={t('form.preferredNamePlaceholder')}
                value={values.preferredName}
                onChange={(e) => set('preferredName', e.target.value)}
                onBlur={touch('preferredName')}
                error={errorFor('preferredName')}
              />
              <Field
                label={t('form.pronouns')}
                autoComplete="off"
                placeholder={t('form.pronounsPlaceholder')}
                value={values.pronouns}
                onChange={(e) => set('pronouns', e.target.value)}
                onBlur={touch('pronouns')}
                error={errorFor('pronouns')}
              />
            </div>
          </section>

          <section className="form-section" aria-labelledby="client-form-contact">
            <h3 id="client-form-contact">{t('form.contact')}</h3>
            <div className="form-grid">
              <Field
                label={t('form.email')}
                type="email"
                autoComplete="off"
                dir="auto"
                value={values.email}
                onChange={(e) => set('email', e.target.value)}
                onBlur={touch('email')}
                error={errorFor('email')}
              />
              <Field
                label={t('form.phone')}
                type="tel"
                autoComplete="off"
                value={values.phone}
                onChange={(e) => set('phone', e.target.value)}
                onBlur={touch('phone')}
                error={errorFor('phone')}
              />
              <Field
                label={t('form.language')}
                list="client-form-languages"
                autoComplete="off"
                placeholder={t('form.languagePlaceholder')}
                value={values.preferredLanguage}
                onChange={(e) => set('preferredLanguage', e.target.value)}
                onBlur={touch('preferredLanguage')}
                error={errorFor('preferredLanguage')}
                hint={
                  values.preferredLanguage &&
                  !clientErrors.preferredLanguage &&
                  languageName(values.preferredLanguage) !== values.preferredLanguage
                    ? languageName(values.preferredLanguage)
                    : undefined
                }
              />
              <datalist id="client-form-languages">
                {commonLanguages.map((code) => (
                  <option key={code} value={code}>
                    {languageNames?.of(code) ?? code}
                  </option>
                ))}
              </datalist>
              <Field
                label={t('form.timeZone')}
                list="client-form-zones"
                autoComplete="off"
                placeholder={t('form.timeZonePlaceholder')}
                value={values.timeZone}
                onChange={(e) => set('timeZone', e.target.value)}
                onBlur={touch('timeZone')}
                error={errorFor('timeZone')}
              />
              <datalist id="client-form-zones">
                {zones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </div>
          </section>

          <section className="form-section" aria-labelledby="client-form-work">
            <h3 id="client-form-work">{t('form.work')}</h3>
            <div className="form-grid">
              <Field
                label={t('form.organisation')}
                dir="auto"
                autoComplete="off"
                placeholder={t('form.organisationPlaceholder')}
                value={values.organisation}
                onChange={(e) => set('organisation', e.target.value)}
                onBlur={touch('organisation')}
                error={errorFor('organisation')}
              />
              <SelectField
                label={t('form.status')}
                value={values.status}
                onChange={(e) => set('status', e.target.value as EditableStatus)}
                error={errorFor('status')}
                hint={client?.status === 'archived' ? t('form.archivedHint') : undefined}
              >
                {editableStatuses.map((status) => (
                  <option key={status} value={status}>
                    {statusLabels[status]}
                  </option>
                ))}
              </SelectField>
              <div className="span-2">
                <TagInput
                  label={t('form.tags')}
                  value={values.tags}
                  onChange={(next) => set('tags', next)}
                  suggestions={tags.map((t) => t.tag)}
                  error={errorFor('tags')}
                  hint={t('form.tagsHint')}
                />
              </div>
              <div className="span-2">
                <RadioGroup
                  legend={t('form.source')}
                  name="client-source"
                  value={values.source}
                  choices={sourceChoices}
                  onChange={(source) => set('source', source)}
                  error={errorFor('source')}
                  columns={3}
                />
              </div>
            </div>
          </section>

          <section className="form-section" aria-labelledby="client-form-consent">
            <h3 id="client-form-consent">{t('form.consent')}</h3>
            <CheckboxField
              label={t('form.mayBeListed')}
              hint={t('form.mayBeListedHint')}
              checked={values.mayBeListed}
              onChange={(e) => {
                set('mayBeListed', e.target.checked);
                if (!e.target.checked) set('listingConsentDate', '');
              }}
            />
            {values.mayBeListed ? (
              <div className="form-grid">
                <Field
                  label={t('form.consentDate')}
                  type="date"
                  max={today()}
                  value={values.listingConsentDate}
                  onChange={(e) => set('listingConsentDate', e.target.value)}
                  onBlur={touch('listingConsentDate')}
                  error={errorFor('listingConsentDate')}
                />
              </div>
            ) : null}
          </section>

          <section className="form-section" aria-labelledby="client-form-notes">
            <h3 id="client-form-notes">{t('form.notes')}</h3>
            <TextAreaField
              label={t('form.notes')}
              className="label-hidden"
              dir="auto"
              rows={4}
              placeholder={t('form.notesPlaceholder')}
              hint={t('form.notesHint')}
              value={values.privateNotes}
              onChange={(e) => set('privateNotes', e.target.value)}
              onBlur={touch('privateNotes')}
              error={errorFor('privateNotes')}
            />
          </section>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common:state.saving') : client ? t('common:actions.saveChanges') : t('form.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
