import { describe, expect, it } from 'vitest';
import { keytarFromImport } from '../../../../electron/main/adapters/keytar-module';

const functions = () => ({
  getPassword: async () => null,
  setPassword: async () => undefined,
  deletePassword: async () => true,
  findPassword: async () => null,
  findCredentials: async () => [],
});

describe('keytar, whatever import() hands back', () => {
  it('takes the functions from default, as Node gives a CommonJS module to import()', () => {
    const module = functions();
    // What Node's lexer makes of keytar: only `default` and `getPassword` by name.
    const loaded = keytarFromImport({ default: module, getPassword: module.getPassword });

    expect(loaded).toBe(module);
  });

  it('takes the namespace itself when there is no default (an ES module build)', () => {
    const namespace = functions();

    expect(keytarFromImport(namespace)).toBe(namespace);
  });

  it('names, in words, every function the loaded module lacks', () => {
    const { getPassword } = functions();
    const loaded = keytarFromImport({ getPassword });

    expect(loaded).toBeInstanceOf(Error);
    expect((loaded as Error).message).toBe(
      'the keychain library loaded without setPassword, deletePassword, findPassword, findCredentials',
    );
  });

  it('says so when the module is not an object at all', () => {
    expect((keytarFromImport({ default: 'keytar' }) as Error).message).toBe(
      'the keychain library loaded as string, not as a module',
    );
    expect((keytarFromImport(null) as Error).message).toBe('the keychain library loaded as null, not as a module');
  });
});
