/**
 * Omi limits reads per key: the app's read budget and Omi's pauses belong to the key they were
 * spent by or asked of, and outlast sign-out and restarts (reads.json), as the write hold does.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { ReadLedger } from '../../../../electron/core/items/read-ledger';
import { readsFile } from '../../../../electron/core/items/reads-file';
import { appFixture, type AppFixture } from '../support/app-fixture';
import { FakeClock } from '../support/fake-clock';
import { READ_SCOPES, WRITE_SCOPES } from '../support/fake-omi-api';
import { API_BASE, type TestApp } from '../support/test-platform';
import { settle, until } from '../support/until';

const FIRST = 'omi_dev_SECRET_first_key_0001';
const SECOND = 'omi_dev_SECRET_second_key_0002';
const HALF_HOUR_S = 1800;

let fixture: AppFixture;
beforeEach(async () => {
  fixture = await appFixture(FIRST, WRITE_SCOPES, [{ id: 'a1', description: 'Send the contract to Ana' }]);
  fixture.omi.addKey(SECOND, READ_SCOPES);
});
afterEach(() => fixture.close());

async function started(): Promise<TestApp> {
  const app = fixture.build();
  await app.core.start();
  await settle();
  fixture.clock.advance(0);
  await settle();
  return app;
}

/** Signed in with FIRST, then Omi answers a refresh 429 with Retry-After half an hour. */
async function limitedByOmi(): Promise<TestApp> {
  fixture.secrets.values.set(API_BASE, FIRST);
  const app = await started();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first list');
  fixture.omi.mode = 'rate_limited';
  fixture.omi.retryAfterSeconds = HALF_HOUR_S;
  expect(await app.core.handlers['items:refresh'](undefined)).toMatchObject({
    ok: false,
    error: { kind: 'rate_limited' },
  });
  fixture.omi.mode = 'up';
  return app;
}

const listsBy = (key: string) =>
  fixture.omi.requests.filter((request) => request.method === 'list' && request.key === key).length;

describe('read limits per key', () => {
  it('a new key connected after a 429 reads its list at once', async () => {
    const app = await limitedByOmi();
    expect(await app.core.handlers['auth:signOut'](undefined)).toMatchObject({ ok: true });
    expect(await app.core.handlers['auth:connect']({ apiKey: SECOND })).toMatchObject({ ok: true });
    await until(() => app.core.snapshot().sync.status === 'ok', 'the new key’s list');
    expect(listsBy(SECOND)).toBeGreaterThan(0);
    expect(app.core.snapshot().items.map((item) => item.id)).toEqual(['a1']);
  });

  it('the pause Omi asked of a key outlasts signing out and back in with it', async () => {
    const app = await limitedByOmi();
    await app.core.handlers['auth:signOut'](undefined);
    const before = listsBy(FIRST);
    await app.core.handlers['auth:connect']({ apiKey: FIRST });
    const refresh = await app.core.handlers['items:refresh'](undefined);
    expect(refresh).toMatchObject({
      ok: false,
      error: { kind: 'rate_limited', message: expect.stringMatching(/Omi asked Omi Tray to slow down/) },
    });
    expect(listsBy(FIRST)).toBe(before);
  });

  it('the pause and the hour’s reads outlast a restart; the list is read again once the pause is over', async () => {
    const first = await limitedByOmi();
    await first.core.shutdown();
    const before = listsBy(FIRST);
    const second = await started();
    expect(await second.core.handlers['items:refresh'](undefined)).toMatchObject({
      ok: false,
      error: { kind: 'rate_limited', retryAfterSeconds: HALF_HOUR_S },
    });
    expect(listsBy(FIRST)).toBe(before);
    fixture.clock.advance(HALF_HOUR_S * 1000);
    expect(await second.core.handlers['items:refresh'](undefined)).toEqual({ ok: true, value: null });
    expect(listsBy(FIRST)).toBeGreaterThan(before);
  });
});

describe('reads.json', () => {
  it('keeps each key’s reads and pause by tag, drops what ran out, and reads them back', async () => {
    const clock = new FakeClock();
    const path = join(fixture.dir.path, 'reads.json');
    const ledger = new ReadLedger({ clock, file: readsFile(path) });
    let tag = 'tag-one';
    const reads = new ReadBudget(clock, undefined, { owner: () => tag, ledger });
    reads.take('asked');
    reads.rateLimited(600);
    tag = 'tag-two';
    reads.take('automatic');
    clock.advance(61 * 60_000);
    tag = 'tag-three';
    reads.take('asked');
    await ledger.settled();
    const stored = JSON.parse(await readFile(path, 'utf8')) as { keys: Record<string, unknown> };
    expect(Object.keys(stored.keys)).toEqual(['tag-three']);

    tag = 'tag-three';
    const again = new ReadBudget(clock, undefined, { owner: () => tag, ledger: await loaded(clock, path) });
    expect(again.spentInLastHour()).toBe(1);
    tag = 'tag-one';
    expect(again.spentInLastHour()).toBe(0);
  });

  it('once closed at quitting, keeps what it had and writes no read that ends after', async () => {
    const clock = new FakeClock();
    const path = join(fixture.dir.path, 'reads.json');
    const ledger = new ReadLedger({ clock, file: readsFile(path) });
    const reads = new ReadBudget(clock, undefined, { owner: () => 'tag', ledger });
    reads.take('asked');
    await ledger.close();
    const kept = await readFile(path, 'utf8');
    reads.take('asked');
    await ledger.settled();
    expect(await readFile(path, 'utf8')).toBe(kept);
    expect(reads.spentInLastHour()).toBe(2);
    expect((await loaded(clock, path)).of('tag', 'items').reads).toHaveLength(1);
  });

  it('a corrupt reads.json is set aside in words, and every key starts a fresh hour', async () => {
    const clock = new FakeClock();
    const path = join(fixture.dir.path, 'reads.json');
    await writeFile(path, '{"version":1,"keys":{"tag":{"items":{"reads":"many"}}}}');
    const told: string[] = [];
    const ledger = new ReadLedger({
      clock,
      file: readsFile(path, { onCorrupt: (words) => told.push(words), now: () => clock.now() }),
    });
    await ledger.load();
    const reads = new ReadBudget(clock, undefined, { owner: () => 'tag', ledger });
    expect(reads.nextAllowedAt('automatic')).toBeNull();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/reads\.json/);
    expect(
      (await readdir(fixture.dir.path)).some(
        (name) => name.startsWith('reads.json.') || name.startsWith('reads.corrupt'),
      ),
    ).toBe(true);
  });
});

async function loaded(clock: FakeClock, path: string): Promise<ReadLedger> {
  const ledger = new ReadLedger({ clock, file: readsFile(path) });
  await ledger.load();
  return ledger;
}
