/**
 * The setting most core tests start from: a fresh data folder, a fake clock, and a fake Omi that
 * knows one key with these scopes and holds these items. Tests that need more keys add them after.
 */
import type { ActionItem } from '../../../../electron/shared/action-item';
import { FakeClock } from './fake-clock';
import { FakeOmi } from './fake-omi-api';
import { tempDir } from './temp-dir';

export interface ServerFixture {
  dir: { path: string; remove: () => Promise<void> };
  clock: FakeClock;
  omi: FakeOmi;
}

export async function serverFixture(
  key: string,
  scopes: string[],
  items: Partial<ActionItem>[] = [],
): Promise<ServerFixture> {
  const dir = await tempDir();
  const clock = new FakeClock();
  const omi = new FakeOmi(clock);
  omi.addKey(key, scopes);
  if (items.length > 0) omi.seed(items);
  return { dir, clock, omi };
}
