/**
 * Picks where the key lives for this run. The keychain is asked once; when no Secret Service (or
 * other keychain) answers, the key is kept in memory and the user is told in words. There is
 * deliberately no plaintext-file fallback.
 */
import type { Logger, SecretStore } from '../ports';
import { keychainReason, KeytarSecretStore, type KeytarModule } from './keytar-secret-store';
import { MemorySecretStore } from './memory-secret-store';

/** An account name no real entry uses: reading it tells whether the keychain answers at all. */
const PROBE_ACCOUNT = 'omi-tray-keychain-check';

export interface OpenSecretStoreOptions {
  keytar: KeytarModule;
  /** The keychain entry's service name, e.g. "Omi Tray". */
  service: string;
  logger: Logger;
}

export interface OpenedSecretStore {
  store: SecretStore;
  /** Words for the user when the key cannot survive a restart; null when the keychain works. */
  warning: string | null;
}

export async function openSecretStore(options: OpenSecretStoreOptions): Promise<OpenedSecretStore> {
  try {
    await options.keytar.getPassword(options.service, PROBE_ACCOUNT);
  } catch (error) {
    const reason = keychainReason(error);
    options.logger.info('No system keychain answered; the key will be kept in memory', { reason });
    return {
      store: new MemorySecretStore(),
      warning: `No system keychain is available (${reason}); your key is kept only until Omi Tray quits.`,
    };
  }
  options.logger.debug('Using the system keychain for the Omi developer key');
  return { store: new KeytarSecretStore(options.keytar, options.service), warning: null };
}
