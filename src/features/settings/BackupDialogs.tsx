import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackupEntry, BackupPreview } from '../../../electron/shared/backups';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../components/Dialog';
import { PathText } from '../../components/PathText';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { formatBytes, formatDateTime } from './format';
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

function holdsText(counts: BackupPreview['counts']): string {
  return i18n.t('settings:restore.holds', {
    clients: i18n.t('settings:restore.clients', { count: counts.clients }),
    sessions: i18n.t('settings:restore.sessions', { count: counts.sessions }),
    agreements: i18n.t('settings:restore.agreements', { count: counts.agreements }),
  });
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
  const { t } = useTranslation(['settings', 'common']);
  const { preview, error } = usePreview(backup.path);
  return (
    <Dialog
      title={t('preview.title')}
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
            <dl className="facts settings-facts" aria-label={t('preview.facts')}>
              <dt>{t('preview.practice')}</dt>
              <dd>
                <bdi>{preview.practiceName}</bdi>
              </dd>
              <dt>{t('preview.made')}</dt>
              <dd>{formatDateTime(preview.createdAt)}</dd>
              <dt>{t('preview.clients')}</dt>
              <dd>{formatNumber(preview.counts.clients)}</dd>
              <dt>{t('preview.sessions')}</dt>
              <dd>{formatNumber(preview.counts.sessions)}</dd>
              <dt>{t('preview.agreements')}</dt>
              <dd>{formatNumber(preview.counts.agreements)}</dd>
              <dt>{t('preview.size')}</dt>
              <dd>{formatBytes(preview.size)}</dd>
              <dt>{t('preview.file')}</dt>
              <dd className="mono">
                <PathText path={preview.fileName} />
              </dd>
            </dl>
          ) : error ? null : (
            <p className="muted" aria-busy="true">
              {t('preview.opening')}
            </p>
          )}
          {preview ? <p className="form-note">{t('preview.passed')}</p> : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common:actions.close')}
          </button>
          <button type="button" className="button" disabled={!preview} onClick={onRestore}>
            {t('backupList.restore')}
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
  const { t } = useTranslation(['settings', 'common']);
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
          title: t('restore.done', { when }),
          facts: [
            { label: t('restore.restoredFrom'), value: backup.fileName, mono: true },
            { label: t('restore.keptAt'), value: keptAsidePath, mono: true },
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
            title: t('restore.failed'),
            tone: 'error',
            facts: [{ label: t('restore.reason'), value: errorMessage(e) }],
          },
        });
      }
    }
  }

  return (
    <Dialog title={t('restore.title', { when })} size="medium" tone="danger" onClose={onClose}>
      <div className="dialog-content">
        <div className="dialog-body">
          <p>{t('restore.replaces', { when })}</p>
          <p>
            <Trans t={t} i18nKey="restore.keptAside" components={{ strong: <strong /> }} />
          </p>
          {preview ? <p className="settings-callout">{holdsText(preview.counts)}</p> : null}
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
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button settings-danger"
            disabled={busy || !preview}
            onClick={restore}
          >
            {busy ? t('restore.restoring') : t('restore.submit')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
