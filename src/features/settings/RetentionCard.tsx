import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import type { DisposalCandidate } from '../../../electron/shared/backups';
import { ApiError, api, errorMessage, unwrap } from '../../api/client';
import { RadioGroup } from '../../components/FormControls';
import { DisposeDialog } from './DisposeDialog';
import { formatDay, plural } from './format';

type Mode = 'decide' | 'years';

const statusLabels: Record<string, string> = {
  completed: 'Completed',
  archived: 'Archived',
};

/**
 * How long the records of clients whose coaching ended are kept, and the ones whose time
 * is up. Nothing is deleted until the coach confirms it here.
 */
export function RetentionCard() {
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
          <h2 id="retention-heading">Keeping records</h2>
          <p className="muted">
            Keep records as long as you need them, then dispose of them securely, as the ICF Code of Ethics
            asks. Coachbook never deletes anything by itself: records whose time is up are listed below for
            you to review.
          </p>
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
        setError('Enter a number of years from 1 to 100.');
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
    <form className="form settings-form" onSubmit={submit} noValidate aria-label="How long to keep records">
      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      <RadioGroup<Mode>
        legend="Keep the records of clients whose coaching ended"
        name="retention-mode"
        value={mode}
        onChange={(m) => {
          setMode(m);
          setSaved(false);
        }}
        columns={2}
        choices={[
          { value: 'decide', label: 'Until I decide', hint: 'Never listed for disposal automatically.' },
          {
            value: 'years',
            label: 'For a number of years',
            hint: 'Listed for disposal once that long has passed since their last activity.',
          },
        ]}
      />
      {mode === 'years' ? (
        <div className="field settings-years">
          <label htmlFor={yearsId}>Years after the last activity</label>
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
          Save
        </button>
        <output className="settings-saved">{saved ? 'Saved' : ''}</output>
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
        <h2 id="due-heading">Due for disposal</h2>
        {due.length > 0 ? (
          <span className="badge settings-badge-warn">{plural(due.length, 'record')}</span>
        ) : null}
      </div>
      {disposed !== null ? (
        <div className="notice" role="status">
          Deleted the records of {plural(disposed, 'client')} permanently.
        </div>
      ) : null}
      {years === null ? (
        <p className="muted">
          Records are kept until you decide. Choose a number of years to see which are due.
        </p>
      ) : due.length === 0 ? (
        <p className="muted">
          No records are due. Clients whose coaching ended appear here {plural(years, 'year')} after their
          last activity.
        </p>
      ) : (
        <>
          <p className="muted">
            These clients’ coaching ended and nothing has happened for more than {plural(years, 'year')}.
          </p>
          <table className="settings-table" aria-labelledby="due-heading">
            <thead>
              <tr>
                <th scope="col" className="settings-check-cell">
                  <input
                    type="checkbox"
                    aria-label="Select all"
                    checked={allSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = selected.length > 0 && !allSelected;
                    }}
                    onChange={(e) =>
                      setUnselected(e.target.checked ? new Set() : new Set(due.map((c) => c.clientId)))
                    }
                  />
                </th>
                <th scope="col">Client</th>
                <th scope="col">Status</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {due.map((c) => (
                <tr key={c.clientId}>
                  <td className="settings-check-cell">
                    <input
                      type="checkbox"
                      aria-label={`Select ${c.fullName}`}
                      checked={!unselected.has(c.clientId)}
                      onChange={(e) => toggle(c.clientId, e.target.checked)}
                    />
                  </td>
                  <th scope="row" className="settings-name">
                    <span dir="auto">{c.fullName}</span>
                  </th>
                  <td>{statusLabels[c.status] ?? c.status}</td>
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
              Delete permanently…
            </button>
            <span className="muted small">{plural(selected.length, 'record')} selected</span>
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
