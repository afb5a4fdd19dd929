/**
 * Data folders for the soak: in memory (/dev/shm) where there is one, so the app's fsyncs cost
 * microseconds and a simulated hour is not stretched by a busy disk; else the system temp folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchFolder(name: string): Promise<string> {
  const base = process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return mkdtemp(join(base, `omi-tray-${name}-`));
}

/**
 * Removes a scratch folder. A core that quit in this process may still finish the request on its
 * way and write its state a moment later (an app's process would have ended): removal is retried
 * rather than failing the part with ENOTEMPTY.
 */
export function removeScratchFolder(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}
