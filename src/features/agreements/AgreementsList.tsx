import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementTemplate } from '../../../electron/shared/agreements';
import type { AgreementSummary } from '../../../electron/shared/clients';
import type { Engagement } from '../../../electron/shared/engagements';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../i18n/format';
import { StatusBadge } from './StatusBadge';
import { TemplatesPanel } from './TemplatesPanel';

const TABS = ['agreements', 'templates'] as const;
type Tab = (typeof TABS)[number];

export function AgreementsList({ focusAgreement = null }: { focusAgreement?: string | null } = {}) {
  const { t } = useTranslation(['agreements', 'common']);
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
      .then(([a, e, list]) => {
        setAgreements(a);
        setEngagements(e);
        setTemplates(list);
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
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          tab === 'agreements' && engagements.length > 0 ? (
            <button
              ref={newButton}
              type="button"
              className="button primary"
              onClick={() => setCreating(true)}
            >
              {t('list.newAgreement')}
            </button>
          ) : null
        }
      />
      <div className="tabs" role="tablist" aria-label={t('list.tabsLabel')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${tabsId}-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${tabsId}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => setTab(name)}
          >
            {t(`list.tabs.${name}`)}
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
            {agreements === null ? (
              <p className="muted" aria-busy="true">
                {t('common:state.loading')}
              </p>
            ) : agreements.length === 0 && !creating ? (
              <EmptyState
                title={t('list.empty.title')}
                icon="agreements"
                action={
                  engagements.length === 0 ? (
                    <button type="button" className="button primary" onClick={() => go('clients')}>
                      {t('list.empty.goToClients')}
                    </button>
                  ) : (
                    <button type="button" className="button primary" onClick={() => setCreating(true)}>
                      {t('list.newAgreement')}
                    </button>
                  )
                }
              >
                <p>
                  {t('list.empty.intro')}{' '}
                  {engagements.length === 0 ? t('list.empty.noEngagements') : t('list.empty.fromTemplate')}
                </p>
              </EmptyState>
            ) : (
              <table ref={tableRef} className="table" aria-label={t('list.table.label')}>
                <thead>
                  <tr>
                    <th scope="col">{t('list.table.agreement')}</th>
                    <th scope="col">{t('list.table.engagement')}</th>
                    <th scope="col">{t('list.table.status')}</th>
                    <th scope="col">{t('list.table.ends')}</th>
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
                      <td>{a.endDate ? formatDay(a.endDate) : '—'}</td>
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
  const { t } = useTranslation(['agreements', 'common']);

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
    <form className="card form" onSubmit={submit} aria-label={t('newForm.title')}>
      <h2>{t('newForm.title')}</h2>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="new-agreement-engagement">{t('newForm.engagement')}</label>
        <select
          id="new-agreement-engagement"
          // biome-ignore lint/a11y/noAutofocus: the form opens because the coach asked for a new agreement.
          autoFocus
          value={engagementId}
          onChange={(e) => setEngagementId(e.target.value)}
        >
          {engagements.map((e) => (
            <option key={e.id} value={e.id}>
              {t('newForm.engagementOption', {
                title: e.title,
                participants: e.participants.map((p) => p.fullName).join(', '),
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-agreement-template">{t('newForm.template')}</label>
        <select
          id="new-agreement-template"
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('newForm.create')}
        </button>
      </div>
    </form>
  );
}
