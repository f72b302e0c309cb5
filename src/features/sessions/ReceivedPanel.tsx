import { type FormEvent, useEffect, useId, useState } from 'react';
import { type ReceivedSession, receivedFields } from '../../../electron/shared/sessions';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RadioGroup, TextAreaField } from '../../components/FormControls';
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

const kindLabels: Record<Kind, string> = { 'mentor-coaching': 'Mentor coaching', supervision: 'Supervision' };
const kindChoices = [
  {
    value: 'mentor-coaching',
    label: 'Mentor coaching',
    hint: 'Coaching on your coaching, toward a credential.',
  },
  { value: 'supervision', label: 'Supervision', hint: 'Reflective practice with a supervisor.' },
] as const;
const modeChoices = [
  { value: 'individual', label: 'One-to-one' },
  { value: 'group', label: 'Group' },
] as const;

function hours(minutes: number): string {
  const h = minutes / 60;
  return `${h.toLocaleString(undefined, { maximumFractionDigits: 2 })} h`;
}

/** Mentor coaching and supervision the coach received: what credentials ask them to show. */
export function ReceivedPanel() {
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
          <span className="ses-total-label">Mentor coaching received</span>
          <span className="ses-total-value">{hours(mentorAll)}</span>
          <span className="muted small">
            {hours(mentorOne)} one-to-one · {hours(mentorGroup)} in groups
            {mentorDates[0]
              ? ` · since ${formatDueDay(wallClock(new Date(mentorDates[0]), localZone()).date)}`
              : ''}
          </span>
        </div>
        <div className="ses-total">
          <span className="ses-total-label">Supervision received</span>
          <span className="ses-total-value">{hours(supervision)}</span>
          <span className="muted small">
            {supervisionCount === 1 ? '1 session' : `${supervisionCount} sessions`}
          </span>
        </div>
      </div>
      <section className="card ses-received-list" aria-labelledby={headingId}>
        <div className="ses-card-head">
          <h2 id={headingId}>Received</h2>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            <ActionIcon name="plus" size={16} />
            Add mentor coaching or supervision
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
          <p className="muted">Loading…</p>
        ) : list.length === 0 ? (
          <p className="muted">
            Nothing recorded yet. Log each mentor coaching or supervision session you receive: credential
            applications ask for the mentor, their credential, one-to-one or group, dates and hours.
          </p>
        ) : (
          <table className="ses-received-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">With</th>
                <th scope="col">Format</th>
                <th scope="col">Length</th>
                <th scope="col">
                  <span className="ses-sr-only">Remove</span>
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
                      {kindLabels[r.kind]}
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
                  <td>{r.mode === 'group' ? `Group of ${r.groupSize ?? '?'}` : 'One-to-one'}</td>
                  <td className="ses-nowrap">{formatMinutes(r.durationMinutes)}</td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${kindLabels[r.kind].toLowerCase()} with ${r.providerName} on ${formatSessionDay(r.startsAt, localZone())}`}
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
            setNotice(`${kindLabels[r.kind]} with ${r.providerName} added.`);
            setReceived([...list, r].sort((a, b) => b.startsAt.localeCompare(a.startsAt)));
          }}
        />
      ) : null}
      {removing ? (
        <Dialog title="Remove this entry?" size="small" tone="danger" onClose={() => setRemoving(null)}>
          <div className="dialog-body">
            <p>
              {kindLabels[removing.kind]} with <bdi>{removing.providerName}</bdi> on{' '}
              {formatSessionDay(removing.startsAt, localZone())} ({formatMinutes(removing.durationMinutes)})
              is removed from your record.
            </p>
            {removeError ? (
              <div className="form-error" role="alert">
                {removeError}
              </div>
            ) : null}
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" data-autofocus onClick={() => setRemoving(null)}>
              Keep it
            </button>
            <button type="button" className="button ses-destructive" onClick={() => void remove(removing)}>
              Remove
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

function ReceivedForm({ onAdded, onClose }: { onAdded: (r: ReceivedSession) => void; onClose: () => void }) {
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
        if (!(key in found))
          found[key] = key === 'durationMinutes' ? 'Enter the length in whole minutes.' : issue.message;
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
    <Dialog
      title="Add mentor coaching or supervision"
      description="What you received, from whom, and for how long. Credential applications ask for all of it."
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate aria-label="Add mentor coaching or supervision">
        <div className="dialog-body ses-received-form">
          {formError ? (
            <div className="form-error" role="alert">
              {formError}
            </div>
          ) : null}
          <RadioGroup
            legend="Kind"
            name="received-kind"
            value={kind}
            choices={kindChoices}
            onChange={setKind}
            columns={2}
          />
          <div className="ses-received-two">
            <Field
              label={kind === 'supervision' ? 'Supervisor' : 'Mentor coach'}
              value={providerName}
              dir="auto"
              onChange={(event) => setProviderName(event.target.value)}
              error={errors.providerName}
            />
            <Field
              label="Their credential"
              value={providerCredential}
              dir="auto"
              placeholder="e.g. ICF MCC"
              onChange={(event) => setProviderCredential(event.target.value)}
              error={errors.providerCredential}
            />
          </div>
          <div className="ses-received-two">
            <RadioGroup
              legend="One-to-one or group"
              name="received-mode"
              value={mode}
              choices={modeChoices}
              onChange={setMode}
              columns={2}
            />
            {mode === 'group' ? (
              <Field
                label="People in the group"
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
              label="Date"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              error={errors.startsAt}
            />
            <Field
              label="Start time"
              type="time"
              value={time}
              onChange={(event) => setTime(event.target.value)}
            />
            <Field
              label="Minutes"
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
            label="Notes (optional)"
            value={notes}
            dir="auto"
            rows={2}
            onChange={(event) => setNotes(event.target.value)}
            error={errors.notes}
          />
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Add
          </button>
        </div>
      </form>
    </Dialog>
  );
}
