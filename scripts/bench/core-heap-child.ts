/**
 * Run by ./core-heap in `node --expose-gc`, with the fake Omi's address (a server in the parent
 * process, so its 10,000 items are not in this heap): the heap the whole core adds (createOmiTray
 * with the recording adapters: item store, outbox, reminders, conversations, the last snapshot)
 * once it has started and finished a full sync of 10,000 items over HTTP. Prints
 * `{"bytes": N, ...}`: heapUsed after full collections, minus the same process before the core was
 * made (modules loaded, nothing created).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createOmiTray } from '../../electron/core/omi-tray';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { recordingPlatform } from '../../tests/harness/recording-platform';
import { waitFor } from './wait-for';

function heapAfterGc(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let pass = 0; pass < 4; pass++) gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const [url, key, count] = process.argv.slice(2);
  const items = Number(count);
  if (!url || !key || !Number.isInteger(items)) throw new Error('usage: core-heap-child <server url> <key> <items>');
  const dir = await mkdtemp(join(tmpdir(), 'omi-tray-heap-'));
  try {
    const baseline = heapAfterGc();
    // No push is kept: in the app each snapshot is copied to the page and dropped.
    const { platform } = recordingPlatform({
      dataDir: dir,
      secrets: new MemorySecretStore(),
      env: { OMI_API_BASE_URL: url, OMI_API_KEY: key },
      timeZone: 'UTC',
    });
    const core = createOmiTray(platform);
    await core.start();
    await waitFor(
      'the first full sync',
      () => core.snapshot().sync.status === 'ok' || core.snapshot().sync.status === 'error',
      120_000,
    );
    const sync = core.snapshot().sync;
    if (sync.status === 'error') throw new Error(`the sync failed: ${sync.error.message}`);
    // Let the sync's last writes and the reminders' planning finish before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const holding = heapAfterGc();
    const stored = z
      .object({ items: z.array(z.unknown()) })
      .parse(JSON.parse(await readFile(join(dir, 'items.json'), 'utf8')));
    console.log(
      JSON.stringify({ bytes: holding - baseline, stored: stored.items.length, rows: core.snapshot().items.length }),
    );
    await core.shutdown();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
