import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ManualHours } from '../../../electron/shared/hours';
import { api, errorMessage, unwrap } from '../../api/client';
import { ActionIcon } from '../../components/ActionIcons';
import { Dialog } from '../../components/Dialog';
import { ClientFilter } from '../sessions/ClientFilter';

/**
 * Hours from an earlier log about someone who is also a client in Coachbook count that person
 * twice as a distinct client until the coach links the entry to the client record. Coachbook
 * offers the link when the names match; it never links on its own (namesakes exist).
 */

async function link(entryId: string, clientId: string | null): Promise<void> {
  await unwrap(api().hours.manualLink({ id: entryId, clientId }));
}

/** Above the table: how many entries look like clients counted twice, and one button for all. */
export function SuggestedLinks({
  entries,
  onChanged,
}: {
  entries: ManualHours[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('hours');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suggested = entries.filter((e) => e.suggestedClient !== null);
  if (suggested.length === 0) return null;

  async function linkAll() {
    setBusy(true);
    setError(null);
    try {
      for (const entry of suggested) {
        if (entry.suggestedClient) await link(entry.id, entry.suggestedClient.id);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      await onChanged();
    }
  }

  return (
    <div className="hours-link-notice" role="note">
      <ActionIcon name="users" size={18} />
      <p>{t('link.suggestions', { count: suggested.length })}</p>
      {/* One entry is linked from its own row; a button here too would be a second way to do it. */}
      {suggested.length > 1 ? (
        <button type="button" className="button small" onClick={linkAll} disabled={busy}>
          {t('link.linkAll', { count: suggested.length })}
        </button>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Under the entry's name: the linked client record, or the suggested one with a "same person" button. */
export function LinkStatus({ entry, onChanged }: { entry: ManualHours; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('hours');
  if (entry.clientId && entry.linkedClientName) {
    return (
      <div className="muted small hours-link-status">
        <ActionIcon name="link" size={14} />
        <span>
          <Trans
            t={t}
            i18nKey="link.linked"
            values={{ name: entry.linkedClientName }}
            components={{ name: <bdi /> }}
          />
        </span>
      </div>
    );
  }
  const suggested = entry.suggestedClient;
  if (!suggested) return null;
  return (
    <div className="small hours-link-status">
      <span>
        <Trans
          t={t}
          i18nKey="link.suggested"
          values={{ name: suggested.fullName }}
          components={{ name: <bdi className="strong" /> }}
        />
      </span>
      <button
        type="button"
        className="button small"
        aria-label={t('link.confirmLabel', { entry: entry.clientName, name: suggested.fullName })}
        onClick={async () => {
          await link(entry.id, suggested.id);
          await onChanged();
        }}
      >
        {t('link.confirm')}
      </button>
    </div>
  );
}

/** The row's link action: unlink a linked entry, or choose any client (names in old logs differ). */
export function LinkAction({ entry, onChanged }: { entry: ManualHours; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('hours');
  const [choosing, setChoosing] = useState(false);
  if (entry.clientId) {
    return (
      <button
        type="button"
        className="icon-button"
        aria-label={t('link.unlink', { name: entry.clientName })}
        title={t('link.unlinkTitle')}
        onClick={async () => {
          await link(entry.id, null);
          await onChanged();
        }}
      >
        <ActionIcon name="unlink" size={16} />
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t('link.choose', { name: entry.clientName })}
        title={t('link.chooseTitle')}
        onClick={() => setChoosing(true)}
      >
        <ActionIcon name="link" size={16} />
      </button>
      {choosing ? (
        <LinkDialog
          entry={entry}
          onClose={() => setChoosing(false)}
          onLinked={async () => {
            setChoosing(false);
            await onChanged();
          }}
        />
      ) : null}
    </>
  );
}

function LinkDialog({
  entry,
  onClose,
  onLinked,
}: {
  entry: ManualHours;
  onClose: () => void;
  onLinked: () => Promise<void>;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      title={t('link.dialogTitle')}
      description={
        <Trans
          t={t}
          i18nKey="link.dialogDescription"
          values={{ name: entry.clientName }}
          components={{ name: <bdi className="strong" /> }}
        />
      }
      onClose={onClose}
      size="small"
    >
      <div className="dialog-body hours-link-dialog">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <ClientFilter
          value={null}
          label={t('link.search')}
          placeholder={t('link.placeholder')}
          onChange={async (client) => {
            if (!client) return;
            try {
              await link(entry.id, client.id);
              await onLinked();
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
        />
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
      </footer>
    </Dialog>
  );
}
