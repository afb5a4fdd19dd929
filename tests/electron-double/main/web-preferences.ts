/**
 * The webPreferences a window is made with, held to what Electron's security guidance asks and what
 * the double can honour: the preload in an isolated world (contextIsolation), the page with no Node
 * (nodeIntegration off, in subframes and workers too), the renderer sandboxed, web security on.
 * Electron's defaults are all of these; a window that turns one off throws here, loudly, so the test
 * whose app made it fails instead of running a page the double would not run as Electron does.
 */
import type { WebPreferences } from 'electron';

/** Each preference a window may not set, with the value that is refused and why. */
const REFUSED: { name: keyof WebPreferences; refused: boolean; why: string }[] = [
  { name: 'contextIsolation', refused: false, why: "the preload would share the page's world" },
  { name: 'nodeIntegration', refused: true, why: 'the page would reach Node' },
  { name: 'nodeIntegrationInSubFrames', refused: true, why: 'subframes would get the preload and Node' },
  { name: 'nodeIntegrationInWorker', refused: true, why: 'workers would reach Node' },
  { name: 'sandbox', refused: false, why: 'the renderer would run unsandboxed, its preload with all of Node' },
  { name: 'webSecurity', refused: false, why: 'the same-origin policy would be off' },
  { name: 'allowRunningInsecureContent', refused: true, why: 'http content would run in the page' },
];

export function checkWebPreferences(preferences: WebPreferences = {}): void {
  const wrong = REFUSED.filter(({ name, refused }) => preferences[name] === refused);
  if (wrong.length === 0) return;
  const list = wrong.map(({ name, refused, why }) => `${String(name)}: ${String(refused)} (${why})`).join('; ');
  throw new Error(`Electron double: a BrowserWindow was made with webPreferences the double refuses: ${list}.`);
}
