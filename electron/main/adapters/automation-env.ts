/**
 * OMI_TRAY_DATA_DIR, OMI_TRAY_SECRET_STORE and OMI_TRAY_KEYCHAIN_SERVICE steer tests, the demo and
 * development runs. An installed app ignores them: anything that can set a user's environment
 * could otherwise move the data folder, keep the key out of the keychain or read another entry.
 */
const DEVELOPMENT_ONLY = ['OMI_TRAY_DATA_DIR', 'OMI_TRAY_SECRET_STORE', 'OMI_TRAY_KEYCHAIN_SERVICE'] as const;

/** The environment as this run may read it: a copy, without the development-only variables when packaged. */
export function environmentFor(env: NodeJS.ProcessEnv, packaged: boolean): NodeJS.ProcessEnv {
  const copy = { ...env };
  if (packaged) for (const name of DEVELOPMENT_ONLY) delete copy[name];
  return copy;
}
