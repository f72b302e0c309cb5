import { z } from 'zod';
import { channel, noInput } from './channel';
import { id, isoDate } from './fields';
import { msg } from './messages';

export interface BackupSettings {
  folder: string;
  keep: number;
  /** A backup on the first unlock of each day. */
  auto: boolean;
  lastBackupAt: string | null;
}

export interface BackupEntry {
  path: string;
  fileName: string;
  createdAt: string;
  size: number;
}

export interface BackupPreview extends BackupEntry {
  practiceName: string;
  counts: { clients: number; sessions: number; agreements: number };
}

export interface ActivityEntry {
  id: number;
  at: string;
  kind: string;
  detail: string;
}

export interface RetentionSettings {
  /** Years to keep the records of clients whose coaching ended; null keeps them until the coach decides. */
  years: number | null;
}

export interface DisposalCandidate {
  clientId: string;
  fullName: string;
  status: string;
  /** The last day anything happened for this client (session, update). */
  lastActivity: string;
}

const backupPath = z.string().min(1).max(4096);

export interface SecuritySettings {
  /** Lock after this many minutes without using the computer (0 = never). */
  idleLockMinutes: number;
}
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

export const backupChannels = {
  backups: {
    settings: channel<BackupSettings>()(noInput),
    saveSettings: channel<BackupSettings>()(
      z.strictObject({
        folder: z.string().min(1).max(4096),
        keep: z.number().int().min(1).max(365),
        auto: z.boolean(),
      }),
    ),
    /** Asks for a folder (e.g. an external drive) and makes it the backup folder. */
    chooseFolder: channel<BackupSettings>()(noInput),
    create: channel<BackupEntry>()(noInput),
    list: channel<BackupEntry[]>()(noInput),
    preview: channel<BackupPreview>()(z.strictObject({ path: backupPath })),
    /** Replaces the open practice with a backup; the current file is kept aside first. */
    restore: channel<{ keptAsidePath: string }>()(z.strictObject({ path: backupPath })),
    /** For a practice that cannot be opened: unlock the key file and restore the newest good backup. */
    restoreLatest: channel<{ restoredFrom: string; keptAsidePath: string }>()(
      z.strictObject({ passphrase: z.string().min(1, msg('errors:passphrase.enter')).max(1024) }),
    ),
    /** Runs a full integrity check of the open practice. */
    check: channel<{ ok: boolean }>()(noInput),
  },
  security: {
    settings: channel<SecuritySettings>()(noInput),
    saveSettings: channel<SecuritySettings>()(
      z.strictObject({
        idleLockMinutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60),
      }),
    ),
  },
  activity: {
    list: channel<ActivityEntry[]>()(
      z.strictObject({ limit: z.number().int().min(1).max(1000).default(200) }),
    ),
  },
  retention: {
    settings: channel<RetentionSettings>()(noInput),
    saveSettings: channel<RetentionSettings>()(
      z.strictObject({
        years: z.number().int().min(1, msg('errors:retention.minYears')).max(100).nullable(),
      }),
    ),
    due: channel<DisposalCandidate[]>()(z.strictObject({ today: isoDate.optional() })),
    /** Permanently erases the listed clients' records (the coach confirmed by typing the count). */
    dispose: channel<{ erased: number }>()(
      z.strictObject({ clientIds: z.array(id).min(1).max(10_000), confirm: z.string().max(20) }),
    ),
  },
} as const;
