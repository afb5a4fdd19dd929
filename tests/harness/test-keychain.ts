/**
 * The browser shell's keychain: keeps keys in memory for the whole test, across app restarts, so it
 * behaves like the OS keychain the real app uses (kind 'keychain'). The real keychain adapter is
 * tested against gnome-keyring in tests/integration/keychain.
 */
import type { SecretStore } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';

export class TestKeychain implements SecretStore {
  readonly kind = 'keychain' as const;
  private readonly keys = new MemorySecretStore();

  get(origin: string): Promise<string | null> {
    return this.keys.get(origin);
  }

  set(origin: string, key: string): Promise<void> {
    return this.keys.set(origin, key);
  }

  delete(origin: string): Promise<void> {
    return this.keys.delete(origin);
  }
}
