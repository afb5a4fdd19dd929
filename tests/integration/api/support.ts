/**
 * The real client against the real fake server, per test: a fresh server with a write key, a
 * client for it, and a time limit driven by the test (no sleeps).
 */
import { afterEach } from 'vitest';
import type { TimerHandle } from '../../../electron/core/ports';
import { OmiClient } from '../../../electron/core/api/omi-client';
import {
  READ_SCOPE,
  READ_WRITE,
  startFakeOmi,
  YOUR_ACCOUNT,
  type FakeOmi,
  type FakeOmiOptions,
} from '../../fake-omi/server';

export const WRITE_KEY = 'omi_dev_integration_write_key_5f2c';
export const READ_ONLY_KEY = 'omi_dev_integration_read_only_key_91ab';

/** Timers that fire only when the test says so: a request "times out" on fire(). */
class ManualTimers {
  private readonly pending = new Map<number, () => void>();
  private nextId = 1;

  setTimeout = (callback: () => void): TimerHandle => {
    const id = this.nextId++;
    this.pending.set(id, callback);
    return { id };
  };

  clearTimeout = (handle: TimerHandle): void => {
    this.pending.delete((handle as { id: number }).id);
  };

  armed(): number {
    return this.pending.size;
  }

  fire(): void {
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    for (const callback of callbacks) callback();
  }
}

export interface Setup {
  fake: FakeOmi;
  client: OmiClient;
  timers: ManualTimers;
  /** Resolves when the client has handed its next request to fetch. */
  nextFetch(): Promise<void>;
}

const running: FakeOmi[] = [];

afterEach(async () => {
  const servers = running.splice(0, running.length);
  try {
    for (const fake of servers) fake.assertNoViolations();
  } finally {
    for (const fake of servers) await fake.close();
  }
});

export async function setup(options: FakeOmiOptions & { key?: string | null } = {}): Promise<Setup> {
  const fake = await startFakeOmi({
    keys: [
      { key: WRITE_KEY, scopes: READ_WRITE },
      // A second key of the same person: it reaches the same items.
      { key: READ_ONLY_KEY, scopes: [READ_SCOPE], account: YOUR_ACCOUNT },
    ],
    ...options,
  });
  running.push(fake);
  const timers = new ManualTimers();
  let waiting: (() => void)[] = [];
  const countingFetch: typeof fetch = (input, init) => {
    const resolveAll = waiting;
    waiting = [];
    for (const resolve of resolveAll) resolve();
    return fetch(input, init);
  };
  const key = options.key === undefined ? WRITE_KEY : options.key;
  const client = new OmiClient({ baseUrl: fake.url, fetch: countingFetch, getKey: () => Promise.resolve(key) }, timers);
  return {
    fake,
    client,
    timers,
    nextFetch: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
}
