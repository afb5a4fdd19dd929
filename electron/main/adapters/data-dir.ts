/** The data folder: Electron's userData, or OMI_TRAY_DATA_DIR for tests and the demo. Private to this user. */
import { resolve } from 'node:path';
import { app } from 'electron';
import { ensurePrivateFolder } from './private-folder';

/**
 * Must run before the single-instance lock and `ready`: the lock and Chromium's profile live in
 * userData, so two data folders are two independent apps (parallel e2e runs, the demo).
 */
export function useDataDir(env: NodeJS.ProcessEnv): string {
  const override = env.OMI_TRAY_DATA_DIR;
  if (override) app.setPath('userData', resolve(override));
  const dir = app.getPath('userData');
  ensurePrivateFolder(dir);
  return dir;
}
