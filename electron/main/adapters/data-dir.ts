/** The data folder: Electron's userData, or OMI_TRAY_DATA_DIR for tests and the demo. Private to this user. */
import { resolve } from 'node:path';
import { app } from 'electron';
import { ensurePrivateFolder } from './private-folder';

export interface DataDir {
  path: string;
  /** The app's own folder (userData, or one it just made): its log folder may be tightened too. */
  own: boolean;
  /** Why the folder could not be made private, in words; null when it is. */
  problem: string | null;
}

/**
 * Must run before the single-instance lock and `ready`: the lock and Chromium's profile live in
 * userData, so two data folders are two independent apps (parallel e2e runs, the demo). `env` is
 * the environment this run may read (automation-env): OMI_TRAY_DATA_DIR is gone from it when packaged.
 * A folder OMI_TRAY_DATA_DIR names that already exists is used as it is, never chmod-ed.
 */
export function useDataDir(env: NodeJS.ProcessEnv): DataDir {
  const override = env.OMI_TRAY_DATA_DIR;
  if (override) app.setPath('userData', resolve(override));
  const path = app.getPath('userData');
  const own = !override;
  const problem = ensurePrivateFolder(path, { tighten: own });
  return { path, own, problem };
}
