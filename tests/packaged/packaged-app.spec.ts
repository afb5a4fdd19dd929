/**
 * Smoke test of the PACKAGED app (electron-builder's unpacked output in dist/, fuses flipped), run
 * by the hosted workflow on each OS after `npm run package` (playwright.packaged.config.ts); on
 * Linux against the installed .deb (OMI_TRAY_PACKAGED_APP). It cannot run where there is no
 * Electron binary to package (the development containers).
 *
 * From outside the process it checks: the fuses read back from the binary with
 * `npx @electron/fuses read`; that the app refuses Chromium's and Node's debugging switches in
 * words; and that a plain start stays up until asked to quit. An installed app has no way in for
 * the page-level checks (electron/main/security/debug-switches.ts, the NodeCliInspect fuse), so they
 * run in a SMOKE build: the same code and packaging, built with OMI_TRAY_SMOKE_BUILD=1 into
 * dist/smoke/, whose main process checks its own page (electron/main/smoke/page-smoke.ts) and
 * prints what it found. Every other build compiles that check out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = process.cwd();

/** The packaged executable electron-builder left in dist/ for this OS (OMI_TRAY_PACKAGED_APP overrides). */
function packagedApp(): string | null {
  const candidates = process.env.OMI_TRAY_PACKAGED_APP
    ? [process.env.OMI_TRAY_PACKAGED_APP]
    : [
        join(root, 'dist', 'linux-unpacked', 'omi-tray'),
        join(root, 'dist', 'win-unpacked', 'Omi Tray.exe'),
        join(root, 'dist', 'mac', 'Omi Tray.app'),
        join(root, 'dist', 'mac-arm64', 'Omi Tray.app'),
        join(root, 'dist', 'mac-universal', 'Omi Tray.app'),
      ];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** What to start: the .app's executable on macOS. */
function executable(app: string): string {
  return app.endsWith('.app') ? join(app, 'Contents', 'MacOS', 'Omi Tray') : app;
}

const app = packagedApp();
test.skip(app === null, 'No packaged app in dist/: run `npm run package` first (it needs the Electron runtime).');

/** A private home for the run, so the installed app's data folder is this test's own (Linux and macOS honour HOME). */
function runEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'omi-tray-packaged-'));
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    APPDATA: join(home, 'AppData'),
    ELECTRON_ENABLE_LOGGING: '1',
  };
}

function startApp(args: string[]) {
  const child = spawn(executable(app!), args, { env: runEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test('the fuses read back from the binary are the hardened ones', () => {
  const read = spawnSync('npx', ['@electron/fuses', 'read', '--app', app!], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  expect(read.status, read.stderr).toBe(0);
  const fuses = Object.fromEntries(
    [...read.stdout.matchAll(/^\s+(\w+) is (Enabled|Disabled)$/gm)].map((match) => [match[1], match[2]]),
  );
  expect(fuses).toMatchObject({
    RunAsNode: 'Disabled',
    EnableNodeOptionsEnvironmentVariable: 'Disabled',
    EnableNodeCliInspectArguments: 'Disabled',
    OnlyLoadAppFromAsar: 'Enabled',
    EnableEmbeddedAsarIntegrityValidation: 'Enabled',
    EnableCookieEncryption: 'Enabled',
    GrantFileProtocolExtraPrivileges: 'Disabled',
  });
});

for (const debugSwitch of [
  '--remote-debugging-port=0',
  '--inspect=0',
  '--inspect-brk',
  '--remote-debugging-pipe',
  '--js-flags=--allow-natives-syntax',
]) {
  test(`refuses ${debugSwitch} in words and exits`, async () => {
    const run = startApp([debugSwitch]);
    const code = await Promise.race([
      run.exited,
      new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 20_000)),
    ]);
    if (code === 'running') run.child.kill();
    expect(code).toBe(1);
    expect(run.output()).toContain(`Omi Tray does not start with ${debugSwitch.split('=')[0]}:`);
  });
}

test('starts without switches and stays up until it is asked to quit', async () => {
  const run = startApp([]);
  const early = await Promise.race([
    run.exited,
    new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 10_000)),
  ]);
  expect(early, run.output()).toBe('running');
  run.child.kill('SIGTERM');
  await run.exited;
});

/** The smoke build's executable (OMI_TRAY_SMOKE_APP overrides), or null where none was packaged. */
function smokeApp(): string | null {
  const smoke = join(root, 'dist', 'smoke');
  const candidates = process.env.OMI_TRAY_SMOKE_APP
    ? [process.env.OMI_TRAY_SMOKE_APP]
    : ['linux-unpacked/omi-tray', 'win-unpacked/Omi Tray.exe', 'mac/Omi Tray.app', 'mac-arm64/Omi Tray.app'].map(
        (path) => join(smoke, path),
      );
  const found = candidates.find((path) => existsSync(path));
  return found === undefined ? null : executable(found);
}

test('the smoke build: CSP reaching the page, sandbox, navigation and window.open refused, permissions denied', async () => {
  const smoke = smokeApp();
  test.skip(smoke === null, 'No smoke build in dist/smoke/: the workflow makes one with OMI_TRAY_SMOKE_BUILD=1.');
  const child = spawn(smoke!, [], { env: runEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await Promise.race([
    new Promise<number | null>((resolve) => child.on('exit', resolve)),
    new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 45_000)),
  ]);
  if (code === 'running') child.kill();
  const line = /^OMI_TRAY_SMOKE (.*)$/m.exec(output);
  expect(line, output).not.toBeNull();
  const found = JSON.parse(line![1]!) as Record<string, unknown>;
  expect(found).toMatchObject({
    // The CSP reached the page: no eval, no inline script, no fetch beyond the API.
    evalRuns: false,
    inlineScriptRuns: false,
    remoteFetch: 'refused',
    // The page has no Node, its process is sandboxed by the system, it cannot open windows or leave.
    nodeInPage: false,
    processSandboxed: true,
    windowOpened: false,
    navigatedAway: false,
    // Permission requests denied.
    notifications: 'denied',
  });
  expect(found.clipboard).not.toBe('read');
  expect(found.violations).toEqual(expect.arrayContaining(['connect-src']));
});
