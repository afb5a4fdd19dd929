/**
 * The keychain entry of one test app: the real Secret Service (keytar) under a service name of its
 * own, so tests never touch the user's "Omi Tray" entry and parallel runs never meet. Removed when
 * the app is closed.
 */
import { randomUUID } from 'node:crypto';
import keytar from 'keytar';

export interface RunKeychain {
  readonly service: string;
  /** The key kept for `origin`, read straight from the Secret Service. */
  read(origin: string): Promise<string | null>;
  clear(): Promise<void>;
}

/**
 * `installed`: the app is run as installed, which ignores OMI_TRAY_KEYCHAIN_SERVICE and uses "Omi
 * Tray" itself; the entry is still this run's alone (its account is the run's own fake server's
 * origin), and test-e2e.sh runs in a private Secret Service, never the user's.
 */
export async function runKeychain(options: {
  apiBaseUrl: string;
  apiKey?: string;
  installed?: boolean;
}): Promise<RunKeychain> {
  const service = options.installed ? 'Omi Tray' : `Omi Tray (e2e ${randomUUID().slice(0, 8)})`;
  // As a user's earlier onboarding would have left it: one entry per API origin.
  if (options.apiKey) await keytar.setPassword(service, new URL(options.apiBaseUrl).origin, options.apiKey);
  return {
    service,
    read: (origin) => keytar.getPassword(service, origin),
    async clear() {
      if (options.installed) {
        await keytar.deletePassword(service, new URL(options.apiBaseUrl).origin);
        return;
      }
      for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
    },
  };
}
