import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
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
import { localToday } from './format';

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

const NAME_CHOICES = [
  { value: 'full', label: 'Full names' },
  { value: 'initials', label: 'Initials' },
  { value: 'codes', label: 'Codes' },
] as const satisfies readonly { value: ReportNameStyle; label: string }[];

type LogKey = Exclude<ReportKey, 'employerLetterPdf'>;

interface Group {
  label: string;
  hint: string;
  formats: [LogKey, string][];
}

const GROUPS: Group[] = [
  {
    label: 'Client coaching log',
    hint: 'The ICF log: clients, dates, paid and pro bono hours.',
    formats: [
      ['hourLogPdf', 'PDF'],
      ['hourLogXlsx', 'Excel'],
      ['hourLogCsv', 'CSV'],
    ],
  },
  {
    label: 'Session log',
    hint: 'Every session and manual entry, with totals.',
    formats: [['sessionLogPdf', 'PDF']],
  },
  {
    label: 'Mentor coaching and CCE',
    hint: 'Coaching you received and continuing education.',
    formats: [['mentorCcePdf', 'PDF']],
  },
];

/**
 * "Exports" in the page header: a popover with the naming options and one button per
 * report. Each asks main where to save; the path written comes back to `onSaved`.
 */
export function ExportsMenu({ onSaved }: { onSaved: (path: string) => void }) {
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

  const groups = GROUPS.map((g) => ({ ...g, formats: g.formats.filter(([key]) => reports[key]) })).filter(
    (g) => g.formats.length > 0,
  );
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
        <ActionIcon name="arrowOut" size={16} /> Exports
      </button>
      {open ? (
        <div id={panelId} ref={panelRef} className="hours-exports-panel" role="dialog" aria-label="Exports">
          <RadioGroup
            legend="Client names"
            name="export-names"
            value={names}
            choices={NAME_CHOICES}
            onChange={setNames}
            columns={3}
          />
          <CheckboxField
            label="Leave out clients who have not agreed to be listed"
            checked={omitUnlisted}
            onChange={(e) => setOmitUnlisted(e.target.checked)}
            hint="Their hours still count in the totals."
          />
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          <ul className="hours-exports-list">
            {groups.map((group) => (
              <li key={group.label} className="hours-export-row">
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
                        aria-label={`${group.label} as ${format}`}
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
                  <div className="hours-export-label">Employer letter</div>
                  <div className="hours-export-hint">
                    For internal coaching under a confidentiality policy.
                  </div>
                </div>
                <div className="hours-export-formats">
                  <button
                    type="button"
                    className="hours-export-format"
                    aria-label="Employer letter…"
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
          <p className="muted small">You choose where each file is saved. Nothing leaves this computer.</p>
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
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (!(key in found)) found[key] = issue.message;
      }
      setErrors(found);
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
    <Dialog
      title="Employer confidentiality letter"
      description="For internal coaching you cannot list by name: a letter for the organisation to sign, with your hours and number of clients for the period."
      onClose={onClose}
      size="large"
    >
      <form className="hours-form" onSubmit={submit} noValidate aria-label="Employer confidentiality letter">
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="field-row">
            <Field label="Organisation" {...field('organisation')} />
            <Field
              label="Your role there"
              {...field('coachRole')}
              hint="For example: Internal coach, People Development."
            />
          </div>
          <div className="field-row">
            <Field label="Contact name" {...field('contactName')} />
            <Field label="Contact role" {...field('contactRole')} />
          </div>
          <Field label="Contact email or phone" {...field('contactDetails')} />
          <TextAreaField
            label="Confidentiality policy"
            {...field('policy')}
            hint="The policy that stops you listing clients by name, in a sentence or two."
          />
          <div className="field-row">
            <Field label="Period from" type="date" {...field('from')} />
            <Field label="Period to" type="date" {...field('to')} />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save letter as PDF…
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
