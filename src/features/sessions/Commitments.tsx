import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/FormControls';
import { useFormErrors } from '../practice/useFormErrors';
import { SessionIcon } from './bits';
import { formatDueDay, todayLocal } from './format';

function CommitmentItem({
  item,
  onStatus,
}: {
  item: ActionItem;
  onStatus: (item: ActionItem, status: ActionItem['status']) => void;
}) {
  const { t } = useTranslation('sessions');
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
            {t(`commitments.owner.${item.owner}`)}
          </span>
          {item.dueDate ? (
            <span className={overdue ? 'ses-overdue' : undefined}>
              {overdue
                ? t('commitments.overdue', { date: formatDueDay(item.dueDate) })
                : t('commitments.due', { date: formatDueDay(item.dueDate) })}
            </span>
          ) : null}
          {item.status !== 'open' ? (
            <span className="ses-item-status">{t(`commitments.status.${item.status}`)}</span>
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
              {t('commitments.markDone')}
            </button>
            <button
              type="button"
              className="button ses-compact ses-quiet"
              aria-describedby={textId}
              onClick={() => onStatus(item, 'dropped')}
            >
              {t('commitments.markDropped')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button ses-compact ses-quiet"
            aria-describedby={textId}
            onClick={() => onStatus(item, 'open')}
          >
            {t('commitments.reopen')}
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
  const { t } = useTranslation('sessions');
  const headingId = useId();
  const [items, setItems] = useState(initial);
  const { error, change } = useStatusChange(setItems);
  return (
    <section className="card ses-side-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('commitments.reviewTitle')}</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">{t('commitments.reviewEmpty')}</p>
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
  const { t } = useTranslation('sessions');
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
      errors.setField('text', t('commitments.textRequired'));
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
      <h2 id={headingId}>{t('commitments.madeTitle')}</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">{t('commitments.madeEmpty')}</p>
      ) : (
        <ul className="ses-commitment-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <CommitmentItem key={item.id} item={item} onStatus={change} />
          ))}
        </ul>
      )}
      <form className="ses-commitment-form" onSubmit={add} aria-label={t('commitments.formLabel')} noValidate>
        {errors.formError ? (
          <div className="form-error" role="alert">
            {errors.formError}
          </div>
        ) : null}
        <Field
          label={t('commitments.text')}
          value={text}
          dir="auto"
          placeholder={t('commitments.textPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          error={errors.fieldErrors.text}
        />
        <div className="ses-commitment-form-row">
          <SelectField
            label={t('commitments.ownerLabel')}
            value={owner}
            onChange={(event) => setOwner(event.target.value as ActionItem['owner'])}
            error={errors.fieldErrors.owner}
          >
            <option value="client">{t('commitments.owner.client')}</option>
            <option value="coach">{t('commitments.owner.coach')}</option>
          </SelectField>
          <Field
            label={t('commitments.dueLabel')}
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            error={errors.fieldErrors.dueDate}
          />
        </div>
        <button type="submit" className="button" disabled={saving}>
          {t('commitments.add')}
        </button>
      </form>
    </section>
  );
}
