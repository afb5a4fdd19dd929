/**
 * The demo's data folder: OMI_TRAY_DATA_DIR when given, else a new one made with mkdtemp (0700, a
 * name nobody could have made first), never a fixed /tmp path another user may have prepared.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function demoDataDir(env: NodeJS.ProcessEnv, parent: string = tmpdir()): Promise<string> {
  return env.OMI_TRAY_DATA_DIR ?? (await mkdtemp(join(parent, 'omi-tray-demo-')));
}
