import type { Onboarding } from '../../shared/practice';
import type { Db } from '../db/connection';
import { hoursSettings } from '../hours/service';
import { readSetting, writeSetting } from '../settings';

const KEY = 'onboarding.dismissed';

export function onboarding(db: Db): Onboarding {
  return {
    hasClient: db.prepare('SELECT 1 FROM client LIMIT 1').get() !== undefined,
    hasSession: db.prepare('SELECT 1 FROM session WHERE is_draft = 0 LIMIT 1').get() !== undefined,
    hasTarget: hoursSettings(db).targets.length > 0,
    dismissed: readSetting(db, KEY, false),
  };
}

export function dismissOnboarding(db: Db): Onboarding {
  writeSetting(db, KEY, true);
  return onboarding(db);
}
