/** The environment overrides core honours (automation, the demo, e2e tests). */
import type { Platform } from '../../core';

/**
 * Reads OMI_API_BASE_URL and OMI_API_KEY, then removes the key from this process's environment so
 * it is handed to nothing started later.
 */
export function takeApiOverrides(env: NodeJS.ProcessEnv): Platform['env'] {
  const overrides: Platform['env'] = {};
  if (env.OMI_API_BASE_URL) overrides.OMI_API_BASE_URL = env.OMI_API_BASE_URL;
  if (env.OMI_API_KEY) overrides.OMI_API_KEY = env.OMI_API_KEY;
  delete env.OMI_API_KEY;
  return overrides;
}

/** The machine's zone as it is now (read at every use: the user may travel while the app runs). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
