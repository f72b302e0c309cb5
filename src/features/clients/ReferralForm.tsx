import { type FormEvent, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type Referral, referralInput } from '../../../electron/shared/clients';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, TextAreaField } from '../../components/FormControls';
import { useFocusFirstInvalid } from '../../components/focus';
import { fieldKey, issuesToErrors, today } from './format';

/** Suggestions for the role, in the coach's language (the field stays free text). */
const roles = [
  'therapist',
  'counsellor',
  'psychologist',
  'psychiatrist',
  'physician',
  'socialWorker',
  'careerAdviser',
  'financialAdviser',
  'lawyer',
  'employer',
  'hr',
  'coach',
  'formerClient',
  'friend',
] as const;

/** Record a referral in or out, the way a coach documents the coaching/therapy boundary. */
export function ReferralForm({
  clientId,
  clientName,
  onClose,
  onSaved,
}: {
  clientId: string;
  clientName: string;
  onClose: () => void;
  onSaved: (referral: Referral) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  const [direction, setDirection] = useState<'in' | 'out'>('out');
  const [partyName, setPartyName] = useState('');
  const [partyRole, setPartyRole] = useState('');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const parsed = referralInput.safeParse({ clientId, direction, partyName, partyRole, reason, date });
  const clientErrors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const directionChoices = (['out', 'in'] as const).map((value) => ({
    value,
    label: t(`referralForm.${value}`),
    hint: t(`referralForm.${value}Hint`),
  }));
  const errorFor = (field: string) => serverErrors[field] ?? (submitted ? clientErrors[field] : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFormError(null);
    if (!parsed.success) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      onSaved(await unwrap(api().referrals.add(parsed.data)));
    } catch (error) {
      const key = error instanceof ApiError ? fieldKey(error.field) : undefined;
      if (key && key !== 'clientId') setServerErrors({ [key]: errorMessage(error) });
      else setFormError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('referralForm.title')}
      description={
        <Trans
          t={t}
          i18nKey="referralForm.description"
          values={{ name: clientName }}
          components={{ name: <bdi /> }}
        />
      }
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('referralForm.title')}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <RadioGroup
            legend={t('referralForm.direction')}
            name="referral-direction"
            value={direction}
            choices={directionChoices}
            onChange={setDirection}
            error={errorFor('direction')}
            columns={2}
          />
          <div className="form-grid">
            <Field
              label={direction === 'out' ? t('referralForm.referredTo') : t('referralForm.referredBy')}
              dir="auto"
              autoComplete="off"
              placeholder={t('referralForm.partyPlaceholder')}
              data-autofocus
              value={partyName}
              onChange={(e) => setPartyName(e.target.value)}
              error={errorFor('partyName')}
            />
            <Field
              label={t('referralForm.role')}
              list="referral-roles"
              autoComplete="off"
              placeholder={t('referralForm.rolePlaceholder')}
              value={partyRole}
              onChange={(e) => setPartyRole(e.target.value)}
              error={errorFor('partyRole')}
            />
            <datalist id="referral-roles">
              {roles.map((role) => (
                <option key={role} value={t(`referralForm.roles.${role}`)} />
              ))}
            </datalist>
            <Field
              label={t('referralForm.date')}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={errorFor('date')}
            />
          </div>
          <TextAreaField
            label={t('referralForm.reason')}
            dir="auto"
            rows={3}
            placeholder={
              direction === 'out'
                ? t('referralForm.reasonOutPlaceholder')
                : t('referralForm.reasonInPlaceholder')
            }
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errorFor('reason')}
          />
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common:state.saving') : t('referralForm.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
