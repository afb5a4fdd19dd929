/**
 * Where the Electron runtime is: ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron, as
 * scripts/ensure-electron.mjs and Electron's own package accept it) or node_modules/electron/dist,
 * which the package's install script fills (here it cannot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(process.cwd(), 'node_modules', 'electron');

/** The executable inside an Electron dist folder, as Electron's installer names it. */
export function platformExecutable(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The binary the harness would start, present or not, and the words for where it was looked for. */
export function electronBinaryCandidate(env: NodeJS.ProcessEnv = process.env): {
  path: string | null;
  lookedAt: string;
} {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, platformExecutable());
    return { path, lookedAt: `${path} (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile))
    return { path: null, lookedAt: `${pathFile} (missing: node_modules/electron/dist was never installed)` };
  const path = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return { path, lookedAt: path };
}

export function electronBinaryPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const { path } = electronBinaryCandidate(env);
  return path !== null && existsSync(path) ? path : null;
}

export const ELECTRON_MISSING =
  'Electron shell SKIPPED: the Electron binary is not installed (node_modules/electron/dist is missing, and ELECTRON_OVERRIDE_DIST_PATH names none). ' +
  'These specs ran in the browser and electron-double shells only (the built app under a double of Electron). Run `node scripts/ensure-electron.mjs` on a machine with internet to run them against the real app.';
