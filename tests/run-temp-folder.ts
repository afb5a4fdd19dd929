/**
 * Every temp folder a test run makes lives in one folder of the run's own, removed when the run
 * ends. A test's own removal cannot be the last word: a write the code under test still had under way
 * when the test ended makes its folder again (the JSON writer creates the folder it writes in), and
 * a test that fails halfway never reaches its removal.
 *
 * Vitest and Playwright run this in their own process before they start the workers, which inherit
 * the environment: os.tmpdir() reads TMPDIR (TMP and TEMP on Windows) at every call, and so do the
 * browsers and app processes the workers start. Vitest runs it once per project of its config, so
 * the first makes the folder and the others find it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = ['TMPDIR', 'TMP', 'TEMP'] as const;
const MADE = 'OMI_TRAY_TEST_RUN_FOLDER';

export default function runTempFolder(): () => void {
  if (process.env[MADE] !== undefined) return () => {};
  const folder = mkdtempSync(join(tmpdir(), 'omi-tray-test-run-'));
  const before = NAMES.map((name) => [name, process.env[name]] as const);
  for (const name of NAMES) process.env[name] = folder;
  process.env[MADE] = folder;
  return () => {
    delete process.env[MADE];
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  };
}
