import type { PowerMonitor } from 'electron';
import type { PracticeManager } from '../core/practice/practice-manager';
import { securitySettings, shouldIdleLock } from '../core/security-settings';

/**
 * Locks the practice after the coach's idle time, and at once when the computer
 * sleeps or its screen locks. Returns a function that stops watching.
 */
export function watchForIdle(
  powerMonitor: PowerMonitor,
  practices: PracticeManager,
  everyMs = 15_000,
): () => void {
  const lockIfOpen = () => {
    if (practices.status().state === 'unlocked') practices.lock();
  };
  const timer = setInterval(() => {
    if (practices.status().state !== 'unlocked') return;
    const settings = securitySettings(practices.requireDb());
    if (shouldIdleLock(settings, powerMonitor.getSystemIdleTime())) practices.lock();
  }, everyMs);
  powerMonitor.on('suspend', lockIfOpen);
  powerMonitor.on('lock-screen', lockIfOpen);
  return () => {
    clearInterval(timer);
    powerMonitor.off('suspend', lockIfOpen);
    powerMonitor.off('lock-screen', lockIfOpen);
  };
}
