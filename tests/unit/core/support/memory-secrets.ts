/** A SecretStore for tests: a map, optionally pretending to be the keychain or failing like one. */
import type { SecretStore } from '../../../../electron/core/ports';

export class TestSecrets implements SecretStore {
  readonly values = new Map<string, string>();
  failing = false;

  constructor(readonly kind: 'keychain' | 'memory' = 'keychain') {}

  get(origin: string): Promise<string | null> {
    if (this.failing) return Promise.reject(new Error('The keychain is locked'));
    return Promise.resolve(this.values.get(origin) ?? null);
  }

  set(origin: string, key: string): Promise<void> {
    if (this.failing) return Promise.reject(new Error('The keychain is locked'));
    this.values.set(origin, key);
    return Promise.resolve();
  }

  delete(origin: string): Promise<void> {
    if (this.failing) return Promise.reject(new Error('The keychain is locked'));
    this.values.delete(origin);
    return Promise.resolve();
  }
}
