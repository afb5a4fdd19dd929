/**
 * The API key's home: the OS keychain through keytar, or this run's memory when no keychain is
 * reachable (core says so to the user) or when tests ask for it (OMI_TRAY_SECRET_STORE=memory).
 * OMI_TRAY_KEYCHAIN_SERVICE names another keychain entry, so e2e runs never touch the user's own.
 */
import { MemorySecretStore, openSecretStore, type Logger, type SecretStore } from '../../core';
import { keytarFromImport, type Keytar } from './keytar-module';

/** The keychain entry's service name; the account is the API origin. */
const KEYCHAIN_SERVICE = 'Omi Tray';

export async function createSecretStore(options: { env: NodeJS.ProcessEnv; logger: Logger }): Promise<SecretStore> {
  if (options.env.OMI_TRAY_SECRET_STORE === 'memory') return new MemorySecretStore();
  const keytar = await loadKeytar(options.logger);
  const { store, warning } = await openSecretStore({
    keytar,
    service: options.env.OMI_TRAY_KEYCHAIN_SERVICE || KEYCHAIN_SERVICE,
    logger: options.logger,
  });
  if (warning !== null) options.logger.warn(warning);
  return store;
}

/**
 * Loaded on demand: where its native library is missing (libsecret on a bare Linux) the import
 * throws, and the app must still start. Then, as when the module lacks a function, every keychain
 * call fails with that reason, which openSecretStore turns into the in-memory fallback and a
 * warning in words.
 */
async function loadKeytar(logger: Logger): Promise<Keytar> {
  try {
    const keytar = keytarFromImport(await import('keytar'));
    if (keytar instanceof Error) throw keytar;
    return keytar;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn('The keychain library could not be loaded', { reason });
    const unavailable = () => Promise.reject(new Error(`The keychain library could not be loaded: ${reason}`));
    return {
      getPassword: unavailable,
      setPassword: unavailable,
      deletePassword: unavailable,
      findPassword: unavailable,
      findCredentials: unavailable,
    };
  }
}
