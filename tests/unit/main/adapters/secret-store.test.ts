/**
 * Where the API key is kept: the OS keychain under "Omi Tray" (or the entry e2e runs name), or
 * this run's memory. A keychain library that cannot be loaded (libsecret missing on a bare Linux,
 * a module without its functions) must not stop the app: the key is kept in memory and the log
 * and the user's warning say why.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SecretStore } from '../../../../electron/core/ports';
import { recordingLogger } from '../../../doubles/recording-logger';

const ORIGIN = 'https://api.omi.me';

/** A keychain that answers, keeping entries as service/account. */
function workingKeychain() {
  const entries = new Map<string, string>();
  const at = (service: string, account: string) => `${service}/${account}`;
  return {
    entries,
    getPassword: async (service: string, account: string) => entries.get(at(service, account)) ?? null,
    setPassword: async (service: string, account: string, password: string) =>
      void entries.set(at(service, account), password),
    deletePassword: async (service: string, account: string) => entries.delete(at(service, account)),
    findPassword: async () => null,
    findCredentials: async () => [],
  };
}

async function open(env: NodeJS.ProcessEnv, keytar: () => object) {
  vi.resetModules();
  vi.doMock('keytar', keytar);
  const { createSecretStore } = await import('../../../../electron/main/adapters/secret-store');
  const { logger, lines } = recordingLogger();
  const store: SecretStore = await createSecretStore({ env, logger });
  return { store, lines };
}

afterEach(() => {
  vi.doUnmock('keytar');
});

describe('the secret store', () => {
  it('keeps the key in the keychain entry "Omi Tray", one account per API origin', async () => {
    const keychain = workingKeychain();
    const { store, lines } = await open({}, () => ({ default: keychain }));
    expect(store.kind).toBe('keychain');
    await store.set(ORIGIN, 'omi_key_1');
    expect([...keychain.entries]).toEqual([[`Omi Tray/${ORIGIN}`, 'omi_key_1']]);
    expect(lines.filter((line) => line.level === 'warn')).toEqual([]);
  });

  it("uses the keychain entry OMI_TRAY_KEYCHAIN_SERVICE names, so test runs never touch the user's own", async () => {
    const keychain = workingKeychain();
    const { store } = await open({ OMI_TRAY_KEYCHAIN_SERVICE: 'Omi Tray e2e 42' }, () => ({ default: keychain }));
    await store.set(ORIGIN, 'omi_key_2');
    expect([...keychain.entries.keys()]).toEqual([`Omi Tray e2e 42/${ORIGIN}`]);
  });

  it('keeps the key in memory without asking the keychain when OMI_TRAY_SECRET_STORE=memory', async () => {
    const loaded = vi.fn(() => ({ default: workingKeychain() }));
    const { store } = await open({ OMI_TRAY_SECRET_STORE: 'memory' }, loaded);
    expect(store.kind).toBe('memory');
    expect(loaded).not.toHaveBeenCalled();
  });

  it('starts without a keychain library that cannot be loaded, keeping the key for this run and saying why', async () => {
    const { store, lines } = await open({}, () => {
      throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory');
    });
    expect(store.kind).toBe('memory');
    await store.set(ORIGIN, 'omi_key_3');
    expect(await store.get(ORIGIN)).toBe('omi_key_3');
    const warnings = lines.filter((line) => line.level === 'warn');
    expect(warnings.map((line) => line.message.split(' (')[0])).toEqual([
      'The keychain library could not be loaded',
      'No system keychain is available',
    ]);
    // The import's own error, here as the test runner words a module that failed to load.
    expect(String(warnings[0]?.context?.reason)).toContain('error when mocking a module');
    expect(warnings[1]?.message).toMatch(
      /^No system keychain is available \(The keychain library could not be loaded: .+\); your key is kept only until Omi Tray quits\.$/,
    );
  });

  it('starts with a keychain library that lacks functions, naming them', async () => {
    const { getPassword } = workingKeychain();
    const { store, lines } = await open({}, () => ({ default: { getPassword } }));
    expect(store.kind).toBe('memory');
    const warning = lines.find((line) => line.message === 'The keychain library could not be loaded');
    expect(warning?.context).toEqual({
      reason: 'the keychain library loaded without setPassword, deletePassword, findPassword, findCredentials',
    });
  });
});
