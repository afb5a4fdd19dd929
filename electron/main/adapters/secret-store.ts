/**
 * The API key's home: the OS keychain through keytar, or this run's memory when no keychain is
 * reachable (core says so to the user) or when tests ask for it (OMI_TRAY_SECRET_STORE=memory).
 */
import * as keytar from 'keytar';
import type { Logger, SecretStore } from '../../core/ports';
import { MemorySecretStore } from '../../core/secrets/memory-secret-store';
import { openSecretStore } from '../../core/secrets/open-secret-store';

/** The keychain entry's service name; the account is the API origin. */
const KEYCHAIN_SERVICE = 'Omi Tray';

export async function createSecretStore(options: { env: NodeJS.ProcessEnv; logger: Logger }): Promise<SecretStore> {
  if (options.env.OMI_TRAY_SECRET_STORE === 'memory') return new MemorySecretStore();
  const { store, warning } = await openSecretStore({ keytar, service: KEYCHAIN_SERVICE, logger: options.logger });
  if (warning !== null) options.logger.warn(warning);
  return store;
}
