/**
 * SIGTERM and SIGINT as Electron takes them on Linux and macOS: the first quits the app the orderly
 * way (app.quit(): 'before-quit', windows closing, 'will-quit', then the process ends); Chromium then
 * puts the signal's default back, so a second one ends the process at once. The app may listen for
 * the signals too (it does, to the same end); app.quit() runs its sequence once.
 */
import { constants } from 'node:os';

export interface Quitter {
  quit(): void;
}

export function quitOnSignals(app: Quitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  let received = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (received) return exit(128 + constants.signals[signal]);
      received = true;
      app.quit();
    });
  }
}
