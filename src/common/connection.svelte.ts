/**
 * The account as the page sees it: connecting with a pasted developer key (and why that failed, in
 * words; from setup, launch at login is turned on once the key is in) and signing out.
 */
import type { Result } from '../../electron/shared/app-error';
import type { OmiApi } from '../../electron/shared/omi-api';

export class ConnectionState {
  connecting = $state(false);
  connectError = $state<string | null>(null);
  readonly #api: OmiApi;

  constructor(api: OmiApi) {
    this.#api = api;
  }

  async connect(apiKey: string, options: { launchAtLogin?: boolean } = {}): Promise<boolean> {
    if (apiKey.trim() === '') {
      this.connectError = 'Paste your Omi developer key first.';
      return false;
    }
    this.connecting = true;
    this.connectError = null;
    try {
      const result = await this.#api.invoke('auth:connect', { apiKey });
      if (!result.ok) this.connectError = result.error.message;
      // Settings shows it if the system refuses; connecting stays done either way.
      else if (options.launchAtLogin) await this.#api.invoke('settings:update', { launchAtLogin: true });
      return result.ok;
    } finally {
      this.connecting = false;
    }
  }

  signOut(): Promise<Result<null>> {
    return this.#api.invoke('auth:signOut');
  }
}
