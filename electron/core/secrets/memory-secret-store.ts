/** The key for this run only: where no system keychain is reachable, and in tests. Never written anywhere. */
import type { SecretStore } from '../ports';

export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory' as const;
  private readonly keys = new Map<string, string>();

  get(origin: string): Promise<string | null> {
    return Promise.resolve(this.keys.get(origin) ?? null);
  }

  set(origin: string, key: string): Promise<void> {
    this.keys.set(origin, key);
    return Promise.resolve();
  }

  delete(origin: string): Promise<void> {
    this.keys.delete(origin);
    return Promise.resolve();
  }
}
