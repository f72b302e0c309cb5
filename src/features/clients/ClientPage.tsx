import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Client, ClientOverview, Referral } from '../../../electron/shared/clients';
import type { Engagement } from '../../../electron/shared/engagements';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { WheelOfLifePanel } from '../assessments/WheelOfLifePanel';
import { EngagementCard } from '../engagements/EngagementCard';
import { EngagementForm } from '../engagements/EngagementForm';
import { Avatar, StatusBadge, TagChips } from './bits';
import { ClientForm } from './ClientForm';
import { EraseDialog } from './EraseDialog';
import { formatDay, formatInstantDay, languageName, localTimeIn, sourceLabels } from './format';
import { ReferralForm } from './ReferralForm';
import { useClientsStore } from './store';
import { warningKey, warningText } from './warning-text';

type DialogState =
  | { kind: 'edit' }
  | { kind: 'erase' }
  | { kind: 'referral' }
  | { kind: 'remove-referral'; referral: Referral }
  | { kind: 'engagement'; engagement?: Engagement }
  | null;

/** Everything about one client, in one place. */
export function ClientPage({ id }: { id: string }) {
  const { t } = useTranslation(['clients', 'common']);
  const open = useAppStore((s) => s.open);
  const overview = useClientsStore((s) => s.overview);
  const overviewError = useClientsStore((s) => s.overviewError);
  const { loadOverview, clearOverview, loadTags } = useClientsStore.getState();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = overview?.client.id === id ? overview : null;

  useEffect(() => {
    clearOverview();
    setNotice(null);
    setActionError(null);
    void loadOverview(id);
  }, [id, clearOverview, loadOverview]);

  // Land on the page heading, so the keyboard (and a screen reader) start at the top of the record.
  const loaded = data !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  // Escape goes back to the list, when nothing else wants it.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select')) return;
      open('clients', null);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  async function run(action: () => Promise<unknown>, done?: string) {
    setActionError(null);
    setNotice(null);
    try {
      await action();
      await loadOverview(id);
      if (done) setNotice(done);
    } catch (error) {
      setActionError(errorMessage(error));
    }
  }

  const back = (
    <button type="button" className="button ghost back-link" onClick={() => open('clients', null)}>
      <ActionIcon name="back" size={16} />
      {t('page.back')}
    </button>
  );

  if (!data) {
    return (
      <div className="client-page" aria-busy={!overviewError}>
        {back}
        {overviewError ? (
          <div className="form-error" role="alert">
            {overviewError}
          </div>
        ) : (
          <div className="client-page-loading" />
        )}
      </div>
    );
  }

  const { client } = data;
  const archived = client.status === 'archived';
  const subtitle = [
    client.preferredName ? t('page.goesBy', { name: client.preferredName }) : null,
    client.pronouns || null,
    client.organisation || null,
  ].filter((part): part is string => part !== null);

  return (
    <div className="client-page">
      <nav aria-label={t('page.breadcrumb')}>{back}</nav>
      <header className="client-header">
        <Avatar id={client.id} name={client.fullName} size="large" />
        <div className="client-header-text">
          <div className="client-header-title">
            <h1 ref={headingRef} tabIndex={-1} dir="auto">
              {client.fullName}
            </h1>
            <StatusBadge status={client.status} />
          </div>
          {subtitle.length > 0 ? (
            <p className="client-subtitle">
              {subtitle.map((part, i) => (
                <span key={part}>
                  {i > 0 ? <span aria-hidden="true"> · </span> : null}
                  <span dir="auto">{part}</span>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => setDialog({ kind: 'edit' })}>
            <ActionIcon name="edit" size={16} />
            {t('common:actions.edit')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              run(async () => {
                const path = await unwrap(api().clients.export({ id }));
                if (path) setNotice(t('page.exported', { path }));
              })
            }
          >
            {t('page.export')}
          </button>
          {archived ? (
            <button
              type="button"
              className="button"
              onClick={() => run(() => unwrap(api().clients.restore({ id })), t('page.restored'))}
            >
              <ActionIcon name="restore" size={16} />
              {t('page.restore')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => run(() => unwrap(api().clients.archive({ id })), t('page.archived'))}
            >
              <ActionIcon name="archive" size={16} />
              {t('page.archive')}
            </button>
          )}
          <button type="button" className="button danger-ghost" onClick={() => setDialog({ kind: 'erase' })}>
            <ActionIcon name="trash" size={16} />
            {t('page.erase')}
          </button>
        </div>
      </header>

      <div className="client-messages" aria-live="polite">
        {notice ? <div className="client-notice success">{notice}</div> : null}
      </div>
      {actionError ? (
        <div className="form-error" role="alert">
          {actionError}
        </div>
      ) : null}
      {data.warnings.length > 0 ? (
        <section className="client-notice warning" aria-label={t('warnings.title')}>
          <ActionIcon name="alert" />
          <div>
            <h2 className="client-notice-title">{t('warnings.title')}</h2>
            <ul>
              {data.warnings.map((w) => (
                <li key={warningKey(w)}>{warningText(w)}</li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
      {archived && !notice ? (
        <div className="client-notice">
          <ActionIcon name="archive" />
          <p>{t('page.archivedNote')}</p>
        </div>
      ) : null}

      <div className="client-grid">
        <div className="client-main">
          <EngagementsSection
            data={data}
            onNew={() => setDialog({ kind: 'engagement' })}
            onEdit={(engagement) => setDialog({ kind: 'engagement', engagement })}
            onOpenClient={(other) => open('clients', other)}
          />
          <WheelOfLifePanel clientId={client.id} />
          <AgreementsSection data={data} onOpen={(agreementId) => open('agreements', agreementId)} />
          <ReferralsSection
            referrals={data.referrals}
            onAdd={() => setDialog({ kind: 'referral' })}
            onRemove={(referral) => setDialog({ kind: 'remove-referral', referral })}
          />
        </div>
        <aside className="client-aside" aria-label={t('page.details')}>
          <ContactCard client={client} />
          <section className="card side-card" aria-labelledby="client-tags-heading">
            <h2 id="client-tags-heading">{t('tags.title')}</h2>
            {client.tags.length > 0 ? (
              <TagChips tags={client.tags} />
            ) : (
              <p className="muted">{t('tags.none')}</p>
            )}
          </section>
          <section className="card side-card" aria-labelledby="client-consent-heading">
            <h2 id="client-consent-heading">{t('consent.title')}</h2>
            {client.mayBeListed ? (
              <p className="consent yes">
                <ActionIcon name="shield" size={16} />
                <span>
                  {client.listingConsentDate
                    ? t('consent.listedSince', { date: formatDay(client.listingConsentDate) })
                    : t('consent.listed')}
                </span>
              </p>
            ) : (
              <p className="consent">
                <ActionIcon name="shield" size={16} />
                <span>{t('consent.notListed')}</span>
              </p>
            )}
          </section>
          <section className="card side-card" aria-labelledby="client-notes-heading">
            <h2 id="client-notes-heading">{t('notes.title')}</h2>
            {client.privateNotes ? (
              <p className="private-notes" dir="auto">
                {client.privateNotes}
              </p>
            ) : (
              <p className="muted">{t('notes.none')}</p>
            )}
          </section>
        </aside>
      </div>

      {dialog?.kind === 'edit' ? (
        <ClientForm
          client={client}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            loadTags();
            void run(async () => {}, t('page.saved'));
          }}
        />
      ) : null}
      {dialog?.kind === 'erase' ? (
        <EraseDialog
          clientId={client.id}
          fullName={client.fullName}
          onClose={() => setDialog(null)}
          onArchiveInstead={
            archived
              ? undefined
              : () => {
                  setDialog(null);
                  void run(() => unwrap(api().clients.archive({ id })), t('page.archived'));
                }
          }
          onErased={() => {
            setDialog(null);
            clearOverview();
            loadTags();
            open('clients', null);
          }}
        />
      ) : null}
      {dialog?.kind === 'referral' ? (
        <ReferralForm
          clientId={client.id}
          clientName={client.fullName}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void run(async () => {}, t('page.referralAdded'));
          }}
        />
      ) : null}
      {dialog?.kind === 'remove-referral' ? (
        <Dialog title={t('removeReferral.title')} onClose={() => setDialog(null)} size="small">
          <div className="dialog-content">
            <div className="dialog-body">
              <p>
                <Trans
                  t={t}
                  i18nKey={dialog.referral.direction === 'out' ? 'removeReferral.out' : 'removeReferral.in'}
                  values={{ name: dialog.referral.partyName, date: formatDay(dialog.referral.date) }}
                  components={{ name: <bdi className="strong" /> }}
                />
              </p>
            </div>
            <div className="dialog-footer">
              <button type="button" className="button ghost" onClick={() => setDialog(null)}>
                {t('removeReferral.keep')}
              </button>
              <button
                type="button"
                className="button destructive"
                onClick={() => {
                  const referralId = dialog.referral.id;
                  setDialog(null);
                  void run(
                    () => unwrap(api().referrals.remove({ id: referralId })),
                    t('page.referralRemoved'),
                  );
                }}
              >
                {t('removeReferral.confirm')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
      {dialog?.kind === 'engagement' ? (
        <EngagementForm
          client={{ id: client.id, fullName: client.fullName }}
          engagement={dialog.engagement}
          onClose={() => setDialog(null)}
          onSaved={() => {
            const editing = dialog.engagement !== undefined;
            setDialog(null);
            void run(async () => {}, editing ? t('page.engagementSaved') : t('page.engagementCreated'));
          }}
        />
      ) : null}
    </div>
  );
}

function ContactCard({ client }: { client: Client }) {
  const { t } = useTranslation(['clients', 'common']);
  const localTime = localTimeIn(client.timeZone);
  const rows: [string, ReactNode][] = [];
  if (client.email)
    rows.push([
      t('contact.email'),
      <span key="email" dir="auto">
        {client.email}
      </span>,
    ]);
  if (client.phone)
    rows.push([
      t('contact.phone'),
      <span key="phone" dir="ltr">
        {client.phone}
      </span>,
    ]);
  if (client.preferredLanguage) rows.push([t('contact.language'), languageName(client.preferredLanguage)]);
  if (client.timeZone) {
    rows.push([
      t('contact.timeZone'),
      <span key="zone">
        {client.timeZone.replaceAll('_', ' ')}
        {localTime ? (
          <span className="muted">
            {' · '}
            {t('contact.localTime', { time: localTime })}
          </span>
        ) : null}
      </span>,
    ]);
  }
  if (client.pronouns) rows.push([t('contact.pronouns'), client.pronouns]);
  rows.push([t('contact.cameToYou'), sourceLabels[client.source]]);
  rows.push([t('contact.clientSince'), formatInstantDay(client.createdAt)]);
  return (
    <section className="card side-card" aria-labelledby="client-contact-heading">
      <h2 id="client-contact-heading">{t('contact.title')}</h2>
      <dl className="side-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {!client.email && !client.phone ? <p className="muted">{t('contact.none')}</p> : null}
    </section>
  );
}

function EngagementsSection({
  data,
  onNew,
  onEdit,
  onOpenClient,
}: {
  data: ClientOverview;
  onNew: () => void;
  onEdit: (engagement: Engagement) => void;
  onOpenClient: (id: string) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  return (
    <section className="card wide-card" aria-labelledby="client-engagements-heading">
      <div className="card-head">
        <h2 id="client-engagements-heading">{t('engagements.title')}</h2>
        <button type="button" className="button compact" onClick={onNew}>
          <ActionIcon name="plus" size={16} />
          {t('engagements.new')}
        </button>
      </div>
      {data.engagements.length === 0 ? (
        <p className="muted">{t('engagements.none')}</p>
      ) : (
        <div className="engagement-list">
          {data.engagements.map((engagement) => (
            <EngagementCard
              key={engagement.id}
              engagement={engagement}
              currentClientId={data.client.id}
              onEdit={() => onEdit(engagement)}
              onOpenClient={onOpenClient}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function AgreementsSection({ data, onOpen }: { data: ClientOverview; onOpen: (id: string) => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const titles = new Map(data.engagements.map((e) => [e.id, e.title]));
  return (
    <section className="card wide-card" aria-labelledby="client-agreements-heading">
      <div className="card-head">
        <h2 id="client-agreements-heading">{t('agreements.title')}</h2>
      </div>
      {data.agreements.length === 0 ? (
        <p className="muted">{t('agreements.none')}</p>
      ) : (
        <ul className="row-list">
          {data.agreements.map((agreement) => (
            <li key={agreement.id}>
              <button type="button" className="row-button" onClick={() => onOpen(agreement.id)}>
                <ActionIcon name="document" />
                <span className="row-text">
                  <span className="row-title" dir="auto">
                    {agreement.title}
                  </span>
                  <span className="muted" dir="auto">
                    {[
                      titles.get(agreement.engagementId),
                      agreement.startDate
                        ? agreement.endDate
                          ? t('agreements.range', {
                              start: formatDay(agreement.startDate),
                              end: formatDay(agreement.endDate),
                            })
                          : t('agreements.from', { start: formatDay(agreement.startDate) })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span className="agreement-status" data-status={agreement.status}>
                  {t(`agreements.status.${agreement.status}`)}
                </span>
                <ActionIcon name="chevron" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReferralsSection({
  referrals,
  onAdd,
  onRemove,
}: {
  referrals: Referral[];
  onAdd: () => void;
  onRemove: (referral: Referral) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  return (
    <section className="card wide-card" aria-labelledby="client-referrals-heading">
      <div className="card-head">
        <h2 id="client-referrals-heading">{t('referrals.title')}</h2>
        <button type="button" className="button compact" onClick={onAdd}>
          <ActionIcon name="plus" size={16} />
          {t('referrals.add')}
        </button>
      </div>
      {referrals.length === 0 ? (
        <p className="muted">{t('referrals.none')}</p>
      ) : (
        <ul className="row-list" aria-label={t('referrals.listLabel')}>
          {referrals.map((referral) => {
            const out = referral.direction === 'out';
            return (
              <li key={referral.id} className="referral">
                <span className={`referral-icon ${out ? 'out' : 'in'}`}>
                  <ActionIcon name={out ? 'arrowOut' : 'arrowIn'} />
                </span>
                <span className="row-text">
                  <span className="row-title">
                    <Trans
                      t={t}
                      i18nKey={out ? 'referrals.out' : 'referrals.in'}
                      values={{ name: referral.partyName }}
                      components={{ name: <bdi /> }}
                    />
                    {referral.partyRole ? <span className="muted">, {referral.partyRole}</span> : null}
                  </span>
                  {referral.reason ? (
                    <span className="referral-reason" dir="auto">
                      {referral.reason}
                    </span>
                  ) : null}
                </span>
                <span className="referral-date">{formatDay(referral.date)}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t(out ? 'referrals.removeOut' : 'referrals.removeIn', {
                    name: referral.partyName,
                  })}
                  onClick={() => onRemove(referral)}
                >
                  <ActionIcon name="trash" size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
