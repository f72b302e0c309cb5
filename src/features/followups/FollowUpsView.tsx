import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ActionItem, FollowUp } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../i18n/format';
import { describeDue, formatDayShort, todayLocal } from '../goals/dates';
import './followups.css';

type Horizon = 'overdue' | '7' | '30';

const horizons = [
  { value: 'overdue', label: 'horizon.overdue', days: 0 },
  { value: '7', label: 'horizon.next7', days: 7 },
  { value: '30', label: 'horizon.next30', days: 30 },
] as const satisfies readonly { value: Horizon; label: string; days: number }[];

interface Closed {
  item: FollowUp;
  status: Exclude<ActionItem['status'], 'open'>;
}

/**
 * Commitments to follow up across every client: what is overdue, and what is due soon.
 * Marking one done or dropped takes it off the list (with a moment to undo).
 */
export function FollowUpsView() {
  const { t } = useTranslation(['followups', 'common']);
  const id = useId();
  const [horizon, setHorizon] = useState<Horizon>('7');
  const [items, setItems] = useState<FollowUp[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState<Closed | null>(null);
  const [busy, setBusy] = useState<Set<string>>(() => new Set());
  const request = useRef(0);
  const days = horizons.find((h) => h.value === horizon)?.days ?? 7;

  const load = useCallback(async () => {
    const mine = ++request.current;
    try {
      const rows = await unwrap(api().actions.followUps({ days }));
      if (mine !== request.current) return;
      setItems(rows);
      setError(null);
    } catch (e) {
      if (mine === request.current) setError(errorMessage(e));
    }
  }, [days]);

  useEffect(() => {
    void load();
  }, [load]);

  async function close(item: FollowUp, status: Closed['status']) {
    setError(null);
    setBusy((b) => new Set(b).add(item.id));
    try {
      await unwrap(api().actions.setStatus({ id: item.id, status }));
      setItems((current) => (current ?? []).filter((i) => i.id !== item.id));
      setClosed({ item, status });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(item.id);
        return next;
      });
    }
  }

  async function undo() {
    if (!closed) return;
    const { item } = closed;
    setClosed(null);
    try {
      await unwrap(api().actions.setStatus({ id: item.id, status: 'open' }));
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const shown = (items ?? []).filter((i) => horizon !== 'overdue' || i.overdue);
  const overdue = shown.filter((i) => i.overdue);
  const soon = shown.filter((i) => !i.overdue);
  const today = todayLocal();

  return (
    <div className="followups" aria-busy={items === null}>
      <div className="followups-toolbar">
        <fieldset className="followups-horizon">
          <legend className="followups-sr">{t('horizon.legend')}</legend>
          {horizons.map((h) => (
            <button
              key={h.value}
              type="button"
              aria-pressed={horizon === h.value}
              onClick={() => {
                setClosed(null);
                setHorizon(h.value);
              }}
            >
              {t(h.label)}
            </button>
          ))}
        </fieldset>
        {items !== null && shown.length > 0 ? (
          <p className="followups-summary">
            {overdue.length > 0 ? (
              <strong className="followups-overdue-count">
                {t('summary.overdue', { count: overdue.length })}
              </strong>
            ) : null}
            {overdue.length > 0 && horizon !== 'overdue' ? ' · ' : null}
            {horizon !== 'overdue' ? t('summary.dueSoon', { count: soon.length, days }) : null}
          </p>
        ) : null}
      </div>

      <div className="followups-live" aria-live="polite">
        {closed ? (
          <div className="followups-notice">
            <span>
              <Trans
                t={t}
                i18nKey={closed.status === 'done' ? 'notice.done' : 'notice.dropped'}
                values={{ text: closed.item.text }}
                components={{ item: <bdi /> }}
              />
            </span>
            <button type="button" className="link" onClick={() => void undo()}>
              {t('common:actions.undo')}
            </button>
          </div>
        ) : null}
      </div>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}

      {items === null ? (
        error ? null : (
          <div className="followups-loading" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        )
      ) : shown.length === 0 ? (
        <Empty horizon={horizon} onChoose={setHorizon} />
      ) : (
        <>
          {overdue.length > 0 ? (
            <Group
              id={`${id}-overdue`}
              title={t('groups.overdue')}
              tone="overdue"
              items={overdue}
              today={today}
              busy={busy}
              onClose={close}
            />
          ) : null}
          {soon.length > 0 ? (
            <Group
              id={`${id}-soon`}
              title={t('groups.soon')}
              tone="soon"
              items={soon}
              today={today}
              busy={busy}
              onClose={close}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

function Group({
  id,
  title,
  tone,
  items,
  today,
  busy,
  onClose,
}: {
  id: string;
  title: string;
  tone: 'overdue' | 'soon';
  items: FollowUp[];
  today: string;
  busy: Set<string>;
  onClose: (item: FollowUp, status: Closed['status']) => void;
}) {
  return (
    <section className="followups-group" data-tone={tone} aria-labelledby={id}>
      <h2 id={id} className="followups-group-title">
        {title}
        <span className="followups-group-count">{formatNumber(items.length)}</span>
      </h2>
      <ul className="followups-list" aria-labelledby={id}>
        {items.map((item) => (
          <Row key={item.id} item={item} today={today} busy={busy.has(item.id)} onClose={onClose} />
        ))}
      </ul>
    </section>
  );
}

function Row({
  item,
  today,
  busy,
  onClose,
}: {
  item: FollowUp;
  today: string;
  busy: boolean;
  onClose: (item: FollowUp, status: Closed['status']) => void;
}) {
  const { t } = useTranslation('followups');
  const textId = useId();
  const due = item.dueDate;
  return (
    <li className="followups-row" data-overdue={item.overdue || undefined}>
      <div className="followups-due">
        {due ? (
          <>
            <span className="followups-due-date">{formatDayShort(due, today)}</span>
            <span className="followups-due-rel">{describeDue(due, today)}</span>
          </>
        ) : null}
      </div>
      <div className="followups-main">
        <p id={textId} className="followups-text" dir="auto">
          {item.text}
        </p>
        <p className="followups-meta">
          <span className="followups-owner" data-owner={item.owner}>
            {item.owner === 'client' ? t('row.client') : t('row.coach')}
          </span>
          {item.clientNames.length > 0 ? (
            <span className="followups-clients">
              {item.clientNames.map((name, i) => (
                <span key={name}>
                  {i > 0 ? ', ' : null}
                  <span dir="auto">{name}</span>
                </span>
              ))}
            </span>
          ) : null}
          <span className="followups-engagement" dir="auto">
            {item.engagementTitle}
          </span>
          {item.sessionId ? (
            <button
              type="button"
              className="link followups-session"
              aria-describedby={textId}
              onClick={() => {
                if (item.sessionId) useAppStore.getState().open('sessions', item.sessionId);
              }}
            >
              <ActionIcon name="note" size={14} />
              {t('row.openSession')}
            </button>
          ) : null}
        </p>
      </div>
      <div className="followups-actions">
        <button
          type="button"
          className="button compact followups-done"
          disabled={busy}
          aria-describedby={textId}
          onClick={() => onClose(item, 'done')}
        >
          <svg
            className="icon"
            width="15"
            height="15"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="m5 12.5 4.5 4.5L19 7.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {t('row.done')}
        </button>
        <button
          type="button"
          className="button ghost compact followups-drop"
          disabled={busy}
          aria-describedby={textId}
          onClick={() => onClose(item, 'dropped')}
        >
          {t('row.dropped')}
        </button>
      </div>
    </li>
  );
}

function Empty({ horizon, onChoose }: { horizon: Horizon; onChoose: (horizon: Horizon) => void }) {
  const { t } = useTranslation('followups');
  if (horizon === 'overdue') {
    return (
      <EmptyState
        title={t('empty.overdueTitle')}
        icon="sessions"
        action={
          <button type="button" className="button" onClick={() => onChoose('7')}>
            {t('empty.seeNext7')}
          </button>
        }
      >
        <p>{t('empty.overdueBody')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t('empty.soonTitle', { count: Number(horizon) })}
      icon="sessions"
      action={
        horizon === '7' ? (
          <button type="button" className="button" onClick={() => onChoose('30')}>
            {t('empty.lookAhead30')}
          </button>
        ) : undefined
      }
    >
      <p>{t('empty.soonBody')}</p>
    </EmptyState>
  );
}
