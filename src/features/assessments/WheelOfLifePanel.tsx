import { useCallback, useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Assessment } from '../../../electron/shared/assessments';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { useFocusReturn } from '../../components/focus';
import { formatDay, formatNumber } from '../../i18n/format';
import { EARLIER_DASHES, RadarChart } from './RadarChart';
import { WheelForm } from './WheelForm';
import { areaLabel, average, formatScore, scoreFor, type WheelSeries } from './wheel';
import './assessments.css';

const COMPARED = 3;

/** A client's Wheel of Life over time: the latest filled, up to three earlier ones outlined. */
export function WheelOfLifePanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['assessments', 'common']);
  const id = useId();
  const [assessments, setAssessments] = useState<Assessment[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [removing, setRemoving] = useState<Assessment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // The form takes the place of its button; closing it gives the button the focus back.
  const newButton = useFocusReturn();

  const load = useCallback(async () => {
    try {
      setAssessments(await unwrap(api().assessments.listForClient({ clientId })));
      setLoadError(null);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, [clientId]);

  useEffect(() => {
    setAssessments(null);
    setCreating(false);
    setNotice(null);
    void load();
  }, [load]);

  async function remove(assessment: Assessment) {
    setRemoving(null);
    setActionError(null);
    try {
      await unwrap(api().assessments.remove({ id: assessment.id }));
      setNotice(t('panel.removed', { date: formatDay(assessment.takenOn) }));
      await load();
    } catch (error) {
      setActionError(errorMessage(error));
    }
  }

  const list = assessments ?? [];
  const [latest, ...rest] = list;
  const series = (a: Assessment): WheelSeries => ({
    key: a.id,
    label: formatDay(a.takenOn),
    scores: a.scores,
  });
  const earlier = rest.slice(0, COMPARED).map(series);

  return (
    <section className="card wol-panel" aria-labelledby={`${id}-title`} aria-busy={assessments === null}>
      <div className="wol-head">
        <div>
          <h2 id={`${id}-title`}>{t('panel.title')}</h2>
          <p className="muted small">{t('panel.intro')}</p>
        </div>
        {!creating && list.length > 0 ? (
          <button
            ref={newButton.ref}
            type="button"
            className="button compact"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            <ActionIcon name="plus" size={16} />
            {t('panel.new')}
          </button>
        ) : null}
      </div>

      <div aria-live="polite" className="wol-live">
        {notice ? <p className="wol-notice">{notice}</p> : null}
      </div>
      {loadError || actionError ? (
        <div className="form-error" role="alert">
          {loadError ?? actionError}
        </div>
      ) : null}

      {creating ? (
        <WheelForm
          clientId={clientId}
          previous={latest ?? null}
          onCancel={() => {
            newButton.returnFocus();
            setCreating(false);
          }}
          onSaved={(saved) => {
            newButton.returnFocus();
            setCreating(false);
            setNotice(t('panel.saved', { date: formatDay(saved.takenOn) }));
            void load();
          }}
        />
      ) : null}

      {assessments === null ? (
        loadError ? null : (
          <div className="wol-loading" />
        )
      ) : !latest ? (
        creating ? null : (
          <div className="wol-empty">
            <p>{t('panel.empty')}</p>
            <button
              ref={newButton.ref}
              type="button"
              className="button primary compact"
              onClick={() => setCreating(true)}
            >
              <ActionIcon name="plus" size={16} />
              {t('panel.new')}
            </button>
          </div>
        )
      ) : (
        <>
          <div className="wol-view-bar">
            <h3 className="wol-subhead">
              {t('panel.latest', { date: formatDay(latest.takenOn) })}
              <span className="wol-average">
                <Trans
                  t={t}
                  i18nKey="panel.latestAverage"
                  values={{ average: formatScore(average(latest.scores)) }}
                  components={{ strong: <strong /> }}
                />
              </span>
            </h3>
            <fieldset className="wol-toggle">
              <legend className="wol-sr">{t('panel.showAs')}</legend>
              {(['chart', 'table'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                  {v === 'chart' ? t('panel.chart') : t('panel.table')}
                </button>
              ))}
            </fieldset>
          </div>
          {view === 'chart' ? (
            <div className="wol-chart-area">
              <RadarChart latest={series(latest)} earlier={earlier} />
              <Legend latest={latest} earlier={rest.slice(0, COMPARED)} />
            </div>
          ) : (
            <ScoreTable shown={[latest, ...rest.slice(0, COMPARED)]} />
          )}
          {latest.note ? (
            <p className="wol-latest-note" dir="auto">
              {latest.note}
            </p>
          ) : null}
          <History assessments={list} onRemove={setRemoving} />
        </>
      )}

      {removing ? (
        <Dialog title={t('remove.title')} onClose={() => setRemoving(null)} size="small">
          <div className="dialog-content">
            <div className="dialog-body">
              <p>
                {t(removing.note ? 'remove.bodyWithNote' : 'remove.body', {
                  date: formatDay(removing.takenOn),
                })}
              </p>
            </div>
            <div className="dialog-footer">
              <button type="button" className="button ghost" onClick={() => setRemoving(null)}>
                {t('remove.keep')}
              </button>
              <button type="button" className="button wol-destroy" onClick={() => void remove(removing)}>
                {t('common:actions.remove')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

function Legend({ latest, earlier }: { latest: Assessment; earlier: Assessment[] }) {
  const { t } = useTranslation('assessments');
  return (
    <ul className="wol-legend" aria-label={t('legend.label')}>
      <li>
        <svg className="wol-key" viewBox="0 0 28 14" aria-hidden="true">
          <rect className="latest" x="1" y="1" width="26" height="12" rx="3" />
        </svg>
        <span>
          <span className="wol-legend-date">{formatDay(latest.takenOn)}</span>
          <span className="muted small">
            {t('legend.latest', { average: formatScore(average(latest.scores)) })}
          </span>
        </span>
      </li>
      {earlier.map((a, i) => (
        <li key={a.id}>
          <svg className="wol-key" viewBox="0 0 28 14" aria-hidden="true">
            <line className={`c${i + 1}`} x1="1" y1="7" x2="27" y2="7" strokeDasharray={EARLIER_DASHES[i]} />
          </svg>
          <span>
            <span className="wol-legend-date">{formatDay(a.takenOn)}</span>
            <span className="muted small">
              {t('legend.earlier', { average: formatScore(average(a.scores)) })}
            </span>
          </span>
        </li>
      ))}
      {earlier.length === 0 ? <li className="wol-legend-hint muted small">{t('legend.hint')}</li> : null}
    </ul>
  );
}

function ScoreTable({ shown }: { shown: Assessment[] }) {
  const { t } = useTranslation('assessments');
  const [latest, previous] = shown;
  if (!latest) return null;
  return (
    <div className="wol-table-wrap">
      <table className="wol-table">
        <caption className="wol-sr">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.area')}</th>
            {shown.map((a, i) => (
              <th key={a.id} scope="col" className="num">
                {formatDay(a.takenOn)}
                {i === 0 ? <span className="wol-th-note">{t('table.latest')}</span> : null}
              </th>
            ))}
            {previous ? (
              <th scope="col" className="num">
                {t('table.change')}
                <span className="wol-th-note">{t('table.sinceLast')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {latest.scores.map((s) => {
            const before = previous ? scoreFor(previous.scores, s.area) : null;
            const change = before === null ? null : s.score - before;
            return (
              <tr key={s.area}>
                <th scope="row" dir="auto">
                  {areaLabel(s.area)}
                </th>
                {shown.map((a) => {
                  const value = scoreFor(a.scores, s.area);
                  return (
                    <td key={a.id} className="num">
                      {value === null ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="wol-sr">{t('table.notScored')}</span>
                        </>
                      ) : (
                        formatNumber(value)
                      )}
                    </td>
                  );
                })}
                {previous ? (
                  <td className="num">
                    <Change value={change} />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table.average')}</th>
            {shown.map((a) => (
              <td key={a.id} className="num">
                {formatScore(average(a.scores))}
              </td>
            ))}
            {previous ? (
              <td className="num">
                <Change value={Math.round((average(latest.scores) - average(previous.scores)) * 10) / 10} />
              </td>
            ) : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Change({ value }: { value: number | null }) {
  const { t } = useTranslation('assessments');
  if (value === null) return <span className="muted">{t('table.new')}</span>;
  if (value === 0) return <span className="wol-change same">0</span>;
  return (
    <span className={`wol-change ${value > 0 ? 'up' : 'down'}`}>
      {value > 0 ? '+' : '−'}
      {formatScore(Math.abs(value))}
    </span>
  );
}

function History({
  assessments,
  onRemove,
}: {
  assessments: Assessment[];
  onRemove: (assessment: Assessment) => void;
}) {
  const { t } = useTranslation('assessments');
  return (
    <div className="wol-history">
      <h3 className="wol-subhead">{t('history.title', { count: assessments.length })}</h3>
      <ul className="wol-history-list" aria-label={t('history.label')}>
        {assessments.map((a) => {
          const sorted = [...a.scores].sort((x, y) => y.score - x.score);
          const high = sorted[0];
          const low = sorted[sorted.length - 1];
          return (
            <li key={a.id}>
              <span className="wol-history-date">{formatDay(a.takenOn)}</span>
              <span className="wol-history-avg" title={t('history.averageTitle')}>
                {formatScore(average(a.scores))}
              </span>
              <span className="wol-history-text">
                {high && low ? (
                  <span className="muted small">
                    <Trans
                      t={t}
                      i18nKey="history.extremes"
                      values={{
                        highArea: areaLabel(high.area),
                        highScore: formatNumber(high.score),
                        lowArea: areaLabel(low.area),
                        lowScore: formatNumber(low.score),
                      }}
                      components={{ high: <bdi />, low: <bdi /> }}
                    />
                  </span>
                ) : null}
                {a.note ? (
                  <span className="wol-history-note" dir="auto">
                    {a.note}
                  </span>
                ) : null}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('history.remove', { date: formatDay(a.takenOn) })}
                onClick={() => onRemove(a)}
              >
                <ActionIcon name="trash" size={16} />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
