/** Whether the Electron runtime is installed (its npm install script downloads it; here it cannot). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(process.cwd(), 'node_modules', 'electron');

export function electronBinaryPath(): string | null {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING =
  'Electron shell SKIPPED: the Electron binary is not installed (node_modules/electron/dist is missing). ' +
  'These specs ran in the browser and electron-double shells only (the built app under a double of Electron). Run `node scripts/ensure-electron.mjs` on a machine with internet to run them against the real app.';
