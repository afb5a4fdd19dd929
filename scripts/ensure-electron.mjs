#!/usr/bin/env node
/**
 * Makes sure the Electron runtime is installed before the app starts or is packaged.
 *
 * npm install skips Electron's own download script (package.json "allowScripts"), because the build
 * machines cannot reach its download host. On a normal machine this fetches it on first start, and
 * says in words what to do when it cannot.
 *
 * Usage: `node scripts/ensure-electron.mjs` (exits non-zero with a message when it fails), or
 * `import { ensureElectron } from './ensure-electron.mjs'` (returns the binary's path).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
/** Electron's installer (@electron/get) and its rebuild tools declare this minimum; package.json's engines says the same. */
export const REQUIRED_NODE = [22, 12];
const INSTALLER_NODE = REQUIRED_NODE;

/** Words for a Node older than REQUIRED_NODE, else null. */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const tooOld = major < REQUIRED_NODE[0] || (major === REQUIRED_NODE[0] && minor < REQUIRED_NODE[1]);
  return tooOld
    ? `Omi Tray needs Node ${REQUIRED_NODE.join('.')} or newer (Electron's installer and rebuild tools ask for it); this is Node ${version.replace(/^v/, '')}. Install a current Node (24 is the line Electron 45 embeds) and run this again.`
    : null;
}

export class ElectronMissing extends Error {}

/** The Electron executable's path; downloads the runtime first when it is missing. */
export function ensureElectron() {
  if (!existsSync(join(electronDir, 'package.json'))) {
    throw new ElectronMissing('Omi Tray: the electron package is not installed. Run `npm install` first.');
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const found = installedBinary(version);
  if (found) return found;

  console.log(
    `Omi Tray: the Electron ${version} runtime is not installed yet (npm install skips its download). Downloading it once…`,
  );
  const env = { ...process.env };
  // Set for CI, where the download is impossible; someone starting the app wants the runtime.
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env });
  const installed = installedBinary(version);
  if (result.status === 0 && installed) return installed;

  const why = result.error
    ? result.error.message
    : `Electron's installer exited with code ${result.status ?? 'unknown'}`;
  throw new ElectronMissing(
    [
      `Omi Tray: could not download the Electron runtime (${why}).`,
      nodeTooOld()
        ? `Electron's installer asks for Node ${INSTALLER_NODE.join('.')} or newer and this is Node ${process.versions.node}: if the error above is not about the network, upgrade Node.`
        : null,
      'On a machine without internet, either put the file ' +
        `electron-v${version}-${process.platform}-${process.arch}.zip into Electron's download cache ` +
        '(see https://www.electronjs.org/docs/latest/tutorial/installation#cache), ' +
        'set ELECTRON_MIRROR to a mirror you can reach, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ' +
        `${version}; then run this again.`,
      'The tests do not need it: `npm test` runs the app in Chromium where Electron is missing.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function installedBinary(version) {
  const executable = platformExecutable();
  if (executable === null) return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsSync(join(override, executable)) ? join(override, executable) : null;
  const binary = join(electronDir, 'dist', executable);
  const installedVersion = readText(join(electronDir, 'dist', 'version'))?.replace(/^v/, '');
  const pathFile = readText(join(electronDir, 'path.txt'));
  return installedVersion === version && pathFile === executable && existsSync(binary) ? binary : null;
}

/** The executable inside Electron's dist folder, as Electron's installer names it. */
function platformExecutable() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function nodeTooOld() {
  return nodeVersionProblem(process.versions.node) !== null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`Omi Tray: Electron runtime at ${ensureElectron()}`);
  } catch (error) {
    console.error(error instanceof ElectronMissing ? error.message : error);
    process.exit(1);
  }
}
