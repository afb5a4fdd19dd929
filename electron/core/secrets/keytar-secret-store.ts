/**
 * The key in the OS keychain through keytar: one entry per API origin (the account) under the app's
 * service name. keytar is handed in, so core never loads a native module itself.
 */
import type { SecretStore } from '../ports';

/** The part of keytar this store uses. */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export class KeytarSecretStore implements SecretStore {
  readonly kind = 'keychain' as const;

  constructor(
    private readonly keytar: KeytarModule,
    private readonly service: string,
  ) {}

  async get(origin: string): Promise<string | null> {
    try {
      return await this.keytar.getPassword(this.service, origin);
    } catch (error) {
      throw keychainError('read the key', error, null);
    }
  }

  async set(origin: string, key: string): Promise<void> {
    try {
      await this.keytar.setPassword(this.service, origin, key);
    } catch (error) {
      throw keychainError('store the key', error, key);
    }
  }

  async delete(origin: string): Promise<void> {
    try {
      // false means there was no entry: already signed out, which is what was asked.
      await this.keytar.deletePassword(this.service, origin);
    } catch (error) {
      throw keychainError('remove the key', error, null);
    }
  }
}

/** The keychain's own reason, in words, and never with the key in it. */
export function keychainReason(error: unknown, key: string | null = null): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n')[0]?.trim() || 'unknown error';
  const safe = key ? firstLine.split(key).join('[key]') : firstLine;
  return safe.length > 160 ? `${safe.slice(0, 157)}…` : safe;
}

function keychainError(action: string, error: unknown, key: string | null): Error {
  return new Error(`The system keychain could not ${action}: ${keychainReason(error, key)}`);
}
