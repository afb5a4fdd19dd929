/** The fallback when no keychain answers, with keytar replaced by one that fails as it does on Linux. */
import { describe, expect, it } from 'vitest';
import type { KeytarModule } from '../../../../electron/core/secrets/keytar-secret-store';
import { KeytarSecretStore } from '../../../../electron/core/secrets/keytar-secret-store';
import { openSecretStore } from '../../../../electron/core/secrets/open-secret-store';
import type { Logger } from '../../../../electron/core/ports';

const noSecretService: KeytarModule = {
  getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  deletePassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
};

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string, context?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(context ?? {})}`);
  return { lines, debug: log, info: log, warn: log, error: log };
}

describe('without a system keychain', () => {
  it('keeps the key in memory for this run and says so in words', async () => {
    const { store, warning } = await openSecretStore({
      keytar: noSecretService,
      service: 'Omi Tray',
      logger: recordingLogger(),
    });

    expect(store.kind).toBe('memory');
    expect(warning).toBe(
      'No system keychain is available (Cannot autolaunch D-Bus without X11 $DISPLAY); your key is kept only until Omi Tray quits.',
    );
    await store.set('https://api.omi.me', 'omi_dev_memory_key_5555');
    expect(await store.get('https://api.omi.me')).toBe('omi_dev_memory_key_5555');
  });

  it('a keychain that fails later rejects with its reason, never with the key', async () => {
    const key = 'omi_dev_never_in_errors_6666';
    const echoing: KeytarModule = {
      ...noSecretService,
      setPassword: (_s, _a, password) => Promise.reject(new Error(`refused ${password}`)),
    };
    const store = new KeytarSecretStore(echoing, 'Omi Tray');

    const error = await store.set('https://api.omi.me', key).then(
      () => null,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^The system keychain could not store the key/);
    expect((error as Error).message).not.toContain(key);
  });
});
