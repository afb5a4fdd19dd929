import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from './fake-clock';

/** A fresh folder for one test's files; remove it with the returned function. */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'omi-tray-core-'));
  // Background writes may still be landing when a test ends: retry the removal.
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }) };
}

/** A fresh folder and a fake clock, the start of every file-backed unit test. */
export async function folderAndClock(): Promise<{ dir: Awaited<ReturnType<typeof tempDir>>; clock: FakeClock }> {
  return { dir: await tempDir(), clock: new FakeClock() };
}
