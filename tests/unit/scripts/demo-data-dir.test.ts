/** The demo's data folder is new and private each run, never a fixed name in /tmp. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDataDir } from '../../../scripts/demo-data-dir';

const parent = mkdtempSync(join(tmpdir(), 'omi-tray-demo-test-'));
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')("the demo's data folder", () => {
  it('is made fresh and private each run', async () => {
    const first = await demoDataDir({}, parent);
    const second = await demoDataDir({}, parent);
    expect(first).not.toBe(second);
    expect(first.startsWith(join(parent, 'omi-tray-demo-'))).toBe(true);
    expect(statSync(first).mode & 0o777).toBe(0o700);
  });

  it('is OMI_TRAY_DATA_DIR when set', async () => {
    expect(await demoDataDir({ OMI_TRAY_DATA_DIR: '/somewhere' }, parent)).toBe('/somewhere');
  });
});
