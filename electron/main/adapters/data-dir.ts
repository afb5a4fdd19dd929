/** The data folder: Electron's userData, or OMI_TRAY_DATA_DIR for tests and the demo. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app } from 'electron';

/**
 * Must run before the single-instance lock and `ready`: the lock and Chromium's profile live in
 * userData, so two data folders are two independent apps (parallel e2e runs, the demo).
 */
export function useDataDir(env: NodeJS.ProcessEnv): string {
  const override = env.OMI_TRAY_DATA_DIR;
  if (override) {
    const dir = resolve(override);
    mkdirSync(dir, { recursive: true });
    app.setPath('userData', dir);
  }
  return app.getPath('userData');
}
