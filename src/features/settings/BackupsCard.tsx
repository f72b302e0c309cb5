import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, BackupSettings } from '../../../electron/shared/backups';
import { api, errorMessage, unwrap } from '../../api/client';
import { PathText } from '../../components/PathText';
import { BackupList } from './BackupList';
import { formatDateTime, formatRelativeDay } from './format';
import { SwitchField } from './SwitchField';

type OutcomeState = { tone: 'ok' | 'error'; text: string; path?: string } | null;

/** Where backups go, how many are kept, making one now, and checking the practice file. */
export function BackupsCard() {
  const { t } = useTranslation(['settings', 'common']);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextSettings, list] = await Promise.all([
        unwrap(api().backups.settings()),
        unwrap(api().backups.list()),
      ]);
      setSettings(nextSettings);
      setBackups(list);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <section className="card settings-card" aria-labelledby="backups-heading" aria-busy={!settings}>
        <div className="settings-card-head">
          <h2 id="backups-heading">{t('backups.heading')}</h2>
          <p className="muted">{t('backups.intro')}</p>
        </div>
        {loadError ? (
          <div className="form-error" role="alert">
            {loadError}
          </div>
        ) : null}
        {settings ? (
          <BackupSettingsForm settings={settings} onChange={setSettings} onReload={reload} />
        ) : null}
      </section>
      <BackupList backups={backups} onReload={reload} />
    </>
  );
}

function BackupSettingsForm({
  settings,
  onChange,
  onReload,
}: {
  settings: BackupSettings;
  onChange: (settings: BackupSettings) => void;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const keepId = useId();
  const [keep, setKeep] = useState(String(settings.keep));
  const [keepError, setKeepError] = useState<string | null>(null);
  const [keepSaved, setKeepSaved] = useState(false);
  const [folderError, setFolderError] = useState<string | null>(null);
  const [autoError, setAutoError] = useState<string | null>(null);
  const [backupOutcome, setBackupOutcome] = useState<OutcomeState>(null);
  const [checkOutcome, setCheckOutcome] = useState<OutcomeState>(null);
  const [busy, setBusy] = useState<'backup' | 'check' | null>(null);

  useEffect(() => setKeep(String(settings.keep)), [settings.keep]);

  const save = (change: Partial<Pick<BackupSettings, 'keep' | 'auto'>>) =>
    unwrap(
      api().backups.saveSettings({
        folder: settings.folder,
        keep: settings.keep,
        auto: settings.auto,
        ...change,
      }),
    );

  async function saveKeep(event?: FormEvent) {
    event?.preventDefault();
    setKeepSaved(false);
    const value = Number(keep.trim());
    if (!/^\d+$/.test(keep.trim()) || value < 1 || value > 365) {
      setKeepError(t('backups.keepRange'));
      return;
    }
    setKeepError(null);
    if (value === settings.keep) return;
    try {
      onChange(await save({ keep: value }));
      setKeepSaved(true);
    } catch (e) {
      setKeepError(errorMessage(e));
    }
  }

  async function saveAuto(auto: boolean) {
    setAutoError(null);
    try {
      onChange(await save({ auto }));
    } catch (e) {
      setAutoError(errorMessage(e));
    }
  }

  async function chooseFolder() {
    setFolderError(null);
    try {
      const next = await unwrap(api().backups.chooseFolder());
      if (next.folder !== settings.folder) {
        onChange(next);
        await onReload();
      }
    } catch (e) {
      setFolderError(errorMessage(e));
    }
  }

  async function backUpNow() {
    setBusy('backup');
    setBackupOutcome(null);
    try {
      const made = await unwrap(api().backups.create());
      setBackupOutcome({ tone: 'ok', text: t('backups.written', { file: made.fileName }), path: made.path });
      await onReload();
    } catch (e) {
      setBackupOutcome({ tone: 'error', text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }

  async function check() {
    setBusy('check');
    setCheckOutcome(null);
    try {
      const { ok } = await unwrap(api().backups.check());
      setCheckOutcome(
        ok ? { tone: 'ok', text: t('backups.checkOk') } : { tone: 'error', text: t('backups.checkDamaged') },
      );
    } catch (e) {
      setCheckOutcome({ tone: 'error', text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <div className="settings-row">
        <div className="settings-row-text">
          <span className="settings-row-label">{t('backups.folder')}</span>
          <div className="mono settings-path">
            <PathText path={settings.folder} />
          </div>
          {folderError ? (
            <div className="field-error" role="alert">
              {folderError}
            </div>
          ) : null}
        </div>
        <button type="button" className="button" onClick={chooseFolder}>
          {t('backups.chooseFolder')}
        </button>
      </div>
      <form className="settings-row" onSubmit={saveKeep} noValidate>
        <div className="settings-row-text">
          <label className="settings-row-label" htmlFor={keepId}>
            {t('backups.keep')}
          </label>
          <div id={`${keepId}-hint`} className="field-hint">
            {t('backups.keepHint')}
          </div>
          {keepError ? (
            <div id={`${keepId}-error`} className="field-error" role="alert">
              {keepError}
            </div>
          ) : null}
        </div>
        <div className="settings-inline">
          <output className="settings-saved">{keepSaved ? t('common:state.saved') : ''}</output>
          <input
            id={keepId}
            className="settings-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={keep}
            aria-invalid={keepError ? true : undefined}
            aria-describedby={`${keepId}-hint${keepError ? ` ${keepId}-error` : ''}`}
            onChange={(e) => {
              setKeep(e.target.value);
              setKeepSaved(false);
            }}
            onBlur={() => void saveKeep()}
          />
        </div>
      </form>
      <SwitchField
        label={t('backups.auto')}
        hint={t('backups.autoHint')}
        checked={settings.auto}
        onChange={saveAuto}
        error={autoError}
      />
      <div className="settings-row">
        <div className="settings-row-text">
          <span className="settings-row-label">{t('backups.last')}</span>
          <div className="field-hint">
            {settings.lastBackupAt
              ? t('backups.lastValue', {
                  date: formatDateTime(settings.lastBackupAt),
                  relative: formatRelativeDay(settings.lastBackupAt),
                })
              : t('backups.noneYet')}
          </div>
        </div>
        <button type="button" className="button primary" disabled={busy !== null} onClick={backUpNow}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <Outcome outcome={backupOutcome} />
      <div className="settings-row">
        <div className="settings-row-text">
          <span className="settings-row-label">{t('backups.check')}</span>
          <div className="field-hint">{t('backups.checkHint')}</div>
        </div>
        <button type="button" className="button" disabled={busy !== null} onClick={check}>
          {busy === 'check' ? t('backups.checking') : t('backups.checkNow')}
        </button>
      </div>
      <Outcome outcome={checkOutcome} />
    </>
  );
}

function Outcome({ outcome }: { outcome: OutcomeState }) {
  if (!outcome) return null;
  return (
    <div
      className={outcome.tone === 'ok' ? 'notice settings-outcome' : 'form-error settings-outcome'}
      role={outcome.tone === 'ok' ? 'status' : 'alert'}
    >
      <div>{outcome.text}</div>
      {outcome.path ? (
        <div className="mono">
          <PathText path={outcome.path} />
        </div>
      ) : null}
    </div>
  );
}
