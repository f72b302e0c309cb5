import { type FormEvent, useId, useState } from 'react';
import type { ActionItem } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/FormControls';
import { useFormErrors } from '../practice/useFormErrors';
import { SessionIcon } from './bits';
import { formatDueDay, todayLocal } from './format';

const ownerLabels: Record<ActionItem['owner'], string> = { client: 'Client', coach: 'Coach' };
const statusLabels: Record<ActionItem['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

function CommitmentItem({
  item,
  onStatus,
}: {
  item: ActionItem;
  onStatus: (item: ActionItem, status: ActionItem['status']) => void;
}) {
  const textId = useId();
  const overdue = item.status === 'open' && item.dueDate !== null && item.dueDate < todayLocal();
  return (
    <li className="ses-commitment" data-status={item.status}>
      <span className="ses-commitment-mark" aria-hidden="true">
        <SessionIcon name={item.status === 'open' ? 'target' : 'check'} size={16} />
      </span>
      <div className="ses-commitment-body">
        <p id={textId} className="ses-plain ses-commitment-text" dir="auto">
          {item.text}
        </p>
        <p className="ses-commitment-meta">
          <span className="ses-owner" data-owner={item.owner}>
            {ownerLabels[item.owner]}
          </span>
          {item.dueDate ? (
            <span className={overdue ? 'ses-overdue' : undefined}>
              {overdue ? 'Overdue · ' : 'Due '}
              {formatDueDay(item.dueDate)}
            </span>
          ) : null}
          {item.status !== 'open' ? (
            <span className="ses-item-status">{statusLabels[item.status]}</span>
          ) : null}
        </p>
      </div>
      <div className="ses-commitment-actions">
        {item.status === 'open' ? (
          <>
            <button
              type="button"
              className="button ses-compact"
              aria-describedby={textId}
              onClick={() => onStatus(item, 'done')}
            >
              Done
            </button>
            <button
              type="button"
              className="button ses-compact ses-quiet"
              aria-describedby={textId}
              onClick={() => onStatus(item, 'dropped')}
            >
              Dropped
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button ses-compact ses-quiet"
            aria-describedby={textId}
            onClick={() => onStatus(item, 'open')}
          >
            Reopen
          </button>
        )}
      </div>
    </li>
  );
}

function useStatusChange(setItems: (update: (items: ActionItem[]) => ActionItem[]) => void) {
  const [error, setError] = useState<string | null>(null);
  async function change(item: ActionItem, status: ActionItem['status']) {
    setError(null);
    try {
      const next = await unwrap(api().actions.setStatus({ id: item.id, status }));
      setItems((items) => items.map((i) => (i.id === next.id ? next : i)));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return { error, change };
}

/** Open commitments from earlier sessions of the engagement, to check in on now. */
export function ToReview({ initial }: { initial: ActionItem[] }) {
  const headingId = useId();
  const [items, setItems] = useState(initial);
  const { error, change } = useStatusChange(setItems);
  return (
    <section className="card ses-side-card" aria-labelledby={headingId}>
      <h2 id={headingId}>To review from earlier sessions</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">Nothing open from earlier sessions.</p>
      ) : (
        <ul className="ses-commitment-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <CommitmentItem key={item.id} item={item} onStatus={change} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Commitments made in this session: listed, and added with who owns each and by when. */
export function SessionCommitments({
  initial,
  engagementId,
  sessionId,
}: {
  initial: ActionItem[];
  engagementId: string;
  sessionId: string;
}) {
  const headingId = useId();
  const [items, setItems] = useState(initial);
  const { error, change } = useStatusChange(setItems);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<ActionItem['owner']>('client');
  const [dueDate, setDueDate] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  async function add(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!text.trim()) {
      errors.setField('text', 'Write the commitment first.');
      return;
    }
    setSaving(true);
    try {
      const created = await unwrap(
        api().actions.create({ engagementId, sessionId, text, owner, dueDate: dueDate || null }),
      );
      setItems((current) => [...current, created]);
      setText('');
      setDueDate('');
    } catch (e) {
      errors.fromError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card ses-side-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Commitments from this session</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">None yet. What will the client (or you) do before next time?</p>
      ) : (
        <ul className="ses-commitment-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <CommitmentItem key={item.id} item={item} onStatus={change} />
          ))}
        </ul>
      )}
      <form className="ses-commitment-form" onSubmit={add} aria-label="Add a commitment" noValidate>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label="Commitment"
          value={text}
          dir="auto"
          placeholder="e.g. Ask two colleagues for feedback"
          onChange={(event) => setText(event.target.value)}
          error={errors.fieldErrors.text}
        />
        <div className="ses-commitment-form-row">
          <SelectField
            label="Owner"
            value={owner}
            onChange={(event) => setOwner(event.target.value as ActionItem['owner'])}
            error={errors.fieldErrors.owner}
          >
            <option value="client">Client</option>
            <option value="coach">Coach</option>
          </SelectField>
          <Field
            label="Due"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            error={errors.fieldErrors.dueDate}
          />
        </div>
        <button type="submit" className="button" disabled={saving}>
          Add commitment
        </button>
      </form>
    </section>
  );
}
