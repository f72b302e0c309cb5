import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../electron/shared/backups';
import { PreviewDialog, RestoreDialog } from './BackupDialogs';
import { formatBytes, formatDateTime } from './format';

type Open = { kind: 'preview' | 'restore'; backup: BackupEntry } | null;

/** The backups of this practice in the backup folder, newest first. */
export function BackupList({
  backups,
  onReload,
}: {
  backups: BackupEntry[] | null;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [open, setOpen] = useState<Open>(null);

  return (
    <section className="card settings-card" aria-labelledby="backup-list-heading" aria-busy={!backups}>
      <div className="settings-card-head settings-card-head-row">
        <h2 id="backup-list-heading">{t('backupList.heading')}</h2>
        {backups && backups.length > 0 ? (
          <span className="muted small">{t('backupList.count', { count: backups.length })}</span>
        ) : null}
      </div>
      {backups && backups.length === 0 ? <p className="muted">{t('backupList.empty')}</p> : null}
      {backups && backups.length > 0 ? (
        <table className="settings-table" aria-labelledby="backup-list-heading">
          <thead>
            <tr>
              <th scope="col">{t('backupList.made')}</th>
              <th scope="col" className="numeric settings-size">
                {t('backupList.size')}
              </th>
              <th scope="col">
                <span className="settings-sr">{t('backupList.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup, index) => {
              const when = formatDateTime(backup.createdAt);
              return (
                <tr key={backup.path}>
                  <th scope="row">
                    {when}
                    {index === 0 ? (
                      <span className="badge settings-badge">{t('backupList.newest')}</span>
                    ) : null}
                  </th>
                  <td className="numeric">{formatBytes(backup.size)}</td>
                  <td className="settings-row-actions">
                    <button
                      type="button"
                      className="button ghost compact"
                      aria-label={t('backupList.previewLabel', { when })}
                      onClick={() => setOpen({ kind: 'preview', backup })}
                    >
                      {t('backupList.preview')}
                    </button>
                    <button
                      type="button"
                      className="button compact"
                      aria-label={t('backupList.restoreLabel', { when })}
                      onClick={() => setOpen({ kind: 'restore', backup })}
                    >
                      {t('backupList.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {open?.kind === 'preview' ? (
        <PreviewDialog
          backup={open.backup}
          onClose={() => setOpen(null)}
          onRestore={() => setOpen({ kind: 'restore', backup: open.backup })}
        />
      ) : null}
      {open?.kind === 'restore' ? (
        <RestoreDialog backup={open.backup} onClose={() => setOpen(null)} onDone={() => void onReload()} />
      ) : null}
    </section>
  );
}
