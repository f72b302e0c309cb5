import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementKind } from '../../../electron/shared/engagements';
import type { NoteTemplate } from '../../../electron/shared/note-templates';
import type { Note, Session } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { formatMoney } from '../../i18n/format';
import { kindLabels } from '../engagements/labels';
import { AttendanceBadge, DraftBadge, SessionAvatar, SessionIcon } from './bits';
import { SessionCommitments, ToReview } from './Commitments';
import {
  formatLabels,
  formatMinutes,
  formatSessionDay,
  formatSessionTime,
  joinNames,
  paymentLabels,
  zoneBadge,
  zoneLabel,
} from './format';
import { NoteEditor } from './NoteEditor';
import { SessionForm } from './SessionForm';
import { useSessionsStore } from './store';

/** One session: when and how it was held, its note, and the commitments around it. */
export function SessionPage({ id }: { id: string }) {
  const { t } = useTranslation(['sessions', 'common']);
  const go = useAppStore((s) => s.go);
  const flash = useSessionsStore((s) => s.flash);
  const engagements = useSessionsStore((s) => s.engagements);
  const [session, setSession] = useState<Session | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [templates, setTemplates] = useState<NoteTemplate[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  /** Bumped when the commitments must be read again (the session moved in time). */
  const [commitmentsKey, setCommitmentsKey] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus the heading once it is drawn (after the session arrives), not in a frame that may come first.
  const shownId = session && note ? session.id : null;
  useEffect(() => {
    if (shownId) headingRef.current?.focus({ preventScroll: true });
  }, [shownId]);
  /** The confirmation this page showed; leaving clears it (but not one made for the next screen). */
  const shownFlash = useRef(useSessionsStore.getState().flash);

  useEffect(() => {
    let live = true;
    Promise.all([
      unwrap(api().sessions.get({ id })),
      unwrap(api().notes.get({ sessionId: id })),
      unwrap(api().notes.templates()),
    ])
      .then(([s, n, t]) => {
        if (!live) return;
        setSession(s);
        setNote(n);
        setTemplates(t);
        if (s.clientNames.length > 1 && !useSessionsStore.getState().engagements) {
          useSessionsStore
            .getState()
            .loadEngagements()
            .catch(() => undefined);
        }
      })
      .catch((e) => {
        if (live) setLoadError(errorMessage(e));
      });
    return () => {
      live = false;
      const store = useSessionsStore.getState();
      if (store.flash !== null && store.flash === shownFlash.current) store.setFlash(null);
    };
  }, [id]);

  const back = (
    <button type="button" className="button ghost ses-back" onClick={() => go('sessions')}>
      <ActionIcon name="back" size={16} />
      {t('session.back')}
    </button>
  );

  if (!session || !note) {
    return (
      <div className="ses-page">
        {back}
        {loadError ? (
          <div className="form-error" role="alert">
            {loadError}
          </div>
        ) : (
          <p className="muted" aria-busy="true">
            {t('common:state.loading')}
          </p>
        )}
      </div>
    );
  }

  async function confirmDraft() {
    setActionError(null);
    try {
      const confirmed = await unwrap(api().sessions.confirmDraft({ id }));
      setSession(confirmed);
      useSessionsStore.getState().patchSession(confirmed);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  async function remove() {
    setDeleteError(null);
    try {
      await unwrap(api().sessions.remove({ id }));
      setDeleting(false);
      useSessionsStore.getState().setFlash(t('flash.deleted'));
      go('sessions');
    } catch (e) {
      setDeleteError(errorMessage(e));
    }
  }

  const zone = zoneBadge(session.startsAt, session.timeZone);
  const participants = engagements?.find((e) => e.id === session.engagementId)?.participants ?? null;
  const attendedNames = participants
    ? participants
        .filter((p) => session.attendeeIds.length === 0 || session.attendeeIds.includes(p.id))
        .map((p) => p.fullName)
    : null;
  const fee =
    session.feeMinor !== null && session.feeMinor > 0 ? formatMoney(session.feeMinor, session.currency) : '';
  const names = joinNames(session.clientNames, 4);
  const group = session.clientNames.length > 1;

  return (
    <div className="ses-page ses-session">
      {back}
      <header className="ses-session-header">
        <SessionAvatar session={session} size="large" />
        <div className="ses-session-title">
          <div className="ses-title-line">
            <h1 ref={headingRef} tabIndex={-1} dir="auto">
              {group ? session.engagementTitle : names || session.engagementTitle}
            </h1>
            <AttendanceBadge attendance={session.attendance} />
            {session.isDraft ? <DraftBadge /> : null}
          </div>
          <p className="ses-subtitle">
            {group ? <bdi>{joinNames(session.clientNames, 3)}</bdi> : <bdi>{session.engagementTitle}</bdi>}
            <span aria-hidden="true"> · </span>
            {kindLabels[session.engagementKind as EngagementKind] ?? session.engagementKind}
          </p>
        </div>
        <div className="page-actions">
          {session.isDraft ? (
            <button type="button" className="button primary" onClick={() => void confirmDraft()}>
              {t('session.confirm')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            <ActionIcon name="edit" size={16} />
            {t('common:actions.edit')}
          </button>
          <button
            type="button"
            className="button ses-danger"
            onClick={() => {
              setDeleteError(null);
              setDeleting(true);
            }}
          >
            <ActionIcon name="trash" size={16} />
            {t('session.delete')}
          </button>
        </div>
      </header>

      {flash ? (
        <div className="ses-flash" role="status">
          {flash}
        </div>
      ) : null}
      {actionError ? (
        <div className="form-error" role="alert">
          {actionError}
        </div>
      ) : null}
      {session.isDraft ? (
        <div className="ses-draft-notice" role="note">
          <SessionIcon name="calendar" size={18} />
          <span>{t('session.draftNotice')}</span>
        </div>
      ) : null}

      <dl className="ses-facts" aria-label={t('session.details')}>
        <div>
          <dt>
            <SessionIcon name="calendar" size={15} /> {t('session.date')}
          </dt>
          <dd>{formatSessionDay(session.startsAt, session.timeZone)}</dd>
        </div>
        <div>
          <dt>
            <SessionIcon name="clock" size={15} /> {t('session.time')}
          </dt>
          <dd>
            {formatSessionTime(session.startsAt, session.timeZone)}{' '}
            <span className="muted" title={session.timeZone}>
              {zone || zoneLabel(session.timeZone)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('session.length')}</dt>
          <dd>{formatMinutes(session.durationMinutes)}</dd>
        </div>
        <div>
          <dt>{t('session.format')}</dt>
          <dd>{formatLabels[session.format]}</dd>
        </div>
        <div>
          <dt>{t('session.payment')}</dt>
          <dd>
            {paymentLabels[session.payment]}
            {fee ? <span className="muted"> · {fee}</span> : null}
          </dd>
        </div>
        {session.clientNames.length > 1 ? (
          <div className="wide">
            <dt>{t('session.attended')}</dt>
            <dd className="ses-attended">
              {attendedNames === null ? (
                session.attendeeIds.length === 0 ? (
                  t('session.everyone')
                ) : (
                  t('session.attendedCount', {
                    attended: session.attendeeIds.length,
                    total: session.clientNames.length,
                  })
                )
              ) : (
                <>
                  {attendedNames.map((name, index) => (
                    <span key={name}>
                      <bdi>{name}</bdi>
                      {index < attendedNames.length - 1 ? ', ' : ''}
                    </span>
                  ))}
                  <span className="muted">
                    {' '}
                    {t('session.attendedOf', {
                      attended: attendedNames.length,
                      total: session.clientNames.length,
                    })}
                  </span>
                </>
              )}
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="ses-session-grid">
        <div className="ses-main">
          <NoteEditor
            key={note.finalisedAt ? 'final' : 'draft'}
            note={note}
            templates={templates}
            onNote={(next) => {
              setNote(next);
              if (next.finalisedAt && !session.finalised) {
                const updated = { ...session, finalised: true, hasNote: true };
                setSession(updated);
                useSessionsStore.getState().patchSession(updated);
              } else if (!session.hasNote) {
                const updated = { ...session, hasNote: true };
                setSession(updated);
                useSessionsStore.getState().patchSession(updated);
              }
            }}
            onTemplates={setTemplates}
          />
        </div>
        <aside className="ses-aside" aria-label={t('session.commitments')}>
          <ToReview key={`review-${commitmentsKey}`} initial={note.toReview} />
          <SessionCommitments
            key={`made-${commitmentsKey}`}
            initial={note.actions}
            engagementId={session.engagementId}
            sessionId={session.id}
          />
        </aside>
      </div>

      {editing ? (
        <SessionForm
          session={session}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setSession(saved);
            useSessionsStore.getState().patchSession(saved);
            // A session moved in time reviews a different set of earlier commitments.
            unwrap(api().notes.get({ sessionId: id }))
              .then((fresh) => {
                setNote((current) =>
                  current ? { ...current, toReview: fresh.toReview, actions: fresh.actions } : fresh,
                );
                setCommitmentsKey((k) => k + 1);
              })
              .catch((e) => setActionError(errorMessage(e)));
          }}
        />
      ) : null}
      {deleting ? (
        <Dialog
          title={t('session.deleteTitle')}
          size="small"
          tone="danger"
          onClose={() => setDeleting(false)}
          description={`${names} · ${formatSessionDay(session.startsAt, session.timeZone)}`}
        >
          <div className="dialog-body">
            <p>{t('session.deleteBody')}</p>
            {session.finalised ? <p className="muted">{t('session.deleteFinalised')}</p> : null}
            {deleteError ? (
              <div className="form-error" role="alert">
                {deleteError}
              </div>
            ) : null}
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" data-autofocus onClick={() => setDeleting(false)}>
              {t('session.keep')}
            </button>
            <button type="button" className="button ses-destructive" onClick={() => void remove()}>
              {t('session.deleteConfirm')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
