import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Engagement,
  type EngagementFieldsInput,
  engagementFields,
  engagementKinds,
  engagementStatuses,
  feeArrangements,
  focusKinds,
  frequencies,
  multiClientKinds,
  type Participant,
  sponsorKinds,
} from '../../../electron/shared/engagements';
import type { PracticeDefaults } from '../../../electron/shared/profile';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, SelectField, TextAreaField } from '../../components/FormControls';
import { useFocusFirstInvalid } from '../../components/focus';
import { i18n } from '../../i18n';
import { Avatar } from '../clients/bits';
import { fieldKey, issuesToErrors, today } from '../clients/format';
import { useProfileStore } from '../settings/profile-store';
import { ClientPicker } from './ClientPicker';
import {
  engagementStatusLabels,
  feeLabels,
  focusHints,
  focusLabels,
  frequencyLabels,
  kindHints,
  kindLabels,
  sponsorKindLabels,
} from './labels';
import { minorToInput, parseMoney } from './money';

type Kind = Engagement['kind'];

interface Values {
  title: string;
  kind: Kind;
  participants: Participant[];
  focus: Engagement['focus'];
  focusDescription: string;
  sponsorName: string;
  sponsorKind: Engagement['sponsorKind'];
  sponsorContact: string;
  feeArrangement: Engagement['feeArrangement'];
  fee: string;
  currency: string;
  startDate: string;
  endDate: string;
  plannedSessions: string;
  frequency: Engagement['frequency'];
  sessionMinutes: string;
  status: Engagement['status'];
}

const currencies = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'MXN',
  'BRL',
  'JPY',
  'INR',
  'ZAR',
  'SGD',
];

function valuesOf(client: Participant, engagement?: Engagement, defaults?: PracticeDefaults | null): Values {
  return {
    title: engagement?.title ?? '',
    kind: engagement?.kind ?? 'individual',
    participants: engagement?.participants ?? [client],
    focus: engagement?.focus ?? 'whole-person',
    focusDescription: engagement?.focusDescription ?? '',
    sponsorName: engagement?.sponsorName ?? '',
    sponsorKind: engagement?.sponsorKind ?? '',
    sponsorContact: engagement?.sponsorContact ?? '',
    feeArrangement: engagement?.feeArrangement ?? defaults?.feeArrangement ?? 'per-session',
    fee: engagement ? minorToInput(engagement.feeMinor, engagement.currency) : '',
    currency: engagement?.currency ?? defaults?.currency ?? 'USD',
    startDate: engagement?.startDate ?? today(),
    endDate: engagement?.endDate ?? '',
    plannedSessions: engagement?.plannedSessions ? String(engagement.plannedSessions) : '',
    frequency: engagement?.frequency ?? '',
    sessionMinutes: String(engagement?.sessionMinutes ?? defaults?.sessionMinutes ?? 60),
    status: engagement?.status ?? 'active',
  };
}

function wholeNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

const hasFee = (arrangement: Engagement['feeArrangement']) =>
  arrangement === 'per-session' || arrangement === 'package' || arrangement === 'barter';

/** Builds the contract input, with the errors only the form can know (amounts and numbers as typed). */
function toInput(values: Values): { input: EngagementFieldsInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const currency = values.currency.trim().toUpperCase();
  let feeMinor: number | null = null;
  if (hasFee(values.feeArrangement)) {
    const money = parseMoney(values.fee, currency);
    if (money.ok) feeMinor = money.minor;
    else errors.feeMinor = money.message;
  }
  const planned = wholeNumber(values.plannedSessions);
  if (planned === 'invalid') errors.plannedSessions = i18n.t('engagements:form.wholeSessions');
  const minutes = wholeNumber(values.sessionMinutes);
  if (minutes === 'invalid' || minutes === null) {
    errors.sessionMinutes = i18n.t('engagements:form.minutesNeeded');
  }
  return {
    input: {
      title: values.title,
      kind: values.kind,
      participantIds: values.participants.map((p) => p.id),
      focus: values.focus,
      focusDescription: values.focusDescription,
      sponsorName: values.sponsorName,
      sponsorKind: values.sponsorKind,
      sponsorContact: values.sponsorContact,
      feeArrangement: values.feeArrangement,
      feeMinor,
      currency,
      startDate: values.startDate,
      endDate: values.endDate || null,
      plannedSessions: typeof planned === 'number' ? planned : null,
      frequency: values.frequency,
      sessionMinutes: typeof minutes === 'number' ? minutes : 60,
      status: values.status,
    },
    errors,
  };
}

/** Maps schema paths onto the form's controls. */
const controlOf: Record<string, keyof Values> = {
  participantIds: 'participants',
  feeMinor: 'fee',
};

/** New engagement from a client page, or edit one from its card. */
export function EngagementForm({
  client,
  engagement,
  onClose,
  onSaved,
}: {
  client: Participant;
  engagement?: Engagement;
  onClose: () => void;
  onSaved: (engagement: Engagement) => void;
}) {
  const { t } = useTranslation(['engagements', 'common']);
  // A new engagement starts from the practice defaults (Settings › Profile), loaded when the app unlocks.
  const [values, setValues] = useState<Values>(() =>
    valuesOf(client, engagement, useProfileStore.getState().defaults),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const { input, errors: localErrors } = toInput(values);
  const parsed = engagementFields.safeParse(input);
  const schemaErrors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const clientErrors: Record<string, string> = {};
  for (const [key, message] of Object.entries({ ...schemaErrors, ...localErrors })) {
    const control = controlOf[key] ?? key;
    if (!(control in clientErrors)) clientErrors[control] = message;
  }
  const valid = parsed.success && Object.keys(localErrors).length === 0;
  const errorFor = (field: keyof Values): string | undefined =>
    serverErrors[field] ?? (submitted || touched.has(field) ? clientErrors[field] : undefined);

  function set<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (serverErrors[field]) setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  }
  const touch = (field: keyof Values) => () => {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  };

  function setKind(kind: Kind) {
    const multi = multiClientKinds.includes(kind);
    setValues((current) => {
      const wasMulti = multiClientKinds.includes(current.kind);
      // One-to-one kinds are with this client; a group starts from whoever was chosen.
      const participants = multi ? current.participants : wasMulti ? [client] : current.participants;
      return { ...current, kind, participants: multi ? participants : participants.slice(0, 1) };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    if (!valid || !parsed.success) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const saved = engagement
        ? await unwrap(api().engagements.update({ id: engagement.id, fields: parsed.data }))
        : await unwrap(api().engagements.create(parsed.data));
      onSaved(saved);
    } catch (error) {
      const key = error instanceof ApiError ? fieldKey(error.field) : undefined;
      const control = key ? (controlOf[key] ?? key) : undefined;
      if (error instanceof ApiError && control && control in values) {
        setServerErrors({ [control]: error.message });
        focusFirstInvalid();
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  }

  const multi = multiClientKinds.includes(values.kind);
  const title = engagement ? t('form.editTitle', { title: engagement.title }) : t('form.newTitle');
  const showSponsor = values.kind === 'sponsored' || values.sponsorKind !== '' || values.sponsorName !== '';

  return (
    <Dialog
      title={title}
      description={engagement ? undefined : t('form.description')}
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
          <section className="form-section" aria-labelledby="engagement-form-what">
            <h3 id="engagement-form-what">{t('form.what')}</h3>
            <Field
              label={t('form.title')}
              dir="auto"
              autoComplete="off"
              placeholder={t('form.titlePlaceholder')}
              data-autofocus
              value={values.title}
              onChange={(e) => set('title', e.target.value)}
              onBlur={touch('title')}
              error={errorFor('title')}
            />
            <RadioGroup
              legend={t('form.kind')}
              name="engagement-kind"
              value={values.kind}
              choices={engagementKinds.map((kind) => ({
                value: kind,
                label: kindLabels[kind],
                hint: kindHints[kind],
              }))}
              onChange={setKind}
              error={errorFor('kind')}
              columns={3}
            />
            {multi ? (
              <ClientPicker
                label={t('form.participants')}
                value={values.participants}
                onChange={(participants) => set('participants', participants)}
                error={errorFor('participants')}
                hint={t('form.participantsHint')}
              />
            ) : (
              <div className="field">
                <span className="field-label" id="engagement-form-client">
                  {t('form.client')}
                </span>
                <ul className="picker-chosen" aria-labelledby="engagement-form-client">
                  {values.participants.map((p) => (
                    <li key={p.id} className="picker-chip">
                      <Avatar id={p.id} name={p.fullName} />
                      <span dir="auto">{p.fullName}</span>
                    </li>
                  ))}
                </ul>
                {errorFor('participants') ? (
                  <div className="field-error" role="alert">
                    {errorFor('participants')}
                  </div>
                ) : null}
              </div>
            )}
          </section>

          <section className="form-section" aria-labelledby="engagement-form-focus">
            <h3 id="engagement-form-focus">{t('form.focus')}</h3>
            <RadioGroup
              legend={t('form.focusLegend')}
              name="engagement-focus"
              value={values.focus}
              choices={focusKinds.map((focus) => ({
                value: focus,
                label: focusLabels[focus],
                hint: focusHints[focus],
              }))}
              onChange={(focus) => set('focus', focus)}
              error={errorFor('focus')}
              columns={3}
            />
            <TextAreaField
              label={t('form.focusDescription')}
              dir="auto"
              rows={2}
              placeholder={t('form.focusDescriptionPlaceholder')}
              value={values.focusDescription}
              onChange={(e) => set('focusDescription', e.target.value)}
              onBlur={touch('focusDescription')}
              error={errorFor('focusDescription')}
            />
          </section>

          <section className="form-section" aria-labelledby="engagement-form-terms">
            <h3 id="engagement-form-terms">{t('form.terms')}</h3>
            <div className="form-grid three">
              <SelectField
                label={t('form.feeArrangement')}
                value={values.feeArrangement}
                onChange={(e) => set('feeArrangement', e.target.value as Engagement['feeArrangement'])}
                error={errorFor('feeArrangement')}
              >
                {feeArrangements.map((fee) => (
                  <option key={fee} value={fee}>
                    {feeLabels[fee]}
                  </option>
                ))}
              </SelectField>
              {hasFee(values.feeArrangement) ? (
                <>
                  <Field
                    label={values.feeArrangement === 'package' ? t('form.packageFee') : t('form.fee')}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="150.00"
                    value={values.fee}
                    onChange={(e) => set('fee', e.target.value)}
                    onBlur={touch('fee')}
                    error={errorFor('fee')}
                    hint={values.feeArrangement === 'barter' ? t('form.barterHint') : undefined}
                  />
                  <Field
                    label={t('form.currency')}
                    list="engagement-form-currencies"
                    autoComplete="off"
                    maxLength={3}
                    value={values.currency}
                    onChange={(e) => set('currency', e.target.value.toUpperCase())}
                    onBlur={touch('currency')}
                    error={errorFor('currency')}
                  />
                  <datalist id="engagement-form-currencies">
                    {currencies.map((c) => (
                      <option key={c} value={c} />
                    ))}
                  </datalist>
                </>
              ) : null}
            </div>
            <div className="form-grid three">
              <Field
                label={t('form.startDate')}
                type="date"
                value={values.startDate}
                onChange={(e) => set('startDate', e.target.value)}
                onBlur={touch('startDate')}
                error={errorFor('startDate')}
              />
              <Field
                label={t('form.endDate')}
                type="date"
                value={values.endDate}
                onChange={(e) => set('endDate', e.target.value)}
                onBlur={touch('endDate')}
                error={errorFor('endDate')}
                hint={t('form.endDateHint')}
              />
              <SelectField
                label={t('form.status')}
                value={values.status}
                onChange={(e) => set('status', e.target.value as Engagement['status'])}
                error={errorFor('status')}
              >
                {engagementStatuses.map((status) => (
                  <option key={status} value={status}>
                    {engagementStatusLabels[status]}
                  </option>
                ))}
              </SelectField>
              <Field
                label={t('form.plannedSessions')}
                inputMode="numeric"
                autoComplete="off"
                placeholder={t('form.plannedSessionsPlaceholder')}
                value={values.plannedSessions}
                onChange={(e) => set('plannedSessions', e.target.value)}
                onBlur={touch('plannedSessions')}
                error={errorFor('plannedSessions')}
              />
              <SelectField
                label={t('form.frequency')}
                value={values.frequency}
                onChange={(e) => set('frequency', e.target.value as Engagement['frequency'])}
                error={errorFor('frequency')}
              >
                {frequencies.map((f) => (
                  <option key={f} value={f}>
                    {frequencyLabels[f]}
                  </option>
                ))}
              </SelectField>
              <Field
                label={t('form.sessionMinutes')}
                inputMode="numeric"
                autoComplete="off"
                value={values.sessionMinutes}
                onChange={(e) => set('sessionMinutes', e.target.value)}
                onBlur={touch('sessionMinutes')}
                error={errorFor('sessionMinutes')}
              />
            </div>
          </section>

          <section className="form-section" aria-labelledby="engagement-form-sponsor">
            <h3 id="engagement-form-sponsor">{t('form.sponsor')}</h3>
            <div className="form-grid three">
              <SelectField
                label={t('form.whoPays')}
                value={values.sponsorKind}
                onChange={(e) => set('sponsorKind', e.target.value as Engagement['sponsorKind'])}
                error={errorFor('sponsorKind')}
              >
                {sponsorKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind === '' ? t('form.clientPays') : sponsorKindLabels[kind]}
                  </option>
                ))}
              </SelectField>
              {showSponsor ? (
                <>
                  <Field
                    label={t('form.sponsorName')}
                    dir="auto"
                    autoComplete="off"
                    value={values.sponsorName}
                    onChange={(e) => set('sponsorName', e.target.value)}
                    onBlur={touch('sponsorName')}
                    error={errorFor('sponsorName')}
                  />
                  <Field
                    label={t('form.sponsorContact')}
                    dir="auto"
                    autoComplete="off"
                    placeholder={t('form.sponsorContactPlaceholder')}
                    value={values.sponsorContact}
                    onChange={(e) => set('sponsorContact', e.target.value)}
                    onBlur={touch('sponsorContact')}
                    error={errorFor('sponsorContact')}
                  />
                </>
              ) : null}
            </div>
          </section>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy
              ? t('common:state.saving')
              : engagement
                ? t('common:actions.saveChanges')
                : t('form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
