import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { listActivity } from '../activity/activity';
import { dialogText } from '../i18n';
import { documentLanguage } from '../preferences';
import {
  disposalDue,
  disposeRecords,
  retentionSettings,
  saveRetentionSettings,
} from '../retention/retention';
import { SECURITY_KEY, securitySettings } from '../security-settings';
import type { ServiceContext } from '../services';
import { writeSetting } from '../settings';
import {
  backupNow,
  backupSettingsFor,
  checkOpenPractice,
  listPracticeBackups,
  previewBackup,
  restoreFromBackup,
  restoreLatestGood,
  saveBackupSettings,
} from './service';

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'backups' | 'activity' | 'retention' | 'security'> {
  const { practices, clock, dialogs } = ctx;
  const current = () => {
    const { path, keyFile } = practices.unlocked();
    return { path, id: keyFile.practiceId };
  };
  return {
    backups: {
      settings: () => {
        const { path, id } = current();
        return backupSettingsFor(practices, path, id);
      },
      saveSettings: (change) => {
        const { path, id } = current();
        return saveBackupSettings(practices, id, path, change);
      },
      chooseFolder: async () => {
        const { path, id } = current();
        const folder = dialogs.chooseFolder
          ? await dialogs.chooseFolder({ title: dialogText(documentLanguage(ctx))('backups.chooseFolder') })
          : null;
        return folder === null
          ? backupSettingsFor(practices, path, id)
          : saveBackupSettings(practices, id, path, { folder });
      },
      create: () => backupNow(practices, clock),
      list: () => listPracticeBackups(practices),
      preview: ({ path }) => previewBackup(practices, path),
      restore: ({ path }) => ({ keptAsidePath: restoreFromBackup(practices, clock, path) }),
      restoreLatest: ({ passphrase }) => restoreLatestGood(practices, clock, passphrase),
      check: () => ({ ok: checkOpenPractice(practices) }),
    },
    security: {
      settings: () => securitySettings(practices.requireDb()),
      saveSettings: (settings) => {
        writeSetting(practices.requireDb(), SECURITY_KEY, settings);
        return securitySettings(practices.requireDb());
      },
    },
    activity: {
      list: ({ limit }) => listActivity(practices.requireDb(), limit),
    },
    retention: {
      settings: () => retentionSettings(practices.requireDb()),
      saveSettings: (settings) => saveRetentionSettings(practices.requireDb(), settings),
      due: ({ today }) => disposalDue(practices.requireDb(), clock, today),
      dispose: ({ clientIds, confirm }) => {
        if (new Set(clientIds).size !== clientIds.length) {
          throw new AppError('validation', msg('errors:clients.listedTwice'), 'clientIds');
        }
        return { erased: disposeRecords(practices.requireDb(), clock, clientIds, confirm) };
      },
    },
  };
}
