import { useEffect, useState } from 'react';
import type { HoursOverview } from '../../../electron/shared/hours';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
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
import { formatDay, localToday, shortCredentialName } from './format';
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

function settingsSummary(overview: HoursOverview): string | null {
  const { settings } = overview;
  const parts: string[] = [];
  if (settings.trainingStartDate) parts.push(`Training started ${formatDay(settings.trainingStartDate)}`);
  if (settings.applicationDate) parts.push(`applying ${formatDay(settings.applicationDate)}`);
  if (settings.renewalDate) parts.push(`renewal ${formatDay(settings.renewalDate)}`);
  if (parts.length === 0) return null;
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function HoursPage() {
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
      Credential targets…
    </button>
  );

  const header = (
    <PageHeader
      title="Hours"
      subtitle="Your coaching hours, counted the way your credentialing body counts them."
      actions={
        <>
          <ImportLogButton onImported={() => void load()} />
          {overview && (overview.totals.entries > 0 || ce.length > 0) ? (
            <ExportsMenu onSaved={(path) => setNotice(`Saved to ${path}`)} />
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
            Loading…
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
    .map((r) => shortCredentialName(r.name, r.body));
  const needsTrainingStart =
    !overview.settings.trainingStartDate && overview.progress.some((p) => p.body === 'ICF');
  const hasCards = overview.progress.length > 0 || overview.mentor !== null || overview.renewal !== null;

  return (
    <div className="hours-page">
      {header}
      {notice ? (
        <div className="notice hours-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
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
          title="No coaching hours yet"
          icon="hours"
          action={
            <div className="hours-empty-actions">
              <button type="button" className="button primary" onClick={() => go('sessions')}>
                Go to sessions
              </button>
              <button type="button" className="button" onClick={() => setEditingTargets(true)}>
                Set credential targets
              </button>
            </div>
          }
        >
          <p>
            Hours come from the sessions you mark as held: each one is counted once, paid or pro bono, and
            every member of a group counts as a client. Hours you coached before Coachbook can be added below.
          </p>
          <p>
            Choose your credential targets (ICF, EMCC or CCE) and your training start date to see what counts
            and what is still missing.
          </p>
        </EmptyState>
      )}

      {overview.settings.targets.length === 0 ? (
        hasHours ? (
          <div className="hours-callout">
            <div>
              <strong>Working toward a credential?</strong>
              <p className="muted">
                Choose your targets and training start date to see your progress as ICF, EMCC or CCE count it.
              </p>
            </div>
            <button type="button" className="button" onClick={() => setEditingTargets(true)}>
              Set credential targets
            </button>
          </div>
        ) : null
      ) : (
        <div className="hours-targets-line">
          <span>
            Targets: <strong>{targetNames.join(', ')}</strong>
          </span>
          {summary ? <span className="muted">{summary}</span> : null}
          <button type="button" className="link" onClick={() => setEditingTargets(true)}>
            Change
          </button>
        </div>
      )}

      {needsTrainingStart ? (
        <div className="notice warning hours-notice" role="note">
          <span>
            ICF counts hours only from the start of your coach-specific training. Add your training start date
            so earlier sessions are left out.
          </span>
          <button type="button" className="button" onClick={() => setEditingTargets(true)}>
            Add date
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
            title="Hours over time"
            subtitle="Cumulative paid and pro bono hours, before any credential's rules."
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
            title="Hours by sponsor"
            subtitle="Who paid or partnered, across all your hours."
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
