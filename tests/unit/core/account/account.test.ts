/**
 * The account against a fake Omi that behaves like the real one: a real key check, keychain, saved
 * list and sync; the conversations and the outbox's sender are recorded, since what the account
 * owes them is a call.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Account } from '../../../../electron/core/account/account';
import { accessFile } from '../../../../electron/core/auth/access-file';
import { ApiConnection } from '../../../../electron/core/auth/api-connection';
import { READ_ONLY_MESSAGE } from '../../../../electron/core/api/http-errors';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { ItemSync } from '../../../../electron/core/items/item-sync';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { createLogger } from '../../../../electron/core/logging/logger';
import { Redactor } from '../../../../electron/core/logging/redactor';
import { DEFAULT_SETTINGS, type Settings } from '../../../../electron/shared/settings';
import { WRITE_SCOPES } from '../support/fake-omi-api';
import { TestSecrets } from '../support/memory-secrets';
import { serverFixture, type ServerFixture } from '../support/server-fixture';
import { settle, until } from '../support/until';

const BASE = 'https://api.omi.test/';
const ORIGIN = 'https://api.omi.test';
const OTHER_BASE = 'https://omi.example.org/';
const GOOD = 'omi_dev_good_key_with_write_0001';
const READ_ONLY = 'omi_dev_read_only_key_0002';
const ITEMS = [
  { id: 'a1', description: 'Send the contract to Ana' },
  { id: 'a2', description: 'Renew the car insurance' },
];

let server: ServerFixture;
const settingsAt = (apiBaseUrl: string): Settings => ({ ...DEFAULT_SETTINGS, apiBaseUrl });

beforeEach(async () => {
  server = await serverFixture(GOOD, WRITE_SCOPES, ITEMS);
  server.omi.addKey(READ_ONLY, ['action_items:read']);
});
afterEach(() => server.dir.remove());

async function build(options: { secrets?: TestSecrets; envKey?: string; baseUrl?: string } = {}) {
  const { clock, omi, dir } = server;
  const events: string[] = [];
  const logs: string[] = [];
  const redactor = new Redactor();
  const logger = createLogger({ sink: (line) => logs.push(line), level: 'debug', redactor });
  const secrets = options.secrets ?? new TestSecrets();
  const connection = new ApiConnection({
    secrets,
    fetch: globalThis.fetch,
    createApi: (clientOptions) => omi.client(clientOptions),
    envKey: options.envKey,
    envKeyBaseUrl: BASE,
    accessFile: accessFile(join(dir.path, 'access.json')),
    redactor,
    logger,
  });
  const list = new ItemStore({ file: itemsFile(join(dir.path, 'items.json')), clock, logger });
  const sync = new ItemSync({
    clock,
    logger,
    store: list,
    budget: new ReadBudget(clock),
    api: () => connection.api(),
    onReachable: () => undefined,
    onStateChange: () => undefined,
  });
  const account = new Account({
    connection,
    list,
    sync,
    conversations: { keyChanged: () => void events.push('conversations forget the key') },
    sender: {
      retryNow: (trigger) => Promise.resolve(void events.push(`sender retries (${trigger})`)),
      flush: () => Promise.resolve(void events.push('sender flushes')),
    },
    clock,
    logger,
    listChanged: () => void events.push('list changed'),
    signedOut: () => void events.push('signed out'),
    changed: () => void events.push('changed'),
  });
  await account.openKey(options.baseUrl ?? BASE);
  await account.openList();
  return { account, connection, list, sync, secrets, events, logs, omi };
}

async function signedIn(key = GOOD) {
  const secrets = new TestSecrets();
  secrets.values.set(ORIGIN, key);
  const built = await build({ secrets });
  // Awaited here rather than started in the background, so no late event reaches the test.
  await built.connection.recheck();
  await built.sync.refresh('start');
  built.events.length = 0;
  return built;
}

describe('opening', () => {
  it('without a stored key: signed out, no request', async () => {
    const { account, omi } = await build();
    account.checkInBackground();
    await settle();
    expect(account.signedIn()).toBe(false);
    expect(account.state()).toEqual({ status: 'signed_out' });
    expect(account.keyTag()).toBeNull();
    expect(omi.requests).toEqual([]);
  });

  it('with a stored key: signed in, and the check fetches the list', async () => {
    const secrets = new TestSecrets();
    secrets.values.set(ORIGIN, GOOD);
    const { account, list } = await build({ secrets });
    account.checkInBackground();
    await until(() => list.all().length === 2, 'the first list');
    expect(account.state()).toMatchObject({
      status: 'connected',
      origin: ORIGIN,
      readOnly: false,
      keyStorage: 'keychain',
    });
    expect(account.keyTag()).toMatch(/^[0-9a-f]{24}$/);
    expect(
      list
        .all()
        .map((item) => item.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
  });
});

describe('connecting', () => {
  it('a good key: stored, its list shown, conversations forget the old key, waiting changes asked to go', async () => {
    const { account, list, secrets, events } = await build();
    const result = await account.connect(GOOD);
    expect(result).toEqual({ ok: true, value: { readOnly: false } });
    expect(secrets.values.get(ORIGIN)).toBe(GOOD);
    expect(
      list
        .all()
        .map((item) => item.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(events).toEqual(['conversations forget the key', 'list changed', 'sender retries (user)', 'changed']);
    expect(account.canEdit()).toEqual({ ok: true, value: { origin: ORIGIN } });
  });

  it('a key Omi refuses: an error in words, nothing stored, nothing else moves', async () => {
    const { account, list, secrets, events } = await build();
    const result = await account.connect('omi_dev_not_a_real_key');
    expect(!result.ok && result.error.message).toMatch(/^Omi refused this key/);
    expect(secrets.values.size).toBe(0);
    expect(list.all()).toEqual([]);
    expect(events).toEqual([]);
    expect(account.signedIn()).toBe(false);
  });

  it('a read-only key: connected, and edits are refused in words', async () => {
    const { account } = await build();
    expect(await account.connect(READ_ONLY)).toEqual({ ok: true, value: { readOnly: true } });
    expect(account.canEdit()).toMatchObject({ ok: false, error: { kind: 'forbidden', message: READ_ONLY_MESSAGE } });
  });
});

describe('may the user edit', () => {
  it('not while signed out', async () => {
    const { account } = await build();
    expect(account.canEdit()).toEqual({
      ok: false,
      error: { kind: 'unauthorized', message: 'Connect your Omi developer key first.' },
    });
  });

  it('not after the server said 403 to an edit; other refusals teach nothing', async () => {
    const { account, events, logs } = await signedIn();
    account.refused({ action: 'update', error: { kind: 'validation', message: 'Too long.' } });
    await settle();
    expect(account.canEdit().ok).toBe(true);
    expect(events).toEqual([]);
    account.refused({ action: 'update', error: { kind: 'forbidden', message: 'Forbidden.' } });
    await until(() => !account.canEdit().ok, 'the key taken for read-only');
    expect(account.canEdit()).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(account.state()).toMatchObject({ readOnly: true });
    expect(logs.filter((line) => line.includes('The server refused a change'))).toHaveLength(2);
  });
});

describe('which server queued changes go to', () => {
  it('changes for this server (or none queued) go with the key in use; another server’s never do', async () => {
    const { account, connection } = await signedIn();
    expect(account.isThisServer(null)).toBe(true);
    expect(account.isThisServer(ORIGIN)).toBe(true);
    expect(account.isThisServer('https://omi.example.org')).toBe(false);
    expect(account.apiFor(ORIGIN)).toBe(connection.api());
    expect(account.apiFor('https://omi.example.org')).toBeNull();
  });

  it('nothing goes while signed out', async () => {
    const { account } = await build();
    expect(account.apiFor(null)).toBeNull();
  });
});

describe('signing out', () => {
  it('forgets the key and the list, resets the sync, says the last refusal no longer applies', async () => {
    const { account, list, sync, secrets, events } = await signedIn();
    expect(await account.signOut()).toEqual({ ok: true, value: null });
    expect(secrets.values.size).toBe(0);
    expect(list.all()).toEqual([]);
    expect(sync.state()).toEqual({ status: 'never' });
    expect(account.signedIn()).toBe(false);
    expect(events).toEqual(['conversations forget the key', 'signed out', 'list changed']);
  });

  it('still forgets the list when the keychain cannot delete the key, and says so', async () => {
    const { account, list, secrets } = await signedIn();
    secrets.failing = true;
    const result = await account.signOut();
    expect(result).toMatchObject({ ok: false, error: { kind: 'keychain_unavailable' } });
    expect(list.all()).toEqual([]);
  });

  it('refuses while the key comes from OMI_API_KEY, and keeps the list', async () => {
    const { account, list, events } = await build({ envKey: GOOD });
    account.checkInBackground();
    await settle();
    const result = await account.signOut();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: expect.stringMatching(/OMI_API_KEY/) },
    });
    expect(list.all()).toHaveLength(2);
    expect(events.filter((event) => event !== 'changed')).toEqual(['conversations forget the key']);
  });
});

describe('settings', () => {
  it('a change that keeps the address moves nothing', async () => {
    const { account, events, omi } = await signedIn();
    const requests = omi.requests.length;
    await account.settingsChanged(settingsAt(BASE), { ...settingsAt(BASE), launchAtLogin: true });
    expect(events).toEqual([]);
    expect(omi.requests).toHaveLength(requests);
  });

  it('another address: its own key (none here, so signed out) and its own list', async () => {
    const { account, list, events } = await signedIn();
    await account.settingsChanged(settingsAt(BASE), settingsAt(OTHER_BASE));
    expect(account.signedIn()).toBe(false);
    expect(list.all()).toEqual([]);
    expect(events).toEqual(['list changed']);
  });

  it('back to an address with a stored key: signed in again, its list checked and waiting changes sent', async () => {
    const { account, list, events } = await signedIn();
    await account.settingsChanged(settingsAt(BASE), settingsAt(OTHER_BASE));
    events.length = 0;
    await account.settingsChanged(settingsAt(OTHER_BASE), settingsAt(BASE));
    await until(() => list.all().length === 2, 'the first list of that server');
    expect(account.signedIn()).toBe(true);
    expect(
      list
        .all()
        .map((item) => item.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    // The key check's 'changed' follows once access.json is written.
    expect(events.slice(0, 2)).toEqual(['list changed', 'sender flushes']);
  });
});
