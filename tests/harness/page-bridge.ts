/**
 * Runs inside the test page before the app's own scripts: builds `window.omi` with the same
 * factory the real preload uses, over a transport made of Playwright bindings instead of ipcRenderer.
 * Bundled to a script string by ./page-bridge-script.
 */
import { createOmiApi } from '../../electron/shared/omi-api';
import type { OmiApi, OmiTransport } from '../../electron/shared/omi-api';

declare global {
  interface Window {
    omi: OmiApi;
    __omiInvoke(channel: string, args: unknown): Promise<unknown>;
    __omiPush(channel: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

const transport: OmiTransport = {
  invoke: (channel, args) => window.__omiInvoke(channel, args),
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
};

Object.defineProperty(window, '__omiPush', {
  value: (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  },
});
Object.defineProperty(window, 'omi', { value: createOmiApi(transport), enumerable: true });
