/**
 * The whole core against the HTTP fake of Omi, on a fake clock both share: hours pass in moments,
 * and after each timer the test waits until the app's requests have been answered. The key comes
 * from OMI_API_KEY and may read and change items and read conversations. `restart()` builds a new
 * core on the same data folder, or on another (a copy of the folder as a kill left it); `killed()`
 * drops a core as a kill would: it sends nothing more and is not shut down.
 */
import { afterEach } from 'vitest';
import { createOmiTray } from '../../../electron/core/omi-tray';
import type { OmiTray } from '../../../electron/core/omi-tray.types';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store';
import {
  CONVERSATIONS_READ_SCOPE,
  READ_WRITE,
  startFakeOmi,
  type FakeOmi,
  type RecordedRequest,
  type SeedConversation,
  type SeedItem,
} from '../../fake-omi/server';
import { recordingPlatform, type RecordingPlatform, type RecordingPopover } from '../../harness/recording-platform';
import { FakeClock } from '../../unit/core/support/fake-clock';
import { tempDir } from '../../unit/core/support/temp-dir';

const HEARD_KEY = 'omi_dev_heard_app_key_3e7a';
const CONVERSATIONS_PATH = '/v1/dev/user/conversations';
const ITEMS_PATH = '/v1/dev/user/action-items';

export interface HeardApp {
  core: OmiTray;
  popover: RecordingPopover;
  tray: RecordingPlatform['tray'];
  /** The shared clock; `await clock.run(ms)` lets time pass with the app's requests answered. */
  clock: FakeClock;
  fake: FakeOmi;
  dataDir: string;
  /** Reads of the conversation list (GET /v1/dev/user/conversations) since the start. */
  listReads(): RecordedRequest[];
  /** Reads of the item list (GET /v1/dev/user/action-items) since the start. */
  itemReads(): RecordedRequest[];
  /** Until every request the app sent has its answer. */
  settled(): Promise<void>;
  /** A new core on the same clock and server, started, on this data folder or on `dataDir`. */
  restart(dataDir?: string): Promise<HeardApp>;
  /** This core stopped as a kill stops it: nothing more reaches the server, and it is not shut down. */
  killed(): void;
}

const cleanups: (() => Promise<void>)[] = [];

/** Runs when the test ends, after the cores started later than now were shut down. */
export function whenDone(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export async function heardApp(
  options: { conversations?: SeedConversation[]; items?: SeedItem[]; start?: number } = {},
): Promise<HeardApp> {
  const clock = new FakeClock(options.start);
  const fake = await startFakeOmi({
    now: () => clock.now(),
    keys: [{ key: HEARD_KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] }],
    items: options.items ?? [],
    conversations: options.conversations ?? [],
  });
  const dir = await tempDir();
  cleanups.push(
    async () => {
      // Every request the core made kept to the contract (closed first, so a failure leaves no server behind).
      await fake.close();
      fake.assertNoViolations();
    },
    () => dir.remove(),
  );
  let inFlight = 0;
  const settled = async () => {
    for (let quiet = 0; quiet < 3;) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setImmediate(resolve));
      quiet = inFlight === 0 ? quiet + 1 : 0;
    }
  };
  clock.settle = settled;
  const start = async (dataDir = dir.path): Promise<HeardApp> => {
    const { platform, popover, tray } = recordingPlatform({
      dataDir,
      clock,
      secrets: new MemorySecretStore(),
      env: { OMI_API_BASE_URL: fake.url, OMI_API_KEY: HEARD_KEY },
      timeZone: 'UTC',
    });
    let alive = true;
    const fetch = platform.fetch;
    platform.fetch = async (input, init) => {
      if (!alive) throw new TypeError('fetch failed');
      inFlight += 1;
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const core = createOmiTray(platform);
    const shutdown = () => (alive ? core.shutdown() : Promise.resolve());
    cleanups.push(shutdown);
    await core.start();
    await settled();
    const reads = (path: string) => () =>
      fake.requests().filter((request) => request.method === 'GET' && request.path === path);
    return {
      core,
      popover,
      tray,
      clock,
      fake,
      dataDir,
      listReads: reads(CONVERSATIONS_PATH),
      itemReads: reads(ITEMS_PATH),
      settled,
      restart: (other) => start(other ?? dataDir),
      killed: () => {
        alive = false;
      },
    };
  };
  return start();
}
