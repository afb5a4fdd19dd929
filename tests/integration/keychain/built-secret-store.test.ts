/**
 * The key in the keychain through the BUILT main-process code, restart included.
 *
 * Why this route: the defect this guards against lives in how the bundle loads keytar (a dynamic
 * `import()` of a CommonJS module, which Node's lexer exposes with only `default` and `getPassword`
 * by name), so importing keytar or the TypeScript source from a test proves nothing. The build
 * emits the keychain adapter as its own file, `out/main/secret-store.js`, which `out/main/index.js`
 * requires; this test requires that very file in plain Node child processes (no Electron needed:
 * the file loads only keytar and Node built-ins). Each child is one app run, so "restart" is a new
 * process. Run by scripts/test-keychain.sh, which builds first and starts gnome-keyring in a private
 * D-Bus session.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BUILT_ADAPTER = resolve(__dirname, '../../../out/main/secret-store.js');
const SERVICE = `Omi Tray built keychain test ${randomUUID()}`;
const ORIGIN = 'https://api.omi.me';
const KEY = 'omi_dev_built_bundle_key_5555';

/** One app run: opens the store the way the built main process does, does one thing, reports. */
const RUN = `
const [action, origin, key] = process.argv.slice(1);
const warnings = [];
const logger = { debug() {}, info() {}, warn: (m, f) => warnings.push(m + (f ? ' ' + JSON.stringify(f) : '')), error: (m) => warnings.push(m) };
require(process.env.BUILT_ADAPTER)
  .createSecretStore({ env: { OMI_TRAY_KEYCHAIN_SERVICE: process.env.SERVICE }, logger })
  .then(async (store) => {
    let value = null;
    if (action === 'set') await store.set(origin, key);
    if (action === 'get') value = await store.get(origin);
    if (action === 'delete') await store.delete(origin);
    return { kind: store.kind, value, warnings };
  })
  .catch((error) => ({ error: error.message, warnings }))
  .then((report) => process.stdout.write(JSON.stringify(report)));
`;

interface RunReport {
  kind?: string;
  value?: string | null;
  error?: string;
  warnings: string[];
}

async function appRun(action: 'open' | 'set' | 'get' | 'delete', key = ''): Promise<RunReport> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', RUN, action, ORIGIN, key], {
    env: { ...process.env, BUILT_ADAPTER, SERVICE },
  });
  return JSON.parse(stdout) as RunReport;
}

beforeAll(() => {
  if (!existsSync(BUILT_ADAPTER)) throw new Error(`${BUILT_ADAPTER} is missing: run "npm run build" first.`);
});

afterAll(async () => {
  for (const { account } of await keytar.findCredentials(SERVICE)) await keytar.deletePassword(SERVICE, account);
});

describe('the built app keeps the API key in the system keychain', () => {
  it('opens the keychain, not memory, and says nothing about the key being lost', async () => {
    expect(await appRun('open')).toEqual({ kind: 'keychain', value: null, warnings: [] });
  });

  it('stores the key, finds it after a restart, and Sign out removes the entry', async () => {
    expect(await appRun('set', KEY)).toEqual({ kind: 'keychain', value: null, warnings: [] });
    expect(await keytar.getPassword(SERVICE, ORIGIN)).toBe(KEY);

    expect(await appRun('get')).toEqual({ kind: 'keychain', value: KEY, warnings: [] });

    expect(await appRun('delete')).toEqual({ kind: 'keychain', value: null, warnings: [] });
    expect(await keytar.findCredentials(SERVICE)).toEqual([]);
    expect(await appRun('get')).toEqual({ kind: 'keychain', value: null, warnings: [] });
  });
});
