/**
 * Loaded with `node --require` before the app's built main script (out/main/index.js) in the
 * electron-double shell: from here on `require('electron')` in that process is the double
 * (./electron-main.ts), the harness can ask the double what the app did, and 'ready' comes once
 * the main script has run, as in Electron.
 *
 * Why a process of its own per app run: quitting, restarting and killing the app are then what
 * they are for users (the process ends, the data folder and the keychain stay), and V8 coverage of
 * the built bundles comes from NODE_V8_COVERAGE with no instrumentation of the code under test.
 */
import Module from 'node:module';
import { electronMain } from './electron-main';
import { app } from './main/app';
import { answerClock } from './main/clock';
import { answerHarness } from './main/control';
import { answerPageRequests } from './main/page-requests';
import { harness } from './main/harness-link';
import { quitWhenHarnessGoes } from './main/harness-gone';
import { quitOnSignals } from './main/quit-signals';

const ELECTRON_ID = '\0electron-double';

type Resolver = (request: string, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolver; _cache: Record<string, unknown> };
const resolveFilename = internals._resolveFilename;
internals._resolveFilename = function resolveElectron(this: unknown, request: string, ...rest: unknown[]): string {
  return request === 'electron' ? ELECTRON_ID : resolveFilename.call(this, request, ...rest);
};
const electronModule = new Module(ELECTRON_ID);
electronModule.exports = electronMain;
electronModule.loaded = true;
internals._cache[ELECTRON_ID] = electronModule;

answerClock();
answerHarness();
answerPageRequests();
quitOnSignals(app);
quitWhenHarnessGoes(app);

// Electron keeps running after an uncaught exception in the main process (it shows a dialog); the
// harness is told, and a test that caused one fails. With the harness gone there is no one to tell.
process.on('uncaughtException', (error) => {
  if (harness().closed) return;
  process.stderr.write(`Uncaught exception in the main process: ${error.stack ?? String(error)}\n`);
  void harness()
    .ask('app:uncaught', error.stack ?? String(error))
    .catch(() => undefined);
});

setImmediate(() => app.becomeReady());
