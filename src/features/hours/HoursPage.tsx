import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { HoursOverview } from '../../../electron/shared/hours';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { i18n } from '../../i18n';
import { CePanel } from './CePanel';
import {
  ChartCard,
  CumulativeChart,
  CumulativeLegend,
  CumulativeTable,
  SponsorChart,
  SponsorTable,
  type Threshold,
} from './Charts';
import { ExportsMenu } from './ExportsMenu';
import { formatDay, localToday, ruleName, shortCredentialName } from './format';
import { ImportLogButton } from './import/ImportLogButton';
import { ManualHoursPanel } from './ManualHoursPanel';
import { CredentialCard, MentorCard, RenewalCard } from './ProgressCards';
import { useHoursStore } from './store';
import { TargetsDialog } from './TargetsDialog';
import { TotalsStrip } from './TotalsStrip';
import './hours.css';

function thresholdsOf(overview: HoursOverview): Threshold[] {
  const out: Threshold[] = [];
  for (const p of overview.progress) {
    const credential = shortCredentialName(p.name, p.body);
    for (const r of p.requirements) {
      if (r.key === 'total' || r.key === 'paid') out.push({ credential, kind: r.key, hours: r.required });
    }
  }
  return out;
}

/** "Training started 4 Mar 2026 · applying 31 Dec 2026 · renewal …": each date the rules count from. */
function settingsSummary(overview: HoursOverview): string | null {
  const { settings } = overview;
  const parts: string[] = [];
  if (settings.trainingStartDate) {
    parts.push(i18n.t('hours:page.trainingStarted', { date: formatDay(settings.trainingStartDate) }));
  }
  if (settings.applicationDate) {
    parts.push(i18n.t('hours:page.applying', { date: formatDay(settings.applicationDate) }));
  }
  if (settings.renewalDate)
    parts.push(i18n.t('hours:page.renewal', { date: formatDay(settings.renewalDate) }));
  if (parts.length === 0) return null;
  const text = parts.join(' · ');
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function HoursPage() {
  const { t } = useTranslation(['hours', 'common']);
  const overview = useHoursStore((s) => s.overview);
  const manual = useHoursStore((s) => s.manual);
  const ce = useHoursStore((s) => s.ce);
  const loadError = useHoursStore((s) => s.loadError);
  const load = useHoursStore((s) => s.load);
  const go = useAppStore((s) => s.go);
  const [editingTargets, setEditingTargets] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const targetsButton = (
    <button
      type="button"
      className="button primary"
      onClick={() => setEditingTargets(true)}
      disabled={!overview}
    >
      {t('page.targetsButton')}
    </button>
  );

  const header = (
    <PageHeader
      title={t('page.title')}
      subtitle={t('page.subtitle')}
      actions={
        <>
          <ImportLogButton onImported={() => void load()} />
          {overview && (overview.totals.entries > 0 || ce.length > 0) ? (
            <ExportsMenu onSaved={(path) => setNotice(t('page.savedTo', { path }))} />
          ) : null}
          {targetsButton}
        </>
      }
    />
  );

  if (!overview) {
    return (
      <>
        {header}
        {loadError ? (
          <div className="form-error" role="alert">
            {loadError}
          </div>
        ) : (
          <p className="muted" aria-busy="true">
            {t('common:state.loading')}
          </p>
        )}
      </>
    );
  }

  const hasHours = overview.totals.entries > 0;
  const thresholds = thresholdsOf(overview);
  const summary = settingsSummary(overview);
  const targetNames = overview.settings.targets
    .map((id) => overview.rules.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => shortCredentialName(ruleName(r), r.body));
  const needsTrainingStart =
    !overview.settings.trainingStartDate && overview.progress.some((p) => p.body === 'ICF');
  const hasCards = overview.progress.length > 0 || overview.mentor !== null || overview.renewal !== null;

  return (
    <div className="hours-page">
      {header}
      {notice ? (
        <div className="notice hours-notice" role="status">
          <span>{notice}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('page.dismiss')}
            onClick={() => setNotice(null)}
          >
            <ActionIcon name="close" size={16} />
          </button>
        </div>
      ) : null}
      {loadError ? (
        <div className="form-error" role="alert">
          {loadError}
        </div>
      ) : null}

      {hasHours ? (
        <TotalsStrip totals={overview.totals} />
      ) : (
        <EmptyState
          title={t('empty.title')}
          icon="hours"
          action={
            <div className="hours-empty-actions">
              <button type="button" className="button primary" onClick={() => go('sessions')}>
                {t('empty.goToSessions')}
              </button>
              <button type="button" className="button" onClick={() => setEditingTargets(true)}>
                {t('empty.setTargets')}
              </button>
            </div>
          }
        >
          <p>{t('empty.whereFrom')}</p>
          <p>{t('empty.chooseTargets')}</p>
        </EmptyState>
      )}

      {overview.settings.targets.length === 0 ? (
        hasHours ? (
          <div className="hours-callout">
            <div>
              <strong>{t('callout.title')}</strong>
              <p className="muted">{t('callout.text')}</p>
            </div>
            <button type="button" className="button" onClick={() => setEditingTargets(true)}>
              {t('empty.setTargets')}
            </button>
          </div>
        ) : null
      ) : (
        <div className="hours-targets-line">
          <span>
            <Trans
              t={t}
              i18nKey="page.targets"
              values={{ names: targetNames.join(', ') }}
              components={{ strong: <strong /> }}
            />
          </span>
          {summary ? <span className="muted">{summary}</span> : null}
          <button type="button" className="link" onClick={() => setEditingTargets(true)}>
            {t('page.change')}
          </button>
        </div>
      )}

      {needsTrainingStart ? (
        <div className="notice warning hours-notice" role="note">
          <span>{t('page.trainingStartMissing')}</span>
          <button type="button" className="button" onClick={() => setEditingTargets(true)}>
            {t('page.addDate')}
          </button>
        </div>
      ) : null}

      {hasCards ? (
        <div className="hours-progress-grid">
          {overview.progress.map((p) => (
            <CredentialCard key={p.ruleId} progress={p} />
          ))}
          {overview.mentor ? <MentorCard mentor={overview.mentor} /> : null}
          {overview.renewal ? <RenewalCard renewal={overview.renewal} /> : null}
        </div>
      ) : null}

      {hasHours ? (
        <div className="hours-charts">
          <ChartCard
            className="wide"
            title={t('chart.overTime')}
            subtitle={t('chart.overTimeSubtitle')}
            chart={
              <CumulativeChart
                points={overview.cumulative}
                thresholds={thresholds}
                until={localToday().slice(0, 7)}
              />
            }
            legend={<CumulativeLegend hasThresholds={thresholds.length > 0} />}
            table={<CumulativeTable points={overview.cumulative} />}
          />
          <ChartCard
            title={t('chart.bySponsor')}
            subtitle={t('chart.bySponsorSubtitle')}
            chart={<SponsorChart rows={overview.bySponsor} />}
            table={<SponsorTable rows={overview.bySponsor} />}
          />
        </div>
      ) : null}

      <div className="hours-logs">
        <ManualHoursPanel entries={manual} onChanged={load} />
        <CePanel entries={ce} onChanged={load} />
      </div>

      {editingTargets ? (
        <TargetsDialog
          overview={overview}
          onClose={() => setEditingTargets(false)}
          onSaved={async () => {
            setEditingTargets(false);
            await load();
          }}
        />
      ) : null}
    </div>
  );
}
