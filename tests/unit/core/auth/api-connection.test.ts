import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessFile } from '../../../../electron/core/auth/access-file';
import { ApiConnection } from '../../../../electron/core/auth/api-connection';
import { createLogger } from '../../../../electron/core/logging/logger';
import { Redactor } from '../../../../electron/core/logging/redactor';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { TestSecrets } from '../support/memory-secrets';
import { tempDir } from '../support/temp-dir';

const BASE = 'https://api.omi.test/';
const ORIGIN = 'https://api.omi.test';
const GOOD = 'omi_dev_good_key_with_write_0001';
const READ_ONLY = 'omi_dev_read_only_key_0002';
const UNKNOWN_SCOPES = 'omi_dev_scopes_unknown_0003';

let dir: { path: string; remove: () => Promise<void> };
let omi: FakeOmi;
let logs: string[];

beforeEach(async () => {
  dir = await tempDir();
  omi = new FakeOmi(new FakeClock());
  omi.addKey(GOOD, WRITE_SCOPES);
  omi.addKey(READ_ONLY, ['action_items:read']);
  omi.addKey(UNKNOWN_SCOPES, ['action_items:read'], false);
  logs = [];
});
afterEach(() => dir.remove());

async function open(secrets = new TestSecrets(), envKey?: string, envKeyBaseUrl = BASE, baseUrl = BASE) {
  const redactor = new Redactor();
  const logger = createLogger({ sink: (line) => logs.push(line), level: 'debug', redactor });
  const connection = new ApiConnection({
    secrets,
    fetch: globalThis.fetch,
    createApi: (options) => {
      logs.push(`client for ${options.baseUrl}`);
      return omi.client(options);
    },
    envKey,
    envKeyBaseUrl,
    accessFile: accessFile(join(dir.path, 'access.json')),
    redactor,
    logger,
  });
  await connection.open(baseUrl);
  return { connection, secrets, logger };
}

describe('connecting a key', () => {
  it('refuses a key Omi does not accept, in words, and stores nothing', async () => {
    const { connection, secrets } = await open();
    const result = await connection.connect('omi_dev_not_a_real_key');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(/^Omi refused this key/),
    });
    expect(secrets.values.size).toBe(0);
    expect(connection.connection()).toEqual({ status: 'signed_out' });
  });

  it('refuses an MCP key before asking the server', async () => {
    const { connection } = await open();
    const result = await connection.connect('omi_mcp_some_key_123456');
    expect(!result.ok && result.error.message).toBe(
      'This is an MCP key; Omi Tray needs an Omi developer key (omi_dev_…).',
    );
    expect(omi.requests).toEqual([]);
  });

  it('connects a read-only key as read-only', async () => {
    const { connection } = await open();
    const result = await connection.connect(READ_ONLY);
    expect(result).toEqual({ ok: true, value: { readOnly: true, items: null } });
    expect(connection.connection()).toEqual({
      status: 'connected',
      origin: ORIGIN,
      readOnly: true,
      keyStorage: 'keychain',
    });
    expect(connection.isReadOnly()).toBe(true);
  });

  it('connects a good key (trimmed), stores it per API origin and uses it for every request', async () => {
    const { connection, secrets } = await open();
    const result = await connection.connect(`  ${GOOD}  `);
    expect(result.ok && result.value.readOnly).toBe(false);
    expect(secrets.values.get(ORIGIN)).toBe(GOOD);
    await connection.api()?.listPage({ completed: false, limit: 1000, offset: 0 });
    expect(omi.requests.map((request) => request.key)).toEqual([GOOD, GOOD]);
  });

  it('says it is offline when the server cannot be reached', async () => {
    const { connection, secrets } = await open();
    omi.mode = 'offline';
    const result = await connection.connect(GOOD);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'offline',
      message: expect.stringMatching(/^You're offline/),
    });
    expect(secrets.values.size).toBe(0);
  });

  it('connects a key whose scopes the server does not tell, after a list proves it works', async () => {
    const { connection } = await open();
    const result = await connection.connect(UNKNOWN_SCOPES);
    expect(result.ok && result.value.readOnly).toBe(false);
    expect(result.ok && result.value.items).toEqual([]);
    await connection.learnReadOnly();
    expect(connection.isReadOnly()).toBe(true);
  });

  it('remembers read-only across a restart', async () => {
    const first = await open();
    await first.connection.connect(READ_ONLY);
    const second = await open(first.secrets);
    expect(second.connection.connection()).toMatchObject({ status: 'connected', readOnly: true });
  });

  it('keeps a working key in memory for this run when the keychain cannot store it, and says so', async () => {
    const secrets = new TestSecrets();
    const { connection } = await open(secrets);
    secrets.failing = true;
    const result = await connection.connect(GOOD);
    expect(result.ok).toBe(true);
    expect(connection.connection()).toMatchObject({ status: 'connected', keyStorage: 'memory' });
    expect(connection.warnings()[0]).toMatch(/kept only until Omi Tray quits/);
  });

  it('warns that a memory-only secret store forgets the key', async () => {
    const { connection } = await open(new TestSecrets('memory'));
    await connection.connect(GOOD);
    expect(connection.warnings()).toEqual([expect.stringMatching(/No system keychain here/)]);
  });

  it('uses OMI_API_KEY over the keychain', async () => {
    const secrets = new TestSecrets();
    secrets.values.set(ORIGIN, READ_ONLY);
    const { connection } = await open(secrets, GOOD);
    expect(connection.connection()).toMatchObject({ status: 'connected', keyStorage: 'environment' });
    await connection.api()?.listPage({ completed: false, limit: 1000, offset: 0 });
    expect(omi.requests[0]?.key).toBe(GOOD);
  });

  it('sends OMI_API_KEY only to its own address, never to one first met in settings.json', async () => {
    // The app starts on a saved address (a page may have written it); the key belongs to the default one.
    const { connection } = await open(new TestSecrets(), GOOD, 'https://api.omi.me', 'https://attacker.example/');
    expect(connection.connection()).toEqual({ status: 'signed_out' });
    expect(connection.api()).toBeNull();
    expect(connection.warnings()).toEqual([
      expect.stringMatching(
        /^The key in OMI_API_KEY belongs to https:\/\/api\.omi\.me and is not sent to https:\/\/attacker\.example;/,
      ),
    ]);
    expect(omi.requests).toEqual([]);
    // Its own address gets it.
    await connection.open('https://api.omi.me');
    expect(connection.connection()).toMatchObject({ status: 'connected', keyStorage: 'environment' });
  });

  it('an OMI_API_BASE_URL that may not get a key binds OMI_API_KEY to nothing', async () => {
    const { connection } = await open(new TestSecrets(), GOOD, 'http://192.0.2.1:9');
    expect(connection.connection()).toEqual({ status: 'signed_out' });
  });

  it('never writes the key to a file or a log line', async () => {
    const { connection, logger } = await open();
    await connection.connect(GOOD);
    logger.error(`Something mentioned ${GOOD} and Bearer ${GOOD}`);
    await connection.api()?.listPage({ completed: false, limit: 1000, offset: 0 });
    for (const name of await readdir(dir.path))
      expect(await readFile(join(dir.path, name), 'utf8')).not.toContain(GOOD);
    expect(logs.join('\n')).not.toContain(GOOD);
    expect(JSON.stringify(connection.connection())).not.toContain(GOOD);
  });
});

describe('the key tag', () => {
  it('names the key in use, never the key, and follows a change of key and a sign-out', async () => {
    const { connection } = await open();
    expect(connection.keyTag()).toBeNull();
    await connection.connect(GOOD);
    const good = connection.keyTag();
    expect(good).toMatch(/^[0-9a-f]{24}$/);
    expect(connection.keyTag()).toBe(good);
    await connection.connect(READ_ONLY);
    const readOnly = connection.keyTag();
    expect(readOnly).toMatch(/^[0-9a-f]{24}$/);
    expect(readOnly).not.toBe(good);
    await connection.connect(GOOD);
    expect(connection.keyTag()).toBe(good);
    await connection.signOut();
    expect(connection.keyTag()).toBeNull();
  });
});

describe('signing out', () => {
  it('removes the key for this origin, and no later request carries it', async () => {
    const { connection, secrets } = await open();
    await connection.connect(GOOD);
    const api = connection.api();
    expect((await connection.signOut()).ok).toBe(true);
    expect(secrets.values.has(ORIGIN)).toBe(false);
    expect(connection.connection()).toEqual({ status: 'signed_out' });
    await api?.listPage({ completed: false, limit: 1000, offset: 0 });
    expect(omi.requests.at(-1)?.key).toBeNull();
  });

  it('cannot sign out a key that comes from the environment, and says why', async () => {
    const { connection } = await open(new TestSecrets(), GOOD);
    const result = await connection.signOut();
    expect(!result.ok && result.error.message).toMatch(/OMI_API_KEY/);
  });
});
