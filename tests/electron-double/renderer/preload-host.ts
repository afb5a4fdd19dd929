/**
 * Runs in every frame of a window's page before the page's scripts (an init script): in the main
 * frame it provides what Electron's sandboxed preload gets, a `require` with only the renderer's
 * `electron` (contextBridge, ipcRenderer) and a few Node built-ins Electron also allows; then the
 * built preload script runs (a second init script, wrapped by PRELOAD_PREFIX/SUFFIX in
 * ../preload-script.ts). Subframes get no preload, as without nodeIntegrationInSubFrames.
 *
 * contextBridge copies what crosses worlds as Electron does: functions become proxies, plain data is
 * copied, promises stay promises. ipcRenderer.invoke goes to the harness binding, which adds the
 * calling frame's facts and hands the call to ipcMain in the app's process.
 */
const BINDING = '__electronDoubleInvoke';
const RUN_PRELOAD = Symbol.for('electron-double:run-preload');
const DELIVER = Symbol.for('electron-double:deliver');

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

const scope = window as unknown as Record<string | symbol, unknown>;
const invokeBinding = scope[BINDING] as Invoke | undefined;
// The page itself must not reach the binding, as it cannot reach ipcRenderer in Electron.
delete scope[BINDING];

function copy(value: unknown): unknown {
  if (typeof value === 'function') {
    const inner = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => copy(inner(...args.map(copy)));
  }
  if (value instanceof Promise) return value.then(copy, (error: unknown) => Promise.reject(copyError(error)));
  if (value instanceof Error) return copyError(value);
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copy(entry)]));
  }
  return value;
}

function copyError(error: unknown): Error {
  return new Error(error instanceof Error ? error.message : String(error));
}

if (window.top === window && invokeBinding) {
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      // Electron sends arguments by structured clone and throws for what cannot be cloned.
      return invokeBinding(channel, structuredClone(args)).catch((error: unknown) => Promise.reject(copyError(error)));
    },
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: copy(api), enumerable: true });
    },
  };
  const allowed: Record<string, unknown> = { electron: { contextBridge, ipcRenderer } };
  const require = (id: string): unknown => {
    if (id in allowed) return allowed[id];
    throw new Error(`module not found: ${id}`);
  };
  Object.defineProperty(window, RUN_PRELOAD, {
    configurable: true,
    value: (body: (require: unknown, module: unknown, exports: unknown) => void) => {
      delete scope[RUN_PRELOAD];
      const module = { exports: {} };
      body.call(module.exports, require, module, module.exports);
    },
  });
  // webContents.send from the app's process arrives here (by the harness), in order.
  Object.defineProperty(window, DELIVER, {
    value: (channel: string, args: unknown[]) => {
      const event = { sender: ipcRenderer, senderId: 0, ports: [] };
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, ...structuredClone(args));
    },
  });
}
