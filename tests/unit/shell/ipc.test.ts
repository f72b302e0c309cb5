import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc, resetIpcRegistrationForTests } from '../../../electron/main/ipc';
import type { Dispatch } from '../../../electron/main/router';
import { channelNames } from '../../../electron/shared/contract';

type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, IpcListener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: IpcListener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    }),
    on: vi.fn(),
    once: vi.fn(),
    handleOnce: vi.fn(),
  };
  return { ipcMain, handlers, asIpcMain: ipcMain as unknown as IpcMain };
}

function fakeDispatch() {
  return vi.fn<Dispatch>(async (channel) => ({ ok: true, value: `result of ${channel}` }));
}

describe('registerIpc', () => {
  beforeEach(() => {
    resetIpcRegistrationForTests();
  });

  it('registers exactly every contract channel, each once, and nothing else', () => {
    const { ipcMain, handlers, asIpcMain } = fakeIpcMain();
    registerIpc(asIpcMain, fakeDispatch());
    expect(channelNames.length).toBeGreaterThan(0);
    expect(ipcMain.handle).toHaveBeenCalledTimes(channelNames.length);
    expect(new Set(handlers.keys())).toEqual(new Set(channelNames));
    expect(ipcMain.on).not.toHaveBeenCalled();
    expect(ipcMain.once).not.toHaveBeenCalled();
    expect(ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it('forwards channel, input and the sender frame URL to dispatch, and returns its envelope', async () => {
    const { handlers, asIpcMain } = fakeIpcMain();
    const dispatch = fakeDispatch();
    registerIpc(asIpcMain, dispatch);

    for (const channel of channelNames) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      const input = { probe: channel };
      const event = { senderFrame: { url: `app://coachbook/index.html#${channel}` } };
      dispatch.mockClear();
      await expect(listener(event, input)).resolves.toEqual({ ok: true, value: `result of ${channel}` });
      expect(dispatch).toHaveBeenCalledTimes(1);
      expect(dispatch).toHaveBeenCalledWith(channel, input, `app://coachbook/index.html#${channel}`);
    }
  });

  it('passes the input through untouched, even when it is hostile', async () => {
    const { handlers, asIpcMain } = fakeIpcMain();
    const dispatch = fakeDispatch();
    registerIpc(asIpcMain, dispatch);
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}');
    await handlers.get('practice.create')?.({ senderFrame: { url: 'app://coachbook/' } }, hostile);
    expect(dispatch.mock.calls[0]?.[1]).toBe(hostile);
  });

  it('uses the frame URL, not anything the caller claims, and sends "" when the frame is gone', async () => {
    const { handlers, asIpcMain } = fakeIpcMain();
    const dispatch = fakeDispatch();
    registerIpc(asIpcMain, dispatch);
    const listener = handlers.get('practice.status');
    if (!listener) throw new Error('practice.status was not registered');

    await listener({ senderFrame: null, sender: { getURL: () => 'app://coachbook/' } }, undefined);
    expect(dispatch).toHaveBeenLastCalledWith('practice.status', undefined, '');

    await listener({}, undefined);
    expect(dispatch).toHaveBeenLastCalledWith('practice.status', undefined, '');

    await listener({ senderFrame: { url: 'https://evil.example/' } }, { url: 'app://coachbook/' });
    expect(dispatch).toHaveBeenLastCalledWith(
      'practice.status',
      { url: 'app://coachbook/' },
      'https://evil.example/',
    );
  });

  it('throws if called twice, without registering anything the second time', () => {
    const first = fakeIpcMain();
    registerIpc(first.asIpcMain, fakeDispatch());
    const second = fakeIpcMain();
    expect(() => registerIpc(second.asIpcMain, fakeDispatch())).toThrow(/already registered/);
    expect(second.ipcMain.handle).not.toHaveBeenCalled();
    // Even on the same ipcMain, the guard fires before Electron's own duplicate check.
    expect(() => registerIpc(first.asIpcMain, fakeDispatch())).toThrow(/already registered/);
    expect(first.ipcMain.handle).toHaveBeenCalledTimes(channelNames.length);
  });

  it('can register again after resetIpcRegistrationForTests', () => {
    registerIpc(fakeIpcMain().asIpcMain, fakeDispatch());
    resetIpcRegistrationForTests();
    const again = fakeIpcMain();
    expect(() => registerIpc(again.asIpcMain, fakeDispatch())).not.toThrow();
    expect(again.ipcMain.handle).toHaveBeenCalledTimes(channelNames.length);
  });
});
