import { useEffect, useRef, useState } from 'react';
import type { BackupEntry, BackupPreview } from '../../../electron/shared/backups';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../components/Dialog';
import { formatBytes, formatDateTime, plural } from './format';
import { useSettingsStore } from './store';

/** Opens a backup read-only to show what it holds (and that it is sound). */
function usePreview(path: string) {
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(api().backups.preview({ path }))
      .then((p) => {
        if (live) setPreview(p);
      })
      .catch((e) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [path]);
  return { preview, error };
}

function countsText(counts: BackupPreview['counts']): string {
  return `${plural(counts.clients, 'client')}, ${plural(counts.sessions, 'session')}, ${plural(counts.agreements, 'agreement')}`;
}

export function PreviewDialog({
  backup,
  onClose,
  onRestore,
}: {
  backup: BackupEntry;
  onClose: () => void;
  onRestore: () => void;
}) {
  const { preview, error } = usePreview(backup.path);
  return (
    <Dialog
      title="Backup preview"
      size="small"
      onClose={onClose}
      description={formatDateTime(backup.createdAt)}
    >
      <div className="dialog-content">
        <div className="dialog-body">
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
          {preview ? (
            <dl className="facts settings-facts" aria-label="What this backup holds">
              <dt>Practice</dt>
              <dd>
                <bdi>{preview.practiceName}</bdi>
              </dd>
              <dt>Made</dt>
              <dd>{formatDateTime(preview.createdAt)}</dd>
              <dt>Clients</dt>
              <dd>{preview.counts.clients}</dd>
              <dt>Sessions</dt>
              <dd>{preview.counts.sessions}</dd>
              <dt>Agreements</dt>
              <dd>{preview.counts.agreements}</dd>
              <dt>Size</dt>
              <dd>{formatBytes(preview.size)}</dd>
              <dt>File</dt>
              <dd className="mono">{preview.fileName}</dd>
            </dl>
          ) : error ? null : (
            <p className="muted" aria-busy="true">
              Opening the backup…
            </p>
          )}
          {preview ? <p className="form-note">The backup opened and passed a full check.</p> : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button" disabled={!preview} onClick={onRestore}>
            Restore…
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/**
 * Confirms a restore: what will happen, and that the current file is kept aside first.
 * The restore closes and re-opens the practice (the app shell re-mounts), so its outcome
 * goes to the settings store, shown at the top of Settings.
 */
export function RestoreDialog({
  backup,
  onClose,
  onDone,
}: {
  backup: BackupEntry;
  onClose: () => void;
  /** After a restore or a failed attempt: the list may have changed. */
  onDone: () => void;
}) {
  const { preview, error: previewError } = usePreview(backup.path);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const when = formatDateTime(backup.createdAt);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      const { keptAsidePath } = await unwrap(api().backups.restore({ path: backup.path }));
      await useAppStore.getState().refreshStatus();
      useAppStore.getState().go('settings');
      useSettingsStore.setState({
        tab: 'backups',
        notice: {
          title: `Restored the backup of ${when}.`,
          facts: [
            { label: 'Restored from', value: backup.fileName, mono: true },
            { label: 'The file as it was is kept at', value: keptAsidePath, mono: true },
          ],
        },
      });
      onClose();
      onDone();
    } catch (e) {
      if (mounted.current) {
        setError(errorMessage(e));
        setBusy(false);
        onDone();
      } else {
        useSettingsStore.setState({
          tab: 'backups',
          notice: {
            title: 'The backup was not restored.',
            tone: 'error',
            facts: [{ label: 'Reason', value: errorMessage(e) }],
          },
        });
      }
    }
  }

  return (
    <Dialog title={`Restore the backup of ${when}?`} size="medium" tone="danger" onClose={onClose}>
      <div className="dialog-content">
        <div className="dialog-body">
          <p>
            The open practice is replaced by this backup. Anything added or changed since {when} will not be
            in the restored practice.
          </p>
          <p>
            Nothing is deleted: the practice file as it is now is first <strong>kept aside</strong> beside it,
            so you can go back to it if you need to.
          </p>
          {preview ? (
            <p className="settings-callout">This backup holds {countsText(preview.counts)}.</p>
          ) : null}
          {previewError ? (
            <div className="form-error" role="alert">
              {previewError}
            </div>
          ) : null}
          {error ? (
            <div className="form-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button settings-danger"
            disabled={busy || !preview}
            onClick={restore}
          >
            {busy ? 'Restoring…' : 'Restore backup'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
