import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildApi } from '../shared/api';
import { channelNames, eventNames } from '../shared/contract';

// No logic here: one function per contract channel, and typed event subscriptions
// that drop the raw IPC event. ipcRenderer itself is never exposed.
contextBridge.exposeInMainWorld(
  'coachbook',
  buildApi(
    channelNames,
    eventNames,
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  ),
);
