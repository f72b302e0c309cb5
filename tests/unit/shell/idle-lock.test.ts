import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PracticeManager } from '../../../electron/core/practice/practice-manager';
import { shouldIdleLock } from '../../../electron/core/security-settings';
import { watchForIdle } from '../../../electron/main/idle-lock';

function fakePractices(minutes: number) {
  let state: 'locked' | 'unlocked' = 'unlocked';
  const setting = JSON.stringify({ idleLockMinutes: minutes });
  const db = { prepare: () => ({ pluck: () => ({ get: () => setting }) }) };
  return {
    status: () => ({ state }),
    requireDb: () => db,
    lock: vi.fn(() => {
      state = 'locked';
    }),
  } as unknown as PracticeManager & { lock: ReturnType<typeof vi.fn> };
}

function fakePowerMonitor(idleSeconds: () => number) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { getSystemIdleTime: idleSeconds }) as unknown as PowerMonitor & EventEmitter;
}

afterEach(() => vi.useRealTimers());

describe('idle lock', () => {
  it('locks once the idle time reaches the setting, and never when set to 0', () => {
    expect(shouldIdleLock({ idleLockMinutes: 15 }, 899)).toBe(false);
    expect(shouldIdleLock({ idleLockMinutes: 15 }, 900)).toBe(true);
    expect(shouldIdleLock({ idleLockMinutes: 0 }, 100_000)).toBe(false);
  });

  it('checks periodically and locks an idle practice', () => {
    vi.useFakeTimers();
    let idle = 0;
    const practices = fakePractices(15);
    const stop = watchForIdle(
      fakePowerMonitor(() => idle),
      practices,
      1000,
    );
    vi.advanceTimersByTime(5000);
    expect(practices.lock).not.toHaveBeenCalled();
    idle = 15 * 60;
    vi.advanceTimersByTime(1000);
    expect(practices.lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks at once on suspend and on screen lock, and stops listening when told', () => {
    const practices = fakePractices(15);
    const monitor = fakePowerMonitor(() => 0);
    const stop = watchForIdle(monitor, practices, 60_000);
    monitor.emit('lock-screen');
    expect(practices.lock).toHaveBeenCalledTimes(1);
    stop();
    expect(monitor.listenerCount('suspend')).toBe(0);
    expect(monitor.listenerCount('lock-screen')).toBe(0);
  });
});
