import { useEffect, useState } from 'react';
import type { Onboarding } from '../../electron/shared/practice';
import { api, unwrap } from '../api/client';
import { type Section, useAppStore } from './store';

const STEPS: { key: keyof Omit<Onboarding, 'dismissed'>; label: string; hint: string; section: Section }[] = [
  { key: 'hasClient', label: 'Add a client', hint: 'Clients → New client', section: 'clients' },
  { key: 'hasSession', label: 'Log a session', hint: 'Sessions → Log session', section: 'sessions' },
  {
    key: 'hasTarget',
    label: 'Set a credential target',
    hint: 'Hours → Credential targets',
    section: 'hours',
  },
];

/** The guided start after setup: three first steps, ticked off as they happen, until dismissed. */
export function GettingStarted() {
  const section = useAppStore((s) => s.section);
  const go = useAppStore((s) => s.go);
  const [state, setState] = useState<Onboarding | null>(null);

  // Re-checked whenever the coach moves between sections, so steps tick off as they are done.
  // biome-ignore lint/correctness/useExhaustiveDependencies: section is the trigger, not an input
  useEffect(() => {
    unwrap(api().practice.onboarding()).then(setState, () => setState(null));
  }, [section]);

  if (!state || state.dismissed || STEPS.every((s) => state[s.key])) return null;
  const done = STEPS.filter((s) => state[s.key]).length;
  return (
    <section className="getting-started" aria-labelledby="getting-started-heading">
      <div className="getting-started-head">
        <h2 id="getting-started-heading">Getting started</h2>
        <span className="muted small">
          {done} of {STEPS.length} done
        </span>
        <button
          type="button"
          className="button ghost"
          onClick={() => unwrap(api().practice.dismissOnboarding()).then(setState, () => {})}
        >
          Hide
        </button>
      </div>
      <ol className="getting-started-steps">
        {STEPS.map((step) => (
          <li key={step.key} data-done={state[step.key]}>
            <span className="getting-started-mark" aria-hidden="true">
              {state[step.key] ? '✓' : ''}
            </span>
            {state[step.key] ? (
              <span>
                {step.label} <span className="visually-hidden">(done)</span>
              </span>
            ) : (
              <button type="button" className="link" onClick={() => go(step.section)}>
                {step.label}
              </button>
            )}
            <span className="muted small">{step.hint}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
