import type { IpcMain } from 'electron';
import { channelNames } from '../shared/contract';
import type { Dispatch } from './router';

let registered = false;

/** Registers every contract channel with the router. Refuses to run twice. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  if (registered) throw new Error('IPC handlers are already registered');
  registered = true;
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      dispatch(channel, input, event.senderFrame?.url ?? ''),
    );
  }
}

/** For tests of the shell only. */
export function resetIpcRegistrationForTests(): void {
  registered = false;
}
