/**
 * No app process outlives its harness. A test-side process launches the app in the electron-double
 * shell and is then killed as an interrupted run is (SIGKILL, so no close() runs); the app's process
 * must end within a few seconds, its orderly quit included. Before, such processes kept running for
 * good, ignoring SIGTERM and growing by gigabytes: every message to the dead harness failed, each
 * failure was reported to the harness as an uncaught error, and that report failed in turn.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const OUTLIVES_LIMIT_MS = 8_000;

/** Running, and not a zombie waiting for whoever adopted it to reap it. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return process.platform !== 'linux';
  }
}

test('the app ends within seconds when the harness that started it is killed mid-run', async ({}, testInfo) => {
  test.skip(
    testInfo.project.metadata.shell !== 'electron-double',
    'The orphan check is about the electron-double shell',
  );
  const harness = spawn(process.execPath, ['--import', 'tsx', join('tests', 'harness', 'launch-and-wait.ts')], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  harness.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const appPid = await new Promise<number>((resolve, reject) => {
    harness.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /app-pid (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
    });
    harness.on('exit', (code) =>
      reject(new Error(`The harness ended (exit code ${code}) before the app ran:\n${output}`)),
    );
  });
  expect(running(appPid)).toBe(true);

  harness.kill('SIGKILL');
  const killedAt = Date.now();
  try {
    await expect.poll(() => running(appPid), { timeout: OUTLIVES_LIMIT_MS, intervals: [100] }).toBe(false);
    console.log(`The app's process ended ${Date.now() - killedAt} ms after its harness was killed`);
  } finally {
    // A failing run leaves nothing behind either.
    if (running(appPid)) process.kill(appPid, 'SIGKILL');
  }
});
