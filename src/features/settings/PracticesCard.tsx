import { useState } from 'react';
import type { PracticeStatus } from '../../../electron/shared/practice';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';

/** This practice's facts, and switching between the practice files on this computer. */
export function PracticesCard() {
  const profile = useAppStore((s) => s.profile);
  const status = useAppStore((s) => s.status);
  const applyStatus = useAppStore((s) => s.applyStatus);
  const setCreatingPractice = useAppStore((s) => s.setCreatingPractice);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<PracticeStatus>) {
    setError(null);
    try {
      await applyStatus(await call());
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="practice-heading">
        <h2 id="practice-heading">This practice</h2>
        <dl className="facts">
          <dt>Practice</dt>
          <dd>{profile?.name}</dd>
          <dt>Coach</dt>
          <dd>{profile?.coachName}</dd>
          <dt>File</dt>
          <dd className="mono">{status?.current?.path}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="practices-heading">
        <h2 id="practices-heading">Practices</h2>
        <p className="muted">
          Keep separate practices for separate work, for example coaching apart from any therapy records. Each
          is its own encrypted file with its own passphrase.
        </p>
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <ul className="practice-rows" aria-label="Practices on this computer">
          {status?.known.map((p) => (
            <li key={p.path}>
              <span>{p.name}</span>
              {p.path === status.current?.path ? (
                <span className="badge">Open</span>
              ) : (
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => run(() => unwrap(api().practice.select({ path: p.path })))}
                >
                  Switch to {p.name}
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="form-actions start">
          <button type="button" className="button" onClick={() => setCreatingPractice(true)}>
            New practice…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run(() => unwrap(api().practice.openOther()))}
          >
            Open a practice file…
          </button>
        </div>
      </section>
    </>
  );
}
