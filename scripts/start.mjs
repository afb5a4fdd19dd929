#!/usr/bin/env node
/**
 * `npm start`: fetches the Electron runtime if npm install skipped it, builds, and runs Omi Tray.
 *   npm start                      the app, built for production
 *   npm start -- --dev             the app on electron-vite's dev server (hot reload)
 *   npm start -- --quick-edit      any other argument goes to the app
 * Needs Node 22.12 or newer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ElectronMissing, ensureElectron, nodeVersionProblem } from './ensure-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
/** An exit this soon after launch is a start-up failure, not the app quitting. */
const EARLY_EXIT_MS = 15_000;

function main() {
  const tooOld = nodeVersionProblem(process.versions.node);
  if (tooOld) {
    console.error(tooOld);
    process.exit(1);
  }
  const dev = process.argv.includes('--dev');
  const appArgs = process.argv.slice(2).filter((arg) => arg !== '--dev');
  let electron;
  try {
    electron = ensureElectron();
  } catch (error) {
    console.error(error instanceof ElectronMissing ? error.message : error);
    process.exit(1);
  }
  const env = { ...process.env };
  // Would make Electron a plain Node and never open the app.
  delete env.ELECTRON_RUN_AS_NODE;

  if (dev) {
    run(process.execPath, [electronVite, 'dev', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])], {
      ...env,
      ELECTRON_EXEC_PATH: electron,
    });
    return;
  }
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('Omi Tray: the build failed (see above).');
    process.exit(build.status ?? 1);
  }
  run(electron, ['.', ...appArgs], env);
}

/** Runs the app in the foreground: Ctrl+C reaches it, and its exit code becomes ours. */
function run(command, args, env) {
  const startedAt = Date.now();
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Omi Tray: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && process.platform === 'linux' && Date.now() - startedAt < EARLY_EXIT_MS) {
      console.error(
        'Omi Tray: Electron stopped early. If it said "The SUID sandbox helper binary was found, but is not configured ' +
          'correctly", your system restricts Chromium\'s sandbox (e.g. Ubuntu 24.04): see ' +
          'https://www.electronjs.org/docs/latest/tutorial/sandbox#linux',
      );
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main();
