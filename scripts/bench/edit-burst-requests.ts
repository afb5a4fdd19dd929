/**
 * Requests for a burst of 5 edits to one item while the server is slow (every answer 1 s late): the
 * real core (createOmiTray: editor, outbox, sender, Omi client) against the real fake server, the
 * edits made through its IPC handlers as the popover makes them; PATCHes for that item are counted
 * once the outbox is empty and the server holds the last of every field.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOmiTray } from '../../electron/core/omi-tray';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import type { ItemChanges } from '../../electron/shared/action-item';
import { recordingPlatform } from '../../tests/harness/recording-platform';
import { READ_WRITE, startFakeOmi } from '../../tests/fake-omi/server';
import type { Figure } from './figure';
import { waitFor } from './wait-for';

const KEY = 'omi_dev_bench_key_0003';
const ITEM = 'burst-1';
const SERVER_DELAY_MS = 1_000;
/** A person's quick succession of edits: well inside one slow answer. */
const BETWEEN_EDITS_MS = 50;
const DUE = '2030-05-01T09:00:00.000Z';
const EDITS: ItemChanges[] = [
  { completed: true },
  { description: 'Send the signed lease to Ana' },
  { dueAt: DUE },
  { completed: false },
  { description: 'Send the signed lease to Ana and Sam' },
];

export async function editBurstRequests(): Promise<Figure> {
  const omi = await startFakeOmi({
    keys: [{ key: KEY, scopes: READ_WRITE }],
    items: [{ id: ITEM, description: 'Send the lease' }],
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-bench-'));
  const { platform } = recordingPlatform({
    dataDir,
    secrets: new MemorySecretStore(),
    env: { OMI_API_BASE_URL: omi.url, OMI_API_KEY: KEY },
    timeZone: 'UTC',
  });
  const core = createOmiTray(platform);
  try {
    await core.start();
    await waitFor('the first sync', () => core.snapshot().items.some((item) => item.id === ITEM));
    omi.setDelay(SERVER_DELAY_MS);
    omi.clearRequests();
    for (const changes of EDITS) {
      const result = await core.handlers['items:update']({ id: ITEM, changes });
      if (!result.ok) throw new Error(`an edit was refused: ${result.error.message}`);
      await new Promise((resolve) => setTimeout(resolve, BETWEEN_EDITS_MS));
    }
    await waitFor('the outbox to empty', () => core.snapshot().outboxSize === 0, 15_000);
    const stored = omi.items().find((item) => item.id === ITEM);
    const last = EDITS.reduce<ItemChanges>((all, changes) => ({ ...all, ...changes }), {});
    if (
      !stored ||
      stored.description !== last.description ||
      stored.completed !== last.completed ||
      Date.parse(stored.due_at ?? '') !== Date.parse(DUE)
    ) {
      throw new Error(`the server does not hold the last edits: ${JSON.stringify(stored)}`);
    }
    omi.assertNoViolations();
    const patches = omi.requests().filter((request) => request.method === 'PATCH' && request.path.endsWith(`/${ITEM}`));
    return { name: 'edit-burst-requests-slow-server', value: patches.length, unit: 'requests', budget: 2 };
  } finally {
    await core.shutdown();
    await omi.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
