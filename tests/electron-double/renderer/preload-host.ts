/**
 * Runs in the preload's isolated world of every frame (a CDP init script with a world name), so
 * the page's own scripts never see its globals: in the main frame it provides what Electron's
 * sandboxed preload gets, a `require` with only the renderer's `electron` (contextBridge,
 * ipcRenderer) and the built-ins Electron allows there ('events', 'timers', 'url'); then the built
 * preload runs in this world too (a second init script, wrapped by PRELOAD_PREFIX/SUFFIX in
 * ../preload-script.ts). Subframes get no preload, as without nodeIntegrationInSubFrames.
 *
 * contextBridge.exposeInMainWorld hands the API to the main world's agent (./main-world-agent.ts)
 * over the world bridge: functions become proxies, plain data is copied, promises stay promises.
 * ipcRenderer.invoke goes through that agent to the harness binding, which adds the calling
 * frame's facts and hands the call to ipcMain in the app's process. webContents.send comes the other
 * way straight into this world (tests/harness/preload-delivery.ts), to ipcRenderer's listeners.
 */
import { DELIVER_IN_PRELOAD } from './deliver-key';
import { sandboxedRequire } from './sandboxed-modules';
import { openWorldBridge } from './world-bridge';

const CHANNEL = '__ELECTRON_DOUBLE_CHANNEL__';
const RUN_PRELOAD = Symbol.for('electron-double:run-preload');

type Listener = (event: unknown, ...args: unknown[]) => void;
interface MainWorld {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  expose(key: string, api: unknown): void;
}

function copyError(error: unknown): Error {
  return new Error(error instanceof Error ? error.message : String(error));
}

if (window.top === window) {
  const listeners = new Map<string, Set<Listener>>();
  let main: MainWorld | null = null;
  const waiting: ((main: MainWorld) => void)[] = [];
  const withMain = (use: (main: MainWorld) => void) => (main ? use(main) : waiting.push(use));

  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      // Electron sends arguments by structured clone and throws for what cannot be cloned.
      const cloned = structuredClone(args);
      return new Promise((resolve, reject) =>
        withMain((world) => world.invoke(channel, cloned).then(resolve, (error: unknown) => reject(copyError(error)))),
      );
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
      withMain((world) => world.expose(key, api));
    },
  };
  const require = sandboxedRequire({ contextBridge, ipcRenderer });

  /** webContents.send from the app's process: every listener gets the same copy, as in Electron. */
  const deliver = (channel: string, args: unknown[]) => {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] };
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, ...args);
  };
  // Pushes come straight into this world, read from their JSON text (tests/harness/preload-delivery.ts).
  Object.defineProperty(window, Symbol.for(DELIVER_IN_PRELOAD), { value: deliver });
  const bridge = openWorldBridge('isolated', CHANNEL, {});
  bridge.onOffer((offer) => {
    main = offer as MainWorld;
    for (const use of waiting.splice(0)) use(main);
  });

  Object.defineProperty(window, RUN_PRELOAD, {
    configurable: true,
    value: (body: (require: unknown, module: unknown, exports: unknown) => void) => {
      delete (window as unknown as Record<symbol, unknown>)[RUN_PRELOAD];
      const module = { exports: {} };
      body.call(module.exports, require, module, module.exports);
    },
  });
}
