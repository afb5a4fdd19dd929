/**
 * Runs in the page's own (main) world of every frame before the page's scripts: it takes the
 * harness's IPC binding out of the page's reach and offers the preload's isolated world
 * (./preload-host.ts) two things over the world bridge: `invoke` (the binding, main frame only)
 * and `expose` (contextBridge.exposeInMainWorld's landing place). What the page can see is then
 * only what the preload exposes, each value a copy and each function a proxy.
 */
import { openWorldBridge } from './world-bridge';

const CHANNEL = '__ELECTRON_DOUBLE_CHANNEL__';
const BINDING = '__electronDoubleInvoke';
const DELIVER = Symbol.for('electron-double:deliver');

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;
type Deliver = (channel: string, args: unknown[]) => void;

const scope = window as unknown as Record<string | symbol, unknown>;
const binding = scope[BINDING] as Invoke | undefined;
delete scope[BINDING];

if (window.top === window && binding) {
  let deliver: Deliver | null = null;
  const bridge = openWorldBridge('main', CHANNEL, {
    invoke: (channel: string, args: unknown[]) => binding(channel, args),
    expose: (key: string, api: unknown) => {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: api, enumerable: true });
    },
  });
  bridge.onOffer((offer) => {
    deliver = (offer as { deliver: Deliver }).deliver;
  });
  // webContents.send from the app's process arrives here (by the harness) and goes on to the preload's world.
  Object.defineProperty(window, DELIVER, { value: (channel: string, args: unknown[]) => deliver?.(channel, args) });
}
