/**
 * OMI_API_KEY belongs to OMI_API_BASE_URL, else the default address, and to nothing else. Moving
 * the app to another server (as a compromised page could, through settings:update) asks the person
 * in a main-process dialog, and even a saved address the app starts on never gets the key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createOmiTray } from '../../../electron/core/omi-tray';
import type { OmiTray } from '../../../electron/core/omi-tray.types';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store';
import { startFakeOmi, type FakeOmi } from '../../fake-omi/server';
import { recordingPlatform, type RecordingQuestions } from '../../harness/recording-platform';
import { readFile } from 'node:fs/promises';
import { tempDir } from '../../unit/core/support/temp-dir';
import { until } from '../../unit/core/support/until';

const ENV_KEY = 'omi_dev_environment_key_for_server_a_7d1e';
const cleanups: (() => Promise<void>)[] = [];
/** Requests the app tried to send off this computer. */
const elsewhere: string[] = [];
const servers: FakeOmi[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  expect(elsewhere.splice(0)).toEqual([]);
  // A request off the API's contract fails the test that made it.
  for (const server of servers.splice(0)) server.assertNoViolations();
});

async function twoServers(): Promise<{ a: FakeOmi; b: FakeOmi }> {
  const a = await startFakeOmi({ keys: [{ key: ENV_KEY }], items: [{ id: 'a1', description: 'On server A' }] });
  // B would accept the key too: only the app can keep it from arriving.
  const b = await startFakeOmi({ keys: [{ key: ENV_KEY }], items: [{ id: 'b1', description: 'On server B' }] });
  servers.push(a, b);
  cleanups.push(
    () => a.close(),
    () => b.close(),
  );
  return { a, b };
}

async function startApp(
  env: { OMI_API_KEY?: string; OMI_API_BASE_URL?: string },
  settingsBaseUrl?: string,
  secrets = new MemorySecretStore(),
): Promise<OmiTray & { questions: RecordingQuestions; dataDir: string }> {
  const dir = await tempDir();
  cleanups.push(dir.remove);
  if (settingsBaseUrl) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir.path}/settings.json`, JSON.stringify({ apiBaseUrl: settingsBaseUrl }));
  }
  const { platform, questions } = recordingPlatform({ dataDir: dir.path, secrets, env, timeZone: 'UTC' });
  // Nothing may leave this computer, whatever the app decides: other hosts are recorded and refused here.
  const loopbackFetch = platform.fetch;
  platform.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') {
      elsewhere.push(url.href);
      return Promise.reject(new TypeError('fetch failed'));
    }
    return loopbackFetch(input, init);
  };
  const core = createOmiTray(platform);
  cleanups.push(() => core.shutdown());
  await core.start();
  return Object.assign(core, { questions, dataDir: dir.path });
}

const authorized = (server: FakeOmi) =>
  server.requests().filter((request) => request.headers.authorization !== undefined);

describe('the key stays with its origin', () => {
  it('a saved address the app starts on never gets the key: only OMI_API_BASE_URL or the default does', async () => {
    const { b } = await twoServers();
    // settings.json names B (a page wrote it on an earlier run); OMI_API_BASE_URL is unset.
    const core = await startApp({ OMI_API_KEY: ENV_KEY }, b.url);
    await core.handlers['items:refresh'](undefined);
    expect(authorized(b)).toEqual([]);
    expect(core.snapshot().connection.status).toBe('signed_out');
    expect(core.snapshot().warnings.join(' ')).toMatch(
      /OMI_API_KEY belongs to https:\/\/api\.omi\.me and is not sent to http:\/\/127\.0\.0\.1:\d+/,
    );
  });

  it('a settings change to another server asks the person first; a no saves nothing', async () => {
    const { a, b } = await twoServers();
    const core = await startApp({ OMI_API_KEY: ENV_KEY, OMI_API_BASE_URL: a.url });
    await until(() => core.snapshot().items.length === 1, 'the list from server A');
    expect(authorized(a).length).toBeGreaterThan(0);

    core.questions.answer = false;
    const refused = await core.handlers['settings:update']({ apiBaseUrl: b.url });
    expect(refused).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'The server address was not changed.' },
    });
    expect(core.questions.asked.map((question) => question.message)).toEqual([`Use ${b.url} as the server address?`]);
    await expect(readFile(`${core.dataDir}/settings.json`, 'utf8').catch(() => '')).resolves.not.toContain(b.url);

    core.questions.answer = true;
    expect((await core.handlers['settings:update']({ apiBaseUrl: b.url })).ok).toBe(true);
    // OMI_API_BASE_URL still rules this run; B got nothing either way.
    await core.handlers['items:refresh'](undefined);
    expect(authorized(b)).toEqual([]);
  });

  it('an address past the IPC gate with plain http to another computer still gets no key', async () => {
    const { a } = await twoServers();
    const keychain = new MemorySecretStore();
    await keychain.set(new URL(a.url).origin, ENV_KEY);
    const core = await startApp({}, a.url, keychain);
    await until(() => core.snapshot().items.length === 1, 'the list from server A');
    // Straight to core's handler, as if the IPC gate had been passed by: the connection checks again.
    await core.handlers['settings:update']({ apiBaseUrl: 'http://192.0.2.1:9' });
    await core.handlers['items:refresh'](undefined);
    expect(core.snapshot().connection.status).toBe('signed_out');
    expect(core.snapshot().warnings.join(' ')).toMatch(
      /plain http, which would send your Omi developer key unencrypted/,
    );
  });

  it('OMI_API_BASE_URL with plain http to another computer is refused in words and gets no key', async () => {
    const core = await startApp({ OMI_API_KEY: ENV_KEY, OMI_API_BASE_URL: 'http://192.0.2.1:9' });
    expect(core.snapshot().connection.status).toBe('signed_out');
    expect(JSON.stringify(core.snapshot().warnings)).toMatch(
      /plain http, which would send your Omi developer key unencrypted/,
    );
    const connect = await core.handlers['auth:connect']({ apiKey: 'omi_dev_some_other_key_0000' });
    expect(connect.ok).toBe(false);
    if (!connect.ok) expect(connect.error.message).toMatch(/plain http/);
  });
});
