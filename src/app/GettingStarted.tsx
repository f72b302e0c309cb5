import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from '../../electron/shared/practice';
import { api, unwrap } from '../api/client';
import { DemoOffer } from './DemoOffer';
import { type Section, useAppStore } from './store';

const STEPS: { key: keyof Omit<Onboarding, 'dismissed'>; section: Section }[] = [
  { key: 'hasClient', section: 'clients' },
  { key: 'hasSession', section: 'sessions' },
  { key: 'hasTarget', section: 'hours' },
];

/** The guided start after setup: three first steps, ticked off as they happen, until dismissed. */
export function GettingStarted() {
  const { t } = useTranslation(['app', 'common']);
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
        <h2 id="getting-started-heading">{t('gettingStarted.title')}</h2>
        <span className="muted small">{t('gettingStarted.progress', { done, total: STEPS.length })}</span>
        <button
          type="button"
          className="button ghost"
          onClick={() => unwrap(api().practice.dismissOnboarding()).then(setState, () => {})}
        >
          {t('common:actions.hide')}
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
                {t(`gettingStarted.steps.${step.key}.label`)}{' '}
                <span className="visually-hidden">{t('gettingStarted.done')}</span>
              </span>
            ) : (
              <button type="button" className="link" onClick={() => go(step.section)}>
                {t(`gettingStarted.steps.${step.key}.label`)}
              </button>
            )}
            <span className="muted small">{t(`gettingStarted.steps.${step.key}.hint`)}</span>
          </li>
        ))}
      </ol>
      <DemoOffer />
    </section>
  );
}
