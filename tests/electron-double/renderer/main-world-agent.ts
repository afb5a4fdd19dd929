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

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;

const OPEN = '__electronDoubleOpen';
const PERMISSION = '__electronDoublePermission';

const scope = window as unknown as Record<string | symbol, unknown>;
const binding = scope[BINDING] as Invoke | undefined;
const askOpen = scope[OPEN] as ((url: string, name: string, features: string) => Promise<'allow' | 'deny'>) | undefined;
const askPermission = scope[PERMISSION] as ((permission: string) => Promise<boolean>) | undefined;
for (const name of [BINDING, OPEN, PERMISSION]) delete scope[name];

// window.open goes to the app's window-open handler first, as in Electron; a refusal opens nothing.
if (askOpen) {
  const open = window.open.bind(window);
  window.open = function openAsTheAppDecides(url?: string | URL, target = '', features = ''): WindowProxy | null {
    const absolute = new URL(String(url ?? ''), location.href).href;
    void askOpen(absolute, target, features).then((action) => action === 'allow' && open(absolute, target, features));
    return null;
  };
}

// Permission requests go to the app's session permission handler, as in Electron.
if (askPermission) {
  Notification.requestPermission = async () => ((await askPermission('notifications')) ? 'granted' : 'denied');
  const geolocation = navigator.geolocation;
  geolocation.getCurrentPosition = (success, failure) => {
    void askPermission('geolocation').then((granted) => {
      if (!granted)
        failure?.({
          code: 1,
          message: 'User denied Geolocation',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        });
      else
        failure?.({
          code: 2,
          message: 'No position in the Electron double',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        });
      void success;
    });
  };
  if (navigator.mediaDevices) {
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const granted = await askPermission('media');
      if (!granted) throw new DOMException('Permission denied', 'NotAllowedError');
      throw new DOMException(`No devices in the Electron double (${JSON.stringify(constraints)})`, 'NotFoundError');
    };
  }
}

if (window.top === window && binding) {
  openWorldBridge('main', CHANNEL, {
    invoke: (channel: string, args: unknown[]) => binding(channel, args),
    expose: (key: string, api: unknown) => {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: api, enumerable: true });
    },
  });
}
