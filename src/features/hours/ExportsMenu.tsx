import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachbookApi } from '../../../electron/shared/api';
import type { Envelope } from '../../../electron/shared/errors';
import {
  employerLetterInput,
  type HourLogReportInput,
  type ReportNameStyle,
} from '../../../electron/shared/reports';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CheckboxField, RadioGroup, TextAreaField } from '../../components/FormControls';
import { i18n } from '../../i18n';
import { localToday } from './format';
import { issuesByField } from './validation';

type Reports = CoachbookApi['reports'];
type ReportKey = keyof Reports;

/** The report channels this build of main actually offers (another part of the app adds them). */
export function availableReports(): Partial<Reports> {
  const reports = (api() as Partial<CoachbookApi>).reports;
  if (!reports) return {};
  return Object.fromEntries(
    Object.entries(reports).filter(([, call]) => typeof call === 'function'),
  ) as Partial<Reports>;
}

/** Built at render time, so the words follow the language. */
const nameChoices = (): { value: ReportNameStyle; label: string }[] => [
  { value: 'full', label: i18n.t('hours:exports.fullNames') },
  { value: 'initials', label: i18n.t('hours:exports.initials') },
  { value: 'codes', label: i18n.t('hours:exports.codes') },
];

type LogKey = Exclude<ReportKey, 'employerLetterPdf'>;

interface Group {
  id: string;
  label: string;
  hint: string;
  /** Format names (PDF, Excel, CSV) are not translated. */
  formats: [LogKey, string][];
}

const groupsOfReports = (): Group[] => [
  {
    id: 'client-log',
    label: i18n.t('hours:exports.clientLog'),
    hint: i18n.t('hours:exports.clientLogHint'),
    formats: [
      ['hourLogPdf', 'PDF'],
      ['hourLogXlsx', 'Excel'],
      ['hourLogCsv', 'CSV'],
    ],
  },
  {
    id: 'session-log',
    label: i18n.t('hours:exports.sessionLog'),
    hint: i18n.t('hours:exports.sessionLogHint'),
    formats: [['sessionLogPdf', 'PDF']],
  },
  {
    id: 'mentor-cce',
    label: i18n.t('hours:exports.mentorCce'),
    hint: i18n.t('hours:exports.mentorCceHint'),
    formats: [['mentorCcePdf', 'PDF']],
  },
];

/**
 * "Exports" in the page header: a popover with the naming options and one button per
 * report. Each asks main where to save; the path written comes back to `onSaved`.
 */
export function ExportsMenu({ onSaved }: { onSaved: (path: string) => void }) {
  const { t } = useTranslation('hours');
  const reports = availableReports();
  const [open, setOpen] = useState(false);
  const [names, setNames] = useState<ReportNameStyle>('full');
  const [omitUnlisted, setOmitUnlisted] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [letter, setLetter] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  // Opening moves the focus into the panel (to the chosen naming option), as a popover dialog should.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input:checked, input, button')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (wrapRef.current && !wrapRef.current.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    // Tabbing out of the panel closes it too, so it never hangs open over the page.
    function onFocus(event: FocusEvent) {
      if (wrapRef.current && !wrapRef.current.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  const groups = groupsOfReports()
    .map((g) => ({ ...g, formats: g.formats.filter(([key]) => reports[key]) }))
    .filter((g) => g.formats.length > 0);
  if (groups.length === 0 && !reports.employerLetterPdf) return null;

  async function run(key: string, call: () => Promise<Envelope<string | null>>) {
    setBusy(key);
    setError(null);
    try {
      const path = await unwrap(call());
      if (path) {
        setOpen(false);
        onSaved(path);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const options: HourLogReportInput = { names, omitUnlisted };

  return (
    <div className="hours-exports" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <ActionIcon name="arrowOut" size={16} /> {t('exports.button')}
      </button>
      {open ? (
        <div
          id={panelId}
          ref={panelRef}
          className="hours-exports-panel"
          role="dialog"
          aria-label={t('exports.button')}
        >
          <RadioGroup
            legend={t('exports.names')}
            name="export-names"
            value={names}
            choices={nameChoices()}
            onChange={setNames}
            columns={3}
          />
          <CheckboxField
            label={t('exports.omitUnlisted')}
            checked={omitUnlisted}
            onChange={(e) => setOmitUnlisted(e.target.checked)}
            hint={t('exports.omitUnlistedHint')}
          />
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <ul className="hours-exports-list">
            {groups.map((group) => (
              <li key={group.id} className="hours-export-row">
                <div>
                  <div className="hours-export-label">{group.label}</div>
                  <div className="hours-export-hint">{group.hint}</div>
                </div>
                <div className="hours-export-formats">
                  {group.formats.map(([key, format]) => {
                    const call = reports[key];
                    if (!call) return null;
                    return (
                      <button
                        key={key}
                        type="button"
                        className="hours-export-format"
                        aria-label={t('exports.as', { label: group.label, format })}
                        disabled={busy !== null}
                        onClick={() =>
                          run(key, () =>
                            key === 'mentorCcePdf'
                              ? (call as Reports['mentorCcePdf'])()
                              : (call as Reports['hourLogPdf'])(options),
                          )
                        }
                      >
                        {busy === key ? '…' : format}
                      </button>
                    );
                  })}
                </div>
              </li>
            ))}
            {reports.employerLetterPdf ? (
              <li className="hours-export-row">
                <div>
                  <div className="hours-export-label">{t('exports.employerLetter')}</div>
                  <div className="hours-export-hint">{t('exports.employerLetterHint')}</div>
                </div>
                <div className="hours-export-formats">
                  <button
                    type="button"
                    className="hours-export-format"
                    aria-label={t('exports.employerLetterButton')}
                    disabled={busy !== null}
                    onClick={() => {
                      // The letter's dialog gives the focus back to Exports when it closes.
                      buttonRef.current?.focus();
                      setOpen(false);
                      setLetter(true);
                    }}
                  >
                    PDF…
                  </button>
                </div>
              </li>
            ) : null}
          </ul>
          <p className="muted small">{t('exports.footnote')}</p>
        </div>
      ) : null}
      {letter && reports.employerLetterPdf ? (
        <EmployerLetterDialog
          call={reports.employerLetterPdf}
          onClose={() => setLetter(false)}
          onSaved={(path) => {
            setLetter(false);
            onSaved(path);
          }}
        />
      ) : null}
    </div>
  );
}

const LETTER_FIELDS = [
  'organisation',
  'contactName',
  'contactRole',
  'contactDetails',
  'policy',
  'from',
  'to',
  'coachRole',
] as const;

function EmployerLetterDialog({
  call,
  onClose,
  onSaved,
}: {
  call: Reports['employerLetterPdf'];
  onClose: () => void;
  onSaved: (path: string) => void;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const [values, setValues] = useState<Record<(typeof LETTER_FIELDS)[number], string>>({
    organisation: '',
    contactName: '',
    contactRole: '',
    contactDetails: '',
    policy: '',
    from: '',
    to: localToday(),
    coachRole: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = (key: (typeof LETTER_FIELDS)[number]) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = employerLetterInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const path = await unwrap(call(parsed.data));
      if (path) onSaved(path);
    } catch (error) {
      const key = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      if (key && (LETTER_FIELDS as readonly string[]).includes(key)) {
        setErrors({ [key]: (error as ApiError).message });
      } else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={t('letter.title')} description={t('letter.description')} onClose={onClose} size="large">
      <form className="hours-form" onSubmit={submit} noValidate aria-label={t('letter.title')}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="field-row">
            <Field label={t('letter.organisation')} {...field('organisation')} />
            <Field label={t('letter.coachRole')} {...field('coachRole')} hint={t('letter.coachRoleHint')} />
          </div>
          <div className="field-row">
            <Field label={t('letter.contactName')} {...field('contactName')} />
            <Field label={t('letter.contactRole')} {...field('contactRole')} />
          </div>
          <Field label={t('letter.contactDetails')} {...field('contactDetails')} />
          <TextAreaField label={t('letter.policy')} {...field('policy')} hint={t('letter.policyHint')} />
          <div className="field-row">
            <Field label={t('letter.from')} type="date" {...field('from')} />
            <Field label={t('letter.to')} type="date" {...field('to')} />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('letter.submit')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
