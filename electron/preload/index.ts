/**
 * The popover's only bridge to the main process: `window.omi`, built from the typed contract.
 * Listeners get the payload alone, never Electron's event (which would hand the page ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { z } from 'zod';
import { createOmiApi, type OmiTransport } from '../shared/omi-api';

// The bridge checks a few fields of each push (pushChannels). Zod's compiled checks would be built
// from text with new Function on each channel's first push, about 9 ms of a popover's first showing
// here, for checks that take microseconds either way; and the page's policy (script-src 'self')
// forbids building code from text, where Zod's probe for it would be reported as a violation.
z.config({ jitless: true });

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
