import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HoursOverview, type HoursSettings, hoursSettingsInput } from '../../../electron/shared/hours';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ruleName } from './format';
import { issuesByField } from './validation';

type Rule = HoursOverview['rules'][number];

/** Proper names: not translated. */
const BODY_NAMES: Record<string, string> = {
  ICF: 'International Coaching Federation',
  EMCC: 'European Mentoring and Coaching Council',
  CCE: 'Center for Credentialing & Education',
};

/** Ladder order within a body; rules added later (unknown ids) follow alphabetically. */
const LADDER = [
  'icf-acc',
  'icf-pcc',
  'icf-mcc',
  'icf-renewal',
  'emcc-foundation',
  'emcc-practitioner',
  'emcc-senior-practitioner',
  'emcc-master-practitioner',
  'cce-bcc',
];

function ladderIndex(id: string): number {
  const index = LADDER.indexOf(id);
  return index === -1 ? LADDER.length : index;
}

/**
 * Labels inside a body's group: the body's name and any prefix every rule shares are
 * dropped ("EMCC European Individual Accreditation: Foundation" → "Foundation"); the
 * shared prefix becomes the group's description.
 */
export function optionLabels(
  body: string,
  rules: readonly Rule[],
): { description: string; labels: string[] } {
  const withoutBody = rules.map((r) =>
    r.name.startsWith(`${body} `) ? r.name.slice(body.length + 1) : r.name,
  );
  const colon = withoutBody.map((n) => n.lastIndexOf(': '));
  const prefix = colon[0] !== undefined && colon[0] > 0 ? (withoutBody[0] ?? '').slice(0, colon[0]) : null;
  const shared =
    prefix !== null && rules.length > 1 && withoutBody.every((n) => n.startsWith(`${prefix}: `))
      ? prefix
      : null;
  const labels = shared ? withoutBody.map((n) => n.slice(shared.length + 2)) : withoutBody;
  return {
    description: shared ?? BODY_NAMES[body] ?? body,
    labels: labels.map((l) => l.charAt(0).toUpperCase() + l.slice(1)),
  };
}

export function groupRules(rules: readonly Rule[]): [string, Rule[]][] {
  const groups = new Map<string, Rule[]>();
  for (const body of ['ICF', 'EMCC', 'CCE']) groups.set(body, []);
  for (const rule of rules) {
    const list = groups.get(rule.body) ?? [];
    list.push(rule);
    groups.set(rule.body, list);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([body, list]) => [
      body,
      [...list].sort((a, b) => ladderIndex(a.id) - ladderIndex(b.id) || a.name.localeCompare(b.name)),
    ]);
}

const DATE_FIELDS = ['trainingStartDate', 'applicationDate', 'renewalDate'] as const;

/** The coach's credential targets and the dates the rules count from. */
export function TargetsDialog({
  overview,
  onClose,
  onSaved,
}: {
  overview: HoursOverview;
  onClose: () => void;
  onSaved: (settings: HoursSettings) => void;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const [targets, setTargets] = useState<string[]>(overview.settings.targets);
  const [dates, setDates] = useState({
    trainingStartDate: overview.settings.trainingStartDate ?? '',
    applicationDate: overview.settings.applicationDate ?? '',
    renewalDate: overview.settings.renewalDate ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function toggle(id: string, on: boolean) {
    setTargets((current) => (on ? [...current, id] : current.filter((t) => t !== id)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    const input = {
      targets,
      trainingStartDate: dates.trainingStartDate || null,
      applicationDate: dates.applicationDate || null,
      renewalDate: dates.renewalDate || null,
    };
    const parsed = hoursSettingsInput.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setSaving(true);
    try {
      const saved = await unwrap(api().hours.saveSettings(parsed.data));
      onSaved(saved);
    } catch (error) {
      const field = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      if (field && (field === 'targets' || (DATE_FIELDS as readonly string[]).includes(field))) {
        setErrors({ [field]: (error as ApiError).message });
      } else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  const wantsRenewal = targets.some((t) => t.includes('renewal'));

  return (
    <Dialog title={t('targets.title')} description={t('targets.description')} onClose={onClose} size="large">
      <form className="hours-form" onSubmit={submit} noValidate aria-label={t('targets.title')}>
        <div className="dialog-body">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="hours-target-groups">
            {groupRules(overview.rules.map((r) => ({ ...r, name: ruleName(r) }))).map(([body, rules]) => {
              const { description, labels } = optionLabels(body, rules);
              return (
                <fieldset key={body} className="hours-target-group">
                  <legend>{body}</legend>
                  <p className="hours-target-body">{description}</p>
                  {rules.map((rule, i) => (
                    <label key={rule.id} className="hours-target-option">
                      <input
                        type="checkbox"
                        checked={targets.includes(rule.id)}
                        onChange={(e) => toggle(rule.id, e.target.checked)}
                      />
                      <span>{labels[i]}</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </div>
          {errors.targets ? (
            <div className="field-error" role="alert">
              {errors.targets}
            </div>
          ) : null}
          <div className="hours-date-row">
            <Field
              label={t('targets.trainingStart')}
              type="date"
              value={dates.trainingStartDate}
              onChange={(e) => setDates({ ...dates, trainingStartDate: e.target.value })}
              error={errors.trainingStartDate}
              hint={t('targets.trainingStartHint')}
            />
            <Field
              label={t('targets.application')}
              type="date"
              value={dates.applicationDate}
              onChange={(e) => setDates({ ...dates, applicationDate: e.target.value })}
              error={errors.applicationDate}
              hint={t('targets.applicationHint')}
            />
            <Field
              label={t('targets.renewal')}
              type="date"
              value={dates.renewalDate}
              onChange={(e) => setDates({ ...dates, renewalDate: e.target.value })}
              error={errors.renewalDate}
              hint={wantsRenewal ? t('targets.renewalHintCe') : t('targets.renewalHintHeld')}
            />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('targets.submit')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
