import { type FormEvent, useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type ReceivedSession, receivedFields } from '../../../electron/shared/sessions';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, TextAreaField } from '../../components/FormControls';
import { i18n, messageText } from '../../i18n';
import { formatHours } from '../../i18n/format';
import {
  fieldKey,
  formatDueDay,
  formatMinutes,
  formatSessionDay,
  formatSessionTime,
  localZone,
  nowQuarterHour,
  wallClock,
  zonedToInstant,
} from './format';
import { useSessionsStore } from './store';

type Kind = ReceivedSession['kind'];
type Mode = ReceivedSession['mode'];

const kinds = ['mentor-coaching', 'supervision'] as const satisfies readonly Kind[];
const modes = ['individual', 'group'] as const satisfies readonly Mode[];

function hours(minutes: number): string {
  return i18n.t('common:units.hoursShort', { value: formatHours(minutes) });
}

/** Mentor coaching and supervision the coach received: what credentials ask them to show. */
export function ReceivedPanel() {
  const { t } = useTranslation(['sessions', 'common']);
  const received = useSessionsStore((s) => s.received);
  const loadError = useSessionsStore((s) => s.receivedError);
  const { loadReceived, setReceived } = useSessionsStore.getState();
  const [removing, setRemoving] = useState<ReceivedSession | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    loadReceived();
  }, [loadReceived]);

  const list = received ?? [];
  const sum = (filter: (r: ReceivedSession) => boolean) =>
    list.filter(filter).reduce((total, r) => total + r.durationMinutes, 0);
  const mentorAll = sum((r) => r.kind === 'mentor-coaching');
  const mentorOne = sum((r) => r.kind === 'mentor-coaching' && r.mode === 'individual');
  const mentorGroup = sum((r) => r.kind === 'mentor-coaching' && r.mode === 'group');
  const supervision = sum((r) => r.kind === 'supervision');
  const mentorDates = list
    .filter((r) => r.kind === 'mentor-coaching')
    .map((r) => r.startsAt)
    .sort();
  const supervisionCount = list.filter((r) => r.kind === 'supervision').length;

  async function remove(item: ReceivedSession) {
    setRemoveError(null);
    try {
      await unwrap(api().received.remove({ id: item.id }));
      setReceived(list.filter((r) => r.id !== item.id));
      setRemoving(null);
    } catch (e) {
      setRemoveError(errorMessage(e));
    }
  }

  return (
    <div className="ses-received">
      <div className="ses-totals">
        <div className="ses-total">
          <span className="ses-total-label">{t('received.mentorTotal')}</span>
          <span className="ses-total-value">{hours(mentorAll)}</span>
          <span className="muted small">
            {mentorDates[0]
              ? t('received.mentorSplitSince', {
                  one: hours(mentorOne),
                  group: hours(mentorGroup),
                  date: formatDueDay(wallClock(new Date(mentorDates[0]), localZone()).date),
                })
              : t('received.mentorSplit', { one: hours(mentorOne), group: hours(mentorGroup) })}
          </span>
        </div>
        <div className="ses-total">
          <span className="ses-total-label">{t('received.supervisionTotal')}</span>
          <span className="ses-total-value">{hours(supervision)}</span>
          <span className="muted small">{t('received.sessions', { count: supervisionCount })}</span>
        </div>
      </div>
      <section className="card ses-received-list" aria-labelledby={headingId}>
        <div className="ses-card-head">
          <h2 id={headingId}>{t('received.heading')}</h2>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            <ActionIcon name="plus" size={16} />
            {t('received.add')}
          </button>
        </div>
        {notice ? (
          <div className="ses-flash" role="status">
            {notice}
          </div>
        ) : null}
        {loadError ? (
          <div className="form-error" role="alert">
            {loadError}
          </div>
        ) : null}
        {received === null ? (
          <p className="muted">{t('common:state.loading')}</p>
        ) : list.length === 0 ? (
          <p className="muted">{t('received.empty')}</p>
        ) : (
          <table className="ses-received-table">
            <thead>
              <tr>
                <th scope="col">{t('received.head.date')}</th>
                <th scope="col">{t('received.head.kind')}</th>
                <th scope="col">{t('received.head.with')}</th>
                <th scope="col">{t('received.head.format')}</th>
                <th scope="col">{t('received.head.length')}</th>
                <th scope="col">
                  <span className="ses-sr-only">{t('received.head.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <td>
                    <span className="ses-nowrap">{formatSessionDay(r.startsAt, localZone())}</span>
                    <span className="muted small ses-block">
                      {formatSessionTime(r.startsAt, localZone())}
                    </span>
                  </td>
                  <td>
                    <span className="ses-kind" data-kind={r.kind}>
                      {t(`received.kind.${r.kind}`)}
                    </span>
                  </td>
                  <td>
                    <span dir="auto">{r.providerName}</span>
                    {r.providerCredential ? (
                      <span className="muted small ses-block" dir="auto">
                        {r.providerCredential}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {r.mode === 'group'
                      ? t('received.groupOf', { size: r.groupSize ?? '?' })
                      : t('received.mode.individual')}
                  </td>
                  <td className="ses-nowrap">{formatMinutes(r.durationMinutes)}</td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t(`received.removeLabel.${r.kind}`, {
                        name: r.providerName,
                        date: formatSessionDay(r.startsAt, localZone()),
                      })}
                      onClick={() => {
                        setRemoveError(null);
                        setRemoving(r);
                      }}
                    >
                      <ActionIcon name="trash" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {adding ? (
        <ReceivedForm
          onClose={() => setAdding(false)}
          onAdded={(r) => {
            setAdding(false);
            setNotice(t(`received.added.${r.kind}`, { name: r.providerName }));
            setReceived([...list, r].sort((a, b) => b.startsAt.localeCompare(a.startsAt)));
          }}
        />
      ) : null}
      {removing ? (
        <Dialog
          title={t('received.removeTitle')}
          size="small"
          tone="danger"
          onClose={() => setRemoving(null)}
        >
          <div className="dialog-body">
            <p>
              <Trans
                t={t}
                i18nKey={`received.removeBody.${removing.kind}`}
                values={{
                  name: removing.providerName,
                  date: formatSessionDay(removing.startsAt, localZone()),
                  length: formatMinutes(removing.durationMinutes),
                }}
                components={{ bdi: <bdi /> }}
              />
            </p>
            {removeError ? (
              <div className="form-error" role="alert">
                {removeError}
              </div>
            ) : null}
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" data-autofocus onClick={() => setRemoving(null)}>
              {t('received.keep')}
            </button>
            <button type="button" className="button ses-destructive" onClick={() => void remove(removing)}>
              {t('common:actions.remove')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

function ReceivedForm({ onAdded, onClose }: { onAdded: (r: ReceivedSession) => void; onClose: () => void }) {
  const { t } = useTranslation(['sessions', 'common']);
  const start = wallClock(nowQuarterHour(), localZone());
  const [kind, setKind] = useState<Kind>('mentor-coaching');
  const [providerName, setProviderName] = useState('');
  const [providerCredential, setProviderCredential] = useState('');
  const [mode, setMode] = useState<Mode>('individual');
  const [groupSize, setGroupSize] = useState('');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [minutes, setMinutes] = useState('60');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    const at = zonedToInstant(date, time, localZone());
    if (!at.ok) found.startsAt = at.message;
    const input = {
      kind,
      providerName,
      providerCredential,
      mode,
      groupSize: mode === 'group' ? (groupSize.trim() === '' ? null : Number(groupSize)) : null,
      startsAt: at.ok ? at.instant.toISOString() : '',
      durationMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      notes,
    };
    const parsed = receivedFields.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (!(key in found)) found[key] = messageText(issue.message);
      }
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onAdded(await unwrap(api().received.create(input)));
    } catch (e) {
      const key = e instanceof ApiError ? fieldKey(e.field) : undefined;
      if (key && e instanceof ApiError) setErrors({ [key]: e.message });
      else setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={t('received.add')} description={t('received.form.description')} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={t('received.add')}>
        <div className="dialog-body ses-received-form">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <RadioGroup
            legend={t('received.form.kind')}
            name="received-kind"
            value={kind}
            choices={kinds.map((value) => ({
              value,
              label: t(`received.kind.${value}`),
              hint: t(`received.kindHint.${value}`),
            }))}
            onChange={setKind}
            columns={2}
          />
          <div className="ses-received-two">
            <Field
              label={kind === 'supervision' ? t('received.form.supervisor') : t('received.form.mentor')}
              value={providerName}
              dir="auto"
              onChange={(event) => setProviderName(event.target.value)}
              error={errors.providerName}
            />
            <Field
              label={t('received.form.credential')}
              value={providerCredential}
              dir="auto"
              placeholder={t('received.form.credentialPlaceholder')}
              onChange={(event) => setProviderCredential(event.target.value)}
              error={errors.providerCredential}
            />
          </div>
          <div className="ses-received-two">
            <RadioGroup
              legend={t('received.form.mode')}
              name="received-mode"
              value={mode}
              choices={modes.map((value) => ({ value, label: t(`received.mode.${value}`) }))}
              onChange={setMode}
              columns={2}
            />
            {mode === 'group' ? (
              <Field
                label={t('received.form.groupSize')}
                type="number"
                inputMode="numeric"
                min={2}
                max={100}
                value={groupSize}
                onChange={(event) => setGroupSize(event.target.value)}
                error={errors.groupSize}
              />
            ) : null}
          </div>
          <div className="ses-received-when">
            <Field
              label={t('received.form.date')}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              error={errors.startsAt}
            />
            <Field
              label={t('received.form.startTime')}
              type="time"
              value={time}
              onChange={(event) => setTime(event.target.value)}
            />
            <Field
              label={t('received.form.minutes')}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              step={5}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
              error={errors.durationMinutes}
            />
          </div>
          <TextAreaField
            label={t('received.form.notes')}
            value={notes}
            dir="auto"
            rows={2}
            onChange={(event) => setNotes(event.target.value)}
            error={errors.notes}
          />
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('common:actions.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
