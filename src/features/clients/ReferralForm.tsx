import { type FormEvent, useRef, useState } from 'react';
import { type Referral, referralInput } from '../../../electron/shared/clients';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, TextAreaField } from '../../components/FormControls';
import { fieldKey, focusFirstInvalid, issuesToErrors, today } from './format';

const roles = [
  'therapist',
  'counsellor',
  'psychologist',
  'psychiatrist',
  'physician',
  'social worker',
  'career adviser',
  'financial adviser',
  'lawyer',
  'employer',
  'HR',
  'coach',
  'former client',
  'friend',
];

const directionChoices = [
  { value: 'out', label: 'I referred them on', hint: 'E.g. to a therapist when therapy is needed.' },
  { value: 'in', label: 'They were referred to me', hint: 'E.g. by a therapist, employer or client.' },
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

  const parsed = referralInput.safeParse({ clientId, direction, partyName, partyRole, reason, date });
  const clientErrors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const errorFor = (field: string) => serverErrors[field] ?? (submitted ? clientErrors[field] : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFormError(null);
    if (!parsed.success) {
      focusFirstInvalid(formRef.current);
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
      title="Add a referral"
      description={
        <>
          For <bdi>{clientName}</bdi>. Coaching is not therapy: record who you refer on, and who sent them to
          you.
        </>
      }
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Add a referral">
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <RadioGroup
            legend="Direction"
            name="referral-direction"
            value={direction}
            choices={directionChoices}
            onChange={setDirection}
            error={errorFor('direction')}
            columns={2}
          />
          <div className="form-grid">
            <Field
              label={direction === 'out' ? 'Referred to' : 'Referred by'}
              dir="auto"
              autoComplete="off"
              placeholder="Name or practice"
              data-autofocus
              value={partyName}
              onChange={(e) => setPartyName(e.target.value)}
              error={errorFor('partyName')}
            />
            <Field
              label="Their role"
              list="referral-roles"
              autoComplete="off"
              placeholder="e.g. therapist"
              value={partyRole}
              onChange={(e) => setPartyRole(e.target.value)}
              error={errorFor('partyRole')}
            />
            <datalist id="referral-roles">
              {roles.map((role) => (
                <option key={role} value={role} />
              ))}
            </datalist>
            <Field
              label="Date"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={errorFor('date')}
            />
          </div>
          <TextAreaField
            label="Reason"
            dir="auto"
            rows={3}
            placeholder={
              direction === 'out'
                ? 'What came up that is outside coaching'
                : 'Why they were referred to coaching'
            }
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errorFor('reason')}
          />
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Add referral'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
