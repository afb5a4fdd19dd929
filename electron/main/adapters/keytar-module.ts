/**
 * keytar as the app can use it, whatever `import('keytar')` hands back. keytar is CommonJS: from a
 * bundle that keeps the dynamic import (as the built main process does), Node's module lexer finds
 * only some of its exports by name (`default` and `getPassword`), so `setPassword` and
 * `deletePassword` would be undefined and the key would never be saved. The whole module is under
 * `default`; without one (an ES module build), the namespace itself is the module.
 */
const KEYTAR_FUNCTIONS = ['getPassword', 'setPassword', 'deletePassword', 'findPassword', 'findCredentials'] as const;

/** The part of keytar the app uses, typed by keytar's own declarations. */
export type Keytar = Pick<typeof import('keytar'), (typeof KEYTAR_FUNCTIONS)[number]>;

/** The five keychain functions, or an Error saying in words which ones the loaded module lacks. */
export function keytarFromImport(loaded: unknown): Keytar | Error {
  const candidate = hasDefault(loaded) ? loaded.default : loaded;
  if (typeof candidate !== 'object' || candidate === null) {
    return new Error(
      `the keychain library loaded as ${candidate === null ? 'null' : typeof candidate}, not as a module`,
    );
  }
  const functions = candidate as Record<string, unknown>;
  const missing = KEYTAR_FUNCTIONS.filter((name) => typeof functions[name] !== 'function');
  if (missing.length > 0) return new Error(`the keychain library loaded without ${missing.join(', ')}`);
  return candidate as Keytar;
}

function hasDefault(loaded: unknown): loaded is { default: unknown } {
  return typeof loaded === 'object' && loaded !== null && 'default' in loaded && loaded.default !== undefined;
}
