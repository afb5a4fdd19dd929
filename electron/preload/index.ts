/**
 * The popover's only bridge to the main process: `window.omi`, built from the typed contract.
 * Listeners get the payload alone, never Electron's event (which would hand the page ipcRenderer).
 */
// First: the checks the contract builds as it loads must be built without code from text.
import './checks-without-eval';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createOmiApi, type OmiTransport } from '../shared/omi-api';

const transport: OmiTransport = {
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  on(channel, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('omi', createOmiApi(transport));
