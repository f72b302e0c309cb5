import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalCandidate } from '../../../electron/shared/backups';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { RadioGroup } from '../../components/FormControls';
import { i18n } from '../../i18n';
import { DisposeDialog } from './DisposeDialog';
import { formatDay } from './format';

type Mode = 'decide' | 'years';

function statusLabel(status: string): string {
  if (status === 'completed') return i18n.t('settings:due.statuses.completed');
  if (status === 'archived') return i18n.t('settings:due.statuses.archived');
  return status;
}

/**
 * How long the records of clients whose coaching ended are kept, and the ones whose time
 * is up. Nothing is deleted until the coach confirms it here.
 */
export function RetentionCard() {
  const { t } = useTranslation(['settings', 'common']);
  const [years, setYears] = useState<number | null | undefined>(undefined);
  const [due, setDue] = useState<DisposalCandidate[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [disposed, setDisposed] = useState<number | null>(null);

  const reload = useCallback(async () => {
    try {
      const [settings, list] = await Promise.all([
        unwrap(api().retention.settings()),
        unwrap(api().retention.due({})),
      ]);
      setYears(settings.years);
      setDue(list);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <section
        className="card settings-card"
        aria-labelledby="retention-heading"
        aria-busy={years === undefined}
      >
        <div className="settings-card-head">
          <h2 id="retention-heading">{t('retention.heading')}</h2>
          <p className="muted">{t('retention.intro')}</p>
        </div>
        {loadError ? (
          <div className="form-error" role="alert">
            {loadError}
          </div>
        ) : null}
        {years !== undefined ? (
          <RetentionForm
            years={years}
            onSaved={async () => {
              setDisposed(null);
              await reload();
            }}
          />
        ) : null}
      </section>
      {years !== undefined ? (
        <DueList
          years={years}
          due={due ?? []}
          disposed={disposed}
          onDisposed={async (count) => {
            setDisposed(count);
            await reload();
          }}
        />
      ) : null}
    </>
  );
}

function RetentionForm({ years, onSaved }: { years: number | null; onSaved: () => Promise<void> }) {
  const { t } = useTranslation(['settings', 'common']);
  const yearsId = useId();
  const [mode, setMode] = useState<Mode>(years === null ? 'decide' : 'years');
  const [value, setValue] = useState(String(years ?? 7));
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFormError(null);
    setSaved(false);
    let next: number | null = null;
    if (mode === 'years') {
      next = Number(value.trim());
      if (!/^\d+$/.test(value.trim()) || next < 1 || next > 100) {
        setError(t('retention.yearsRange'));
        return;
      }
    }
    setBusy(true);
    try {
      await unwrap(api().retention.saveSettings({ years: next }));
      setSaved(true);
      await onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.field === 'years') setError(e.message);
      else setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form settings-form" onSubmit={submit} noValidate aria-label={t('retention.form')}>
      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      <RadioGroup<Mode>
        legend={t('retention.legend')}
        name="retention-mode"
        value={mode}
        onChange={(m) => {
          setMode(m);
          setSaved(false);
        }}
        columns={2}
        choices={[
          { value: 'decide', label: t('retention.decide'), hint: t('retention.decideHint') },
          { value: 'years', label: t('retention.years'), hint: t('retention.yearsHint') },
        ]}
      />
      {mode === 'years' ? (
        <div className="field settings-years">
          <label htmlFor={yearsId}>{t('retention.yearsLabel')}</label>
          <input
            id={yearsId}
            className="settings-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${yearsId}-error` : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setSaved(false);
            }}
          />
          {error ? (
            <div id={`${yearsId}-error`} className="field-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('common:actions.save')}
        </button>
        <output className="settings-saved">{saved ? t('common:state.saved') : ''}</output>
      </div>
    </form>
  );
}

function DueList({
  years,
  due,
  disposed,
  onDisposed,
}: {
  years: number | null;
  due: DisposalCandidate[];
  disposed: number | null;
  onDisposed: (count: number) => Promise<void>;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [unselected, setUnselected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const selected = due.filter((c) => !unselected.has(c.clientId));
  const allSelected = selected.length === due.length;

  function toggle(id: string, on: boolean) {
    setUnselected((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <section className="card settings-card" aria-labelledby="due-heading">
      <div className="settings-card-head settings-card-head-row">
        <h2 id="due-heading">{t('due.heading')}</h2>
        {due.length > 0 ? (
          <span className="badge settings-badge-warn">{t('due.records', { count: due.length })}</span>
        ) : null}
      </div>
      {disposed !== null ? (
        <div className="notice" role="status">
          {t('due.disposed', { count: disposed })}
        </div>
      ) : null}
      {years === null ? (
        <p className="muted">{t('due.undecided')}</p>
      ) : due.length === 0 ? (
        <p className="muted">{t('due.none', { years: t('due.years', { count: years }) })}</p>
      ) : (
        <>
          <p className="muted">{t('due.intro', { years: t('due.years', { count: years }) })}</p>
          <table className="settings-table" aria-labelledby="due-heading">
            <thead>
              <tr>
                <th scope="col" className="settings-check-cell">
                  <input
                    type="checkbox"
                    aria-label={t('due.selectAll')}
                    checked={allSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = selected.length > 0 && !allSelected;
                    }}
                    onChange={(e) =>
                      setUnselected(e.target.checked ? new Set() : new Set(due.map((c) => c.clientId)))
                    }
                  />
                </th>
                <th scope="col">{t('due.client')}</th>
                <th scope="col">{t('due.status')}</th>
                <th scope="col">{t('due.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {due.map((c) => (
                <tr key={c.clientId}>
                  <td className="settings-check-cell">
                    <input
                      type="checkbox"
                      aria-label={t('due.select', { name: c.fullName })}
                      checked={!unselected.has(c.clientId)}
                      onChange={(e) => toggle(c.clientId, e.target.checked)}
                    />
                  </td>
                  <th scope="row" className="settings-name">
                    <span dir="auto">{c.fullName}</span>
                  </th>
                  <td>{statusLabel(c.status)}</td>
                  <td>{formatDay(c.lastActivity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="settings-actions">
            <button
              type="button"
              className="button settings-danger-outline"
              disabled={selected.length === 0}
              onClick={() => setConfirming(true)}
            >
              {t('due.delete')}
            </button>
            <span className="muted small">{t('due.selected', { count: selected.length })}</span>
          </div>
        </>
      )}
      {confirming ? (
        <DisposeDialog
          candidates={selected}
          onClose={() => setConfirming(false)}
          onDisposed={async (count) => {
            setConfirming(false);
            setUnselected(new Set());
            await onDisposed(count);
          }}
        />
      ) : null}
    </section>
  );
}
