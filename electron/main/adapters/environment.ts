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

/** How long a reading of the machine's zone stands before Intl is asked again. */
export const ZONE_READ_MS = 1_000;

/**
 * The machine's zone as it is now: the user may travel while the app runs, so it is read again once
 * ZONE_READ_MS have passed, not at every use. Each snapshot asks several times, and each reading makes
 * a new Intl formatter (about a millisecond each on a slow machine).
 */
export function localTimeZoneReader(
  now: () => number = Date.now,
  read: () => string = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
): () => string {
  let zone = '';
  let readAt = Number.NEGATIVE_INFINITY;
  return () => {
    const at = now();
    if (at - readAt >= ZONE_READ_MS || at < readAt) {
      zone = read();
      readAt = at;
    }
    return zone;
  };
}
