/**
 * The key in the OS keychain: one entry per API origin under the app's service name. When the
 * keychain fails, the user reads what it could not do and its own reason in one line, and never
 * the key itself, even where the keychain's message repeats it.
 */
import { describe, expect, it } from 'vitest';
import { KeytarSecretStore, type KeytarModule } from '../../../../electron/core/secrets/keytar-secret-store';
import { MemorySecretStore } from '../../../../electron/core/secrets/memory-secret-store';

const ORIGIN = 'https://api.omi.me';
const KEY = 'omi_dev_4f1c9a2b7e';

function keychain(entries = new Map<string, string>()): KeytarModule {
  return {
    getPassword: async (service, account) => entries.get(`${service}/${account}`) ?? null,
    setPassword: async (service, account, password) => void entries.set(`${service}/${account}`, password),
    deletePassword: async (service, account) => entries.delete(`${service}/${account}`),
  };
}

/** The error a store call failed with. */
async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error('The call did not fail');
}

function failing(reason: (key?: string) => string): KeytarModule {
  return {
    getPassword: () => Promise.reject(new Error(reason())),
    setPassword: (_service, _account, password) => Promise.reject(new Error(reason(password))),
    deletePassword: () => Promise.reject(new Error(reason())),
  };
}

describe('the keychain store', () => {
  it('keeps one entry per API origin under its service name, and signing out twice is fine', async () => {
    const entries = new Map<string, string>();
    const store = new KeytarSecretStore(keychain(entries), 'Omi Tray');
    await store.set(ORIGIN, KEY);
    expect([...entries]).toEqual([[`Omi Tray/${ORIGIN}`, KEY]]);
    expect(await store.get(ORIGIN)).toBe(KEY);
    expect(await store.get('https://omi.example.org')).toBeNull();
    await store.delete(ORIGIN);
    await expect(store.delete(ORIGIN)).resolves.toBeUndefined();
    expect(await store.get(ORIGIN)).toBeNull();
  });

  it('says what it could not do and why, in one line', async () => {
    const store = new KeytarSecretStore(
      failing(() => 'Cannot autolaunch D-Bus without X11 $DISPLAY\n    at Object.getPassword (keytar.js:12)'),
      'Omi Tray',
    );
    await expect(store.get(ORIGIN)).rejects.toThrow(
      new Error('The system keychain could not read the key: Cannot autolaunch D-Bus without X11 $DISPLAY'),
    );
    await expect(store.delete(ORIGIN)).rejects.toThrow(
      new Error('The system keychain could not remove the key: Cannot autolaunch D-Bus without X11 $DISPLAY'),
    );
  });

  it("never repeats the key, even when the keychain's message carries it", async () => {
    const store = new KeytarSecretStore(
      failing((key) => `Item ${key ?? ''} could not be written: the collection is locked`),
      'Omi Tray',
    );
    const error = await failure(store.set(ORIGIN, KEY));
    expect(error.message).toBe(
      'The system keychain could not store the key: Item [key] could not be written: the collection is locked',
    );
    expect(error.message).not.toContain(KEY);
  });

  it('shortens a very long reason, and names an empty one', async () => {
    const long = new KeytarSecretStore(
      failing(() => 'x'.repeat(500)),
      'Omi Tray',
    );
    const { message } = await failure(long.get(ORIGIN));
    expect(message).toBe(`The system keychain could not read the key: ${'x'.repeat(157)}…`);
    const empty = new KeytarSecretStore(
      failing(() => ''),
      'Omi Tray',
    );
    await expect(empty.get(ORIGIN)).rejects.toThrow('The system keychain could not read the key: unknown error');
  });
});

describe('the memory store', () => {
  it('keeps the key for this run only, and forgets it on sign-out', async () => {
    const store = new MemorySecretStore();
    expect(store.kind).toBe('memory');
    await store.set(ORIGIN, KEY);
    expect(await store.get(ORIGIN)).toBe(KEY);
    await store.delete(ORIGIN);
    expect(await store.get(ORIGIN)).toBeNull();
  });
});
