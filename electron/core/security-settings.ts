import { DEFAULT_IDLE_LOCK_MINUTES, type SecuritySettings } from '../shared/backups';
import type { Db } from './db/connection';
import { readSetting } from './settings';

export const SECURITY_KEY = 'security.settings';

export function securitySettings(db: Db): SecuritySettings {
  return {
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    ...readSetting<Partial<SecuritySettings>>(db, SECURITY_KEY, {}),
  };
}

/** Whether the idle time (seconds without input) has reached the coach's lock setting. */
export function shouldIdleLock(settings: SecuritySettings, idleSeconds: number): boolean {
  return settings.idleLockMinutes > 0 && idleSeconds >= settings.idleLockMinutes * 60;
}
