/**
 * The key and the client built on it. Connect checks a candidate key against the API before
 * anything is stored; the key then lives in the SecretStore (per API origin) and in this object's
 * memory, never in a file, the snapshot or a log line (it is registered with the log redactor).
 * OMI_API_KEY, when set, overrides the keychain for one API only: OMI_API_BASE_URL, else the default
 * address. An address saved in settings.json (which the page can write) never receives it, on this
 * run or the next.
 */
import { createHash } from 'node:crypto';
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { Connection } from '../../shared/app-state';
import type { ActionItemsApi, OmiClientOptions } from '../api/action-items-api';
import { fullSync } from '../api/full-sync';
import type { Redactor } from '../logging/redactor';
import type { Logger, SecretStore } from '../ports';
import type { JsonFile } from '../storage/json-file';
import type { StoredAccess } from './access-file';
import { apiAddressProblem, apiOrigin } from './api-origin';
import { connectFailure } from './connect-errors';
import { checkKeyInput } from './key-input';

const WRITE_SCOPE = 'action_items:write';

export interface ApiConnectionDeps {
  secrets: SecretStore;
  fetch: typeof fetch;
  createApi(options: OmiClientOptions): ActionItemsApi;
  /** OMI_API_KEY: overrides the keychain when set. */
  envKey: string | undefined;
  /** The one address OMI_API_KEY may go to: OMI_API_BASE_URL, else the default address. */
  envKeyBaseUrl: string;
  accessFile: JsonFile<StoredAccess | null>;
  redactor: Redactor;
  logger: Logger;
}

export interface Connected {
  readOnly: boolean;
  /** A full list fetched while checking the key (servers that cannot tell a key's scopes); saves a refresh. */
  items: ActionItem[] | null;
}

type KeyStorage = 'keychain' | 'memory' | 'environment';

export class ApiConnection {
  private baseUrl = '';
  private origin: string | null = null;
  private key: string | null = null;
  private storage: KeyStorage = 'keychain';
  private readOnly = false;
  private client: ActionItemsApi | null = null;
  /** The last key tag worked out, and from what. */
  private tagged: { origin: string; key: string; tag: string } | null = null;
  private keychainProblem: string | null = null;
  private addressProblem: string | null = null;
  /** The origin OMI_API_KEY belongs to; null when that address may not get a key. */
  private readonly envKeyOrigin: string | null;

  constructor(private readonly deps: ApiConnectionDeps) {
    this.envKeyOrigin = apiOrigin(deps.envKeyBaseUrl.trim());
  }

  /** Picks up the key for this API (environment, else keychain) and what it may do. */
  async open(baseUrl: string): Promise<void> {
    this.baseUrl = baseUrl;
    this.origin = apiOrigin(baseUrl);
    this.key = null;
    this.client = null;
    this.readOnly = false;
    this.keychainProblem = null;
    this.addressProblem = apiAddressProblem(baseUrl);
    if (this.origin === null) return;
    const envKey = this.envKey();
    if (envKey) {
      this.useKey(envKey, 'environment');
    } else {
      try {
        const stored = await this.deps.secrets.get(this.origin);
        if (stored) this.useKey(stored, this.deps.secrets.kind);
      } catch (error) {
        this.keychainProblem = `The system keychain could not be read, so Omi Tray is signed out (${String(error)}).`;
        this.deps.logger.warn('Keychain could not be read', { error: String(error) });
      }
    }
    if (this.key === null) return;
    const access = await this.deps.accessFile.read(null);
    this.readOnly = access !== null && access.origin === this.origin && access.readOnly;
  }

  /** Asks the server what the key in use may do (on start: keys change scopes elsewhere). */
  async recheck(): Promise<Result<null>> {
    const client = this.client;
    if (!client) return ok(null);
    const info = await client.keyInfo();
    if (!info.ok) return info.error.kind === 'forbidden' ? ok(null) : fail(info.error);
    if (info.value !== null && client === this.client) await this.setReadOnly(!info.value.scopes.includes(WRITE_SCOPE));
    return ok(null);
  }

  /** Checks the key with the server, then stores it. Nothing is stored when the check fails. */
  async connect(raw: string): Promise<Result<Connected>> {
    if (this.origin === null)
      return fail({ kind: 'invalid_input', message: this.addressProblem ?? 'The server address is not set.' });
    if (this.envKey()) {
      return fail({
        kind: 'invalid_input',
        message:
          'The key comes from the OMI_API_KEY environment variable, which overrides the keychain. Change or unset it instead.',
      });
    }
    const checked = checkKeyInput(raw);
    if (!checked.ok) return checked;
    const key = checked.value;
    // Before the first request: whatever logs the request must not show this key.
    this.deps.redactor.register(key);
    const candidate = this.deps.createApi({
      baseUrl: this.baseUrl,
      fetch: this.deps.fetch,
      getKey: () => Promise.resolve(key),
    });
    const verdict = await this.askServer(candidate);
    if (!verdict.ok) return verdict;

    let storage: KeyStorage = this.deps.secrets.kind;
    this.keychainProblem = null;
    try {
      await this.deps.secrets.set(this.origin, key);
    } catch (error) {
      // The key works; keep it for this run rather than refuse it, and say it will not be remembered.
      storage = 'memory';
      this.keychainProblem = 'The system keychain could not store the key, so it is kept only until Omi Tray quits.';
      this.deps.logger.warn('Keychain could not store the key', { error: String(error) });
    }
    this.useKey(key, storage);
    await this.setReadOnly(verdict.value.readOnly);
    this.deps.logger.info('Connected', { origin: this.origin, readOnly: verdict.value.readOnly, storage });
    return verdict;
  }

  /** Removes the key for this API origin from the keychain and from memory. */
  async signOut(): Promise<Result<null>> {
    if (this.storage === 'environment' && this.key !== null) {
      return fail({
        kind: 'invalid_input',
        message: 'The key comes from the OMI_API_KEY environment variable. Unset it to sign out.',
      });
    }
    const origin = this.origin;
    this.key = null;
    this.client = null;
    this.readOnly = false;
    if (origin === null) return ok(null);
    let result: Result<null> = ok(null);
    try {
      await this.deps.secrets.delete(origin);
    } catch (error) {
      this.deps.logger.warn('Keychain could not delete the key', { error: String(error) });
      result = fail({
        kind: 'keychain_unavailable',
        message:
          'Signed out, but the key could not be removed from the system keychain. Remove "Omi Tray" from your keychain by hand.',
      });
    }
    await this.deps.accessFile.write(null);
    return result;
  }

  /** The server said 403 to an edit: this key cannot write. */
  async learnReadOnly(): Promise<void> {
    if (this.client !== null && !this.readOnly) await this.setReadOnly(true);
  }

  api(): ActionItemsApi | null {
    return this.client;
  }

  apiOrigin(): string | null {
    return this.origin;
  }

  /** Changes queued for `origin` belong here (null: made before any server was known). */
  isThisServer(origin: string | null): boolean {
    return origin === null || origin === this.origin;
  }

  /** The client changes queued for `origin` may go out with; null when signed out or another server's. */
  apiFor(origin: string | null): ActionItemsApi | null {
    return this.isThisServer(origin) ? this.client : null;
  }

  /**
   * A tag for the key in use, null while signed out: a hash of origin and key, never the key. Queued
   * changes carry it, so a change made with one person's key is never sent with another's.
   */
  keyTag(): string | null {
    if (this.client === null || this.key === null || this.origin === null) return null;
    // Asked many times a snapshot (each part checks what belongs to the key): hashed once a key and origin.
    const { origin, key } = this;
    if (this.tagged?.origin !== origin || this.tagged.key !== key)
      this.tagged = { origin, key, tag: createHash('sha256').update(`${origin}\n${key}`).digest('hex').slice(0, 24) };
    return this.tagged.tag;
  }

  isReadOnly(): boolean {
    return this.client !== null && this.readOnly;
  }

  connection(): Connection {
    if (this.client === null || this.origin === null) return { status: 'signed_out' };
    return { status: 'connected', origin: this.origin, readOnly: this.readOnly, keyStorage: this.storage };
  }

  /** Lines the user must read about where the key lives. */
  warnings(): string[] {
    const lines: string[] = [];
    if (this.addressProblem) lines.push(this.addressProblem);
    if (this.envKeyElsewhere()) {
      lines.push(
        `The key in OMI_API_KEY belongs to ${this.envKeyOrigin ?? ''} and is not sent to ${this.origin ?? ''}; ` +
          'connect a key for this address, or change the address back.',
      );
    }
    if (this.keychainProblem) lines.push(this.keychainProblem);
    else if (this.client !== null && this.storage === 'memory') {
      lines.push('No system keychain here: your key is kept only until Omi Tray quits.');
    }
    return lines;
  }

  /** OMI_API_KEY, when it belongs to the origin in use (OMI_API_BASE_URL's, else the default's). */
  private envKey(): string | null {
    const envKey = this.deps.envKey?.trim();
    if (!envKey || this.origin === null || this.envKeyOrigin === null) return null;
    return this.envKeyOrigin === this.origin ? envKey : null;
  }

  private envKeyElsewhere(): boolean {
    return (
      Boolean(this.deps.envKey?.trim()) &&
      this.envKeyOrigin !== null &&
      this.origin !== null &&
      this.envKeyOrigin !== this.origin
    );
  }

  private async askServer(candidate: ActionItemsApi): Promise<Result<Connected>> {
    const info = await candidate.keyInfo();
    if (info.ok && info.value !== null) return ok({ readOnly: !info.value.scopes.includes(WRITE_SCOPE), items: null });
    if (!info.ok && info.error.kind !== 'forbidden') return fail(connectFailure(info.error));
    // Scopes unknown (older server, or the key may not read its own details): a list proves the
    // key works; whether it may write is learnt from the first 403.
    const listed = await fullSync(candidate);
    if (!listed.ok) return fail(connectFailure(listed.error));
    return ok({ readOnly: false, items: listed.value.items });
  }

  private useKey(key: string, storage: KeyStorage): void {
    this.deps.redactor.register(key);
    this.key = key;
    this.storage = storage;
    const current = key;
    this.client = this.deps.createApi({
      baseUrl: this.baseUrl,
      fetch: this.deps.fetch,
      // Read per request: after a sign-out no request may carry the old key.
      getKey: () => Promise.resolve(this.key === current ? current : null),
    });
  }

  private async setReadOnly(readOnly: boolean): Promise<void> {
    this.readOnly = readOnly;
    if (this.origin === null) return;
    try {
      await this.deps.accessFile.write({ version: 1, origin: this.origin, readOnly });
    } catch (error) {
      this.deps.logger.warn('access.json could not be written', { error: String(error) });
    }
  }
}
