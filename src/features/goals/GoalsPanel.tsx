import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { useFocusReturn } from '../../components/focus';
import { formatNumber } from '../../i18n/format';
import { formatInstantDay } from './dates';
import { GoalForm, ProgressForm } from './GoalForm';
import { goalStatuses, planSteps, statusLabel } from './labels';
import './goals.css';

const TIMELINE_PREVIEW = 3;

/**
 * The goals of one engagement: each set by the client, with how success is measured,
 * a step-by-step plan, a status, and progress over time. Sits inside an engagement card.
 */
export function GoalsPanel({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('goals');
  const id = useId();
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // Each form takes the place of the button that opened it; closing it gives that button the focus back.
  const addButton = useFocusReturn();

  const load = useCallback(async () => {
    try {
      setGoals(await unwrap(api().goals.listForEngagement({ engagementId })));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [engagementId]);

  useEffect(() => {
    setGoals(null);
    setAdding(false);
    void load();
  }, [load]);

  const replace = (goal: Goal) =>
    setGoals((current) => (current ?? []).map((g) => (g.id === goal.id ? goal : g)));

  const ordered = [...(goals ?? [])].sort(
    (a, b) => goalStatuses.indexOf(a.status) - goalStatuses.indexOf(b.status),
  );
  const open = (goals ?? []).filter((g) => g.status === 'active' || g.status === 'paused').length;

  return (
    <section className="goals-panel" aria-labelledby={`${id}-title`} aria-busy={goals === null}>
      <div className="goals-head">
        <h4 id={`${id}-title`}>
          {t('panel.title')}
          {goals && goals.length > 0 ? (
            <span className="goals-count">
              {goals.length > open
                ? t('panel.openAndClosed', {
                    open: t('panel.open', { count: open }),
                    closed: t('panel.closed', { count: goals.length - open }),
                  })
                : t('panel.open', { count: open })}
            </span>
          ) : null}
        </h4>
        {!adding ? (
          <button
            ref={addButton.ref}
            type="button"
            className="button ghost compact"
            onClick={() => setAdding(true)}
          >
            <ActionIcon name="plus" size={16} />
            {t('panel.add')}
          </button>
        ) : null}
      </div>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      {adding ? (
        <GoalForm
          engagementId={engagementId}
          onCancel={() => {
            addButton.returnFocus();
            setAdding(false);
          }}
          onSaved={(goal) => {
            addButton.returnFocus();
            setAdding(false);
            setGoals((current) => [...(current ?? []), goal]);
          }}
        />
      ) : null}
      {goals !== null && goals.length === 0 && !adding ? (
        <p className="goals-empty muted">{t('panel.empty')}</p>
      ) : null}
      {ordered.length > 0 ? (
        <ul className="goal-list">
          {ordered.map((goal) => (
            <li key={goal.id}>
              <GoalItem engagementId={engagementId} goal={goal} onChange={replace} onError={setError} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function GoalItem({
  engagementId,
  goal,
  onChange,
  onError,
}: {
  engagementId: string;
  goal: Goal;
  onChange: (goal: Goal) => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation('goals');
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'progress'>('view');
  const [showAll, setShowAll] = useState(false);
  const editButton = useFocusReturn();
  const progressButton = useFocusReturn();

  async function setStatus(status: Goal['status']) {
    onError(null);
    try {
      onChange(
        await unwrap(
          api().goals.update({
            id: goal.id,
            fields: {
              engagementId,
              title: goal.title,
              successMeasure: goal.successMeasure,
              plan: goal.plan,
              status,
            },
          }),
        ),
      );
    } catch (e) {
      onError(errorMessage(e));
    }
  }

  if (mode === 'edit') {
    return (
      <GoalForm
        engagementId={engagementId}
        goal={goal}
        onCancel={() => {
          editButton.returnFocus();
          setMode('view');
        }}
        onSaved={(saved) => {
          editButton.returnFocus();
          setMode('view');
          onChange(saved);
        }}
      />
    );
  }

  const steps = planSteps(goal.plan);
  const latestPercent = [...goal.progress].reverse().find((p) => p.percent !== null)?.percent ?? null;
  const timeline = [...goal.progress].reverse();
  const visible = showAll ? timeline : timeline.slice(0, TIMELINE_PREVIEW);
  const closed = goal.status === 'achieved' || goal.status === 'dropped';

  return (
    <article className="goal" data-status={goal.status} aria-labelledby={`${id}-title`}>
      <header className="goal-header">
        <h5 id={`${id}-title`} className="goal-title" dir="auto">
          {goal.title}
        </h5>
        <div className="goal-header-tools">
          <span className="goal-status-pill" data-status={goal.status}>
            <select
              value={goal.status}
              onChange={(e) => void setStatus(e.target.value as Goal['status'])}
              aria-label={t('item.statusOf', { title: goal.title })}
            >
              {goalStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </span>
          <button
            ref={editButton.ref}
            type="button"
            className="icon-button"
            aria-label={t('item.edit', { title: goal.title })}
            onClick={() => setMode('edit')}
          >
            <ActionIcon name="edit" size={16} />
          </button>
        </div>
      </header>

      {latestPercent !== null || !closed ? (
        <div className="goal-progress">
          {latestPercent !== null ? (
            <>
              <div
                className="goal-bar"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={latestPercent}
                aria-label={t('item.progressOf', { title: goal.title })}
              >
                <span style={{ width: `${latestPercent}%` }} />
              </div>
              <span className="goal-percent">
                {t('item.percent', { value: formatNumber(latestPercent) })}
              </span>
            </>
          ) : (
            <span className="muted small">
              {goal.progress.length === 0 ? t('item.noProgress') : t('item.noPercent')}
            </span>
          )}
        </div>
      ) : null}

      {goal.successMeasure || steps.length > 0 ? (
        <dl className="goal-facts">
          {goal.successMeasure ? (
            <div>
              <dt>{t('item.successLooksLike')}</dt>
              <dd dir="auto">{goal.successMeasure}</dd>
            </div>
          ) : null}
          {steps.length > 0 ? (
            <div>
              <dt>{t('item.plan')}</dt>
              <dd>
                {steps.length === 1 ? (
                  <span dir="auto">{steps[0]}</span>
                ) : (
                  <ol className="goal-steps">
                    {steps.map((step, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: steps are lines of one text, in order.
                      <li key={`${i}-${step}`} dir="auto">
                        {step}
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      {timeline.length > 0 ? (
        <div className="goal-timeline-wrap">
          <ol className="goal-timeline" aria-label={t('item.updates', { title: goal.title })}>
            {visible.map((p) => (
              <li key={p.id}>
                <span className="goal-timeline-dot" aria-hidden="true" />
                <span className="goal-timeline-when">{formatInstantDay(p.createdAt)}</span>
                {p.percent !== null ? (
                  <span className="goal-timeline-percent">
                    {t('item.percent', { value: formatNumber(p.percent) })}
                  </span>
                ) : null}
                <span className="goal-timeline-note" dir="auto">
                  {p.note}
                </span>
              </li>
            ))}
          </ol>
          {timeline.length > TIMELINE_PREVIEW ? (
            <button type="button" className="link goal-more" onClick={() => setShowAll((v) => !v)}>
              {showAll ? t('item.showFewer') : t('item.showAll', { count: timeline.length })}
            </button>
          ) : null}
        </div>
      ) : null}

      {mode === 'progress' ? (
        <ProgressForm
          goal={goal}
          onCancel={() => {
            progressButton.returnFocus();
            setMode('view');
          }}
          onSaved={(saved) => {
            progressButton.returnFocus();
            setMode('view');
            onChange(saved);
          }}
        />
      ) : !closed ? (
        <div className="goal-actions">
          <button
            ref={progressButton.ref}
            type="button"
            className="button compact"
            onClick={() => setMode('progress')}
          >
            {t('item.addProgress')}
          </button>
          {goal.status === 'active' ? (
            <button type="button" className="button ghost compact" onClick={() => void setStatus('achieved')}>
              {t('item.markAchieved')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
