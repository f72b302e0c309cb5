import { describe, expect, it, vi } from 'vitest';
import { buildApi, type Invoke, type Listen } from '../../electron/shared/api';
import { channelNames, eventNames } from '../../electron/shared/contract';

function build(names: readonly string[] = channelNames, events: readonly string[] = eventNames) {
  const invoke = vi.fn<Invoke>(async (channel, input) => ({ ok: true, value: { channel, input } }));
  const unsubscribe = vi.fn();
  const listen = vi.fn<Listen>(() => unsubscribe);
  const api = buildApi(names, events, invoke, listen) as unknown as Record<string, unknown>;
  return { api, invoke, listen, unsubscribe };
}

/** Every `area.verb` function the api exposes, plus anything else found on it. */
function surface(api: Record<string, unknown>) {
  const functions: string[] = [];
  const other: string[] = [];
  for (const [area, value] of Object.entries(api)) {
    if (area === 'on') continue;
    if (typeof value !== 'object' || value === null) {
      other.push(area);
      continue;
    }
    for (const [verb, fn] of Object.entries(value)) {
      (typeof fn === 'function' ? functions : other).push(`${area}.${verb}`);
    }
  }
  return { functions, other };
}

describe('buildApi', () => {
  it('exposes exactly one function per contract channel, under area.verb, plus on', () => {
    const { api } = build();
    const { functions, other } = surface(api);
    expect(functions.sort()).toEqual([...channelNames].sort());
    expect(functions).toHaveLength(channelNames.length);
    expect(other).toEqual([]);
    expect(typeof api.on).toBe('function');
    const areas = new Set(channelNames.map((name) => name.split('.')[0]));
    expect(new Set(Object.keys(api))).toEqual(new Set([...areas, 'on']));
  });

  it('builds the surface from the names it is given, and nothing else', () => {
    const { api } = build(['a.x', 'a.y', 'b.z'], []);
    expect(Object.keys(api).sort()).toEqual(['a', 'b', 'on']);
    expect(Object.keys(api.a as object).sort()).toEqual(['x', 'y']);
    expect(Object.keys(api.b as object)).toEqual(['z']);
  });

  it('passes the channel name and the input to invoke, and returns its promise', async () => {
    const { api, invoke } = build();
    for (const channel of channelNames) {
      const [area, verb] = channel.split('.') as [string, string];
      const fn = (api[area] as Record<string, (input?: unknown) => Promise<unknown>>)[verb];
      const input = { probe: channel };
      invoke.mockClear();
      await expect(fn?.(input)).resolves.toEqual({ ok: true, value: { channel, input } });
      expect(invoke).toHaveBeenCalledTimes(1);
      expect(invoke.mock.calls[0]?.[0]).toBe(channel);
      expect(invoke.mock.calls[0]?.[1]).toBe(input);
    }
  });

  it('passes undefined when a call has no input', async () => {
    const { api, invoke } = build();
    await (api.practice as Record<string, () => Promise<unknown>>).status?.();
    expect(invoke).toHaveBeenCalledWith('practice.status', undefined);
  });

  it('returns exactly what invoke returns (a rejection included)', async () => {
    const { api, invoke } = build();
    const failure = new Error('ipc down');
    invoke.mockRejectedValueOnce(failure);
    await expect((api.practice as Record<string, () => Promise<unknown>>).lock?.()).rejects.toBe(failure);
  });

  it('on() refuses an unknown event without listening', () => {
    const { api, listen } = build();
    const on = api.on as (event: string, listener: () => void) => () => void;
    for (const event of ['nope', 'practice.status', '', 'practice.changed ', '__proto__', 'constructor']) {
      expect(() => on(event, () => {})).toThrow(/Unknown event/);
    }
    expect(listen).not.toHaveBeenCalled();
  });

  it('on() with a known event calls listen and returns its unsubscribe', () => {
    const { api, listen, unsubscribe } = build();
    const listener = vi.fn();
    expect(eventNames).toContain('practice.changed');
    const off = (api.on as (event: string, listener: () => void) => () => void)('practice.changed', listener);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(listen).toHaveBeenCalledWith('practice.changed', listener);
    expect(off).toBe(unsubscribe);
    off();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('types on() for known events', () => {
    const unsubscribe = () => {};
    const api = buildApi(channelNames, eventNames, vi.fn(), () => unsubscribe);
    expect(api.on('practice.changed', () => {})).toBe(unsubscribe);
  });
});
