/**
 * The real secret store against a real Secret Service (gnome-keyring in a D-Bus session, started by
 * scripts/test-keychain.sh). Each run uses its own service name and removes what it stored.
 */
import { randomUUID } from 'node:crypto';
import keytar from 'keytar';
import { afterAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../electron/core/secrets/keytar-secret-store';
import { openSecretStore } from '../../../electron/core/secrets/open-secret-store';
import { recordingLogger } from '../../doubles/recording-logger';

const SERVICE = `Omi Tray keychain test ${randomUUID()}`;
const ORIGIN = 'https://api.omi.me';
const OTHER_ORIGIN = 'http://127.0.0.1:8787';

afterAll(async () => {
  for (const { account } of await keytar.findCredentials(SERVICE)) await keytar.deletePassword(SERVICE, account);
});

describe('the API key in the system keychain', () => {
  it('is found: openSecretStore picks the keychain, with no warning', async () => {
    const { store, warning } = await openSecretStore({ keytar, service: SERVICE, logger: recordingLogger().logger });

    expect(warning).toBeNull();
    expect(store.kind).toBe('keychain');
  });

  it('is stored, read back, overwritten and deleted, per API origin', async () => {
    const store = new KeytarSecretStore(keytar, SERVICE);

    expect(await store.get(ORIGIN)).toBeNull();
    await store.set(ORIGIN, 'omi_dev_first_key_1111');
    await store.set(OTHER_ORIGIN, 'omi_dev_local_key_2222');
    expect(await store.get(ORIGIN)).toBe('omi_dev_first_key_1111');

    await store.set(ORIGIN, 'omi_dev_second_key_3333');
    expect(await store.get(ORIGIN)).toBe('omi_dev_second_key_3333');
    expect(await store.get(OTHER_ORIGIN)).toBe('omi_dev_local_key_2222');

    await store.delete(ORIGIN);
    expect(await store.get(ORIGIN)).toBeNull();
    expect(await store.get(OTHER_ORIGIN)).toBe('omi_dev_local_key_2222');
  });

  it('lives in the keychain itself, under the service name with the origin as account', async () => {
    const store = new KeytarSecretStore(keytar, SERVICE);
    await store.set(ORIGIN, 'omi_dev_visible_key_4444');

    expect(await keytar.getPassword(SERVICE, ORIGIN)).toBe('omi_dev_visible_key_4444');
    expect((await keytar.findCredentials(SERVICE)).map((entry) => entry.account)).toContain(ORIGIN);

    await store.delete(ORIGIN);
  });

  it('deleting a key that is not there is not an error', async () => {
    const store = new KeytarSecretStore(keytar, SERVICE);

    await expect(store.delete('https://never.stored.example')).resolves.toBeUndefined();
  });
});
