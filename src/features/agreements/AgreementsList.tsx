import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { AgreementTemplate } from '../../../electron/shared/agreements';
import type { AgreementSummary } from '../../../electron/shared/clients';
import type { Engagement } from '../../../electron/shared/engagements';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from './StatusBadge';
import { TemplatesPanel } from './TemplatesPanel';

const TABS = ['agreements', 'templates'] as const;
type Tab = (typeof TABS)[number];

export function AgreementsList({ focusAgreement = null }: { focusAgreement?: string | null } = {}) {
  const open = useAppStore((s) => s.open);
  const go = useAppStore((s) => s.go);
  const [tab, setTab] = useState<Tab>('agreements');
  const tabsId = useId();
  const newButton = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusPending = useRef(focusAgreement);
  const [agreements, setAgreements] = useState<AgreementSummary[] | null>(null);
  const [engagements, setEngagements] = useState<Engagement[]>([]);
  const [templates, setTemplates] = useState<AgreementTemplate[]>([]);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([
      unwrap(api().agreements.list()),
      unwrap(api().engagements.list()),
      unwrap(api().templates.list()),
    ])
      .then(([a, e, t]) => {
        setAgreements(a);
        setEngagements(e);
        setTemplates(t);
      })
      .catch((e) => setError(errorMessage(e)));
  }, []);

  const titleOf = new Map(engagements.map((e) => [e.id, e.title]));

  // Back from an agreement: focus its row once the list is drawn.
  useEffect(() => {
    if (!focusPending.current || agreements === null) return;
    const target = focusPending.current;
    focusPending.current = null;
    tableRef.current?.querySelector<HTMLElement>(`[data-agreement="${CSS.escape(target)}"]`)?.focus();
  });

  // Arrow keys move between the two tabs (and open them); Tab goes on into the panel.
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowLeft'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'Home'
          ? TABS[0]
          : event.key === 'End'
            ? TABS[TABS.length - 1]
            : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(`${tabsId}-${next}`)?.focus();
  }

  return (
    <>
      <PageHeader
        title="Agreements"
        subtitle="Coaching agreements for each client relationship, and the templates they start from."
        actions={
          tab === 'agreements' && engagements.length > 0 ? (
            <button
              ref={newButton}
              type="button"
              className="button primary"
              onClick={() => setCreating(true)}
            >
              New agreement
            </button>
          ) : null
        }
      />
      <div className="tabs" role="tablist" aria-label="Agreements or templates" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t}
            id={`${tabsId}-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`${tabsId}-panel`}
            tabIndex={tab === t ? 0 : -1}
            className="tab"
            onClick={() => setTab(t)}
          >
            {t === 'agreements' ? 'Agreements' : 'Templates'}
          </button>
        ))}
      </div>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div
        className="agreements-tabpanel"
        role="tabpanel"
        id={`${tabsId}-panel`}
        aria-labelledby={`${tabsId}-${tab}`}
      >
        {tab === 'templates' ? (
          <TemplatesPanel templates={templates} onChange={setTemplates} />
        ) : (
          <>
            {creating ? (
              <NewAgreementForm
                engagements={engagements}
                templates={templates}
                onCancel={() => {
                  newButton.current?.focus();
                  setCreating(false);
                }}
                onCreated={(id) => open('agreements', id)}
              />
            ) : null}
            {agreements === null ? null : agreements.length === 0 && !creating ? (
              <EmptyState
                title="No agreements yet"
                icon="agreements"
                action={
                  engagements.length === 0 ? (
                    <button type="button" className="button primary" onClick={() => go('clients')}>
                      Go to clients
                    </button>
                  ) : (
                    <button type="button" className="button primary" onClick={() => setCreating(true)}>
                      New agreement
                    </button>
                  )
                }
              >
                <p>
                  Each coaching relationship starts with an agreement: scope, fees, confidentiality, and that
                  coaching is not therapy.{' '}
                  {engagements.length === 0
                    ? 'Add a client and an engagement first, then create its agreement from a template.'
                    : 'Create one from a template for any engagement.'}
                </p>
              </EmptyState>
            ) : (
              <table ref={tableRef} className="table" aria-label="Agreements">
                <thead>
                  <tr>
                    <th scope="col">Agreement</th>
                    <th scope="col">Engagement</th>
                    <th scope="col">Status</th>
                    <th scope="col">Ends</th>
                  </tr>
                </thead>
                <tbody>
                  {agreements.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <button
                          type="button"
                          className="link"
                          data-agreement={a.id}
                          onClick={() => open('agreements', a.id)}
                        >
                          {a.title}
                        </button>
                      </td>
                      <td dir="auto">{titleOf.get(a.engagementId) ?? ''}</td>
                      <td>
                        <StatusBadge status={a.status} />
                      </td>
                      <td>{a.endDate ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </>
  );
}

function NewAgreementForm({
  engagements,
  templates,
  onCancel,
  onCreated,
}: {
  engagements: Engagement[];
  templates: AgreementTemplate[];
  onCancel: () => void;
  onCreated: (id: string) => void;
}) {
  const [engagementId, setEngagementId] = useState(engagements[0]?.id ?? '');
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const agreement = await unwrap(api().agreements.create({ engagementId, templateId }));
      onCreated(agreement.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New agreement">
      <h2>New agreement</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="new-agreement-engagement">Engagement</label>
        <select
          id="new-agreement-engagement"
          // biome-ignore lint/a11y/noAutofocus: the form opens because the coach asked for a new agreement.
          autoFocus
          value={engagementId}
          onChange={(e) => setEngagementId(e.target.value)}
        >
          {engagements.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title} — {e.participants.map((p) => p.fullName).join(', ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-agreement-template">Template</label>
        <select
          id="new-agreement-template"
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Create draft
        </button>
      </div>
    </form>
  );
}
