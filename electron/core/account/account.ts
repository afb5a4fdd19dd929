/**
 * The account: which server Omi Tray talks to, with which key, and whether that key may write.
 * ApiConnection holds the key and its client; this class decides what else moves when they change —
 * connecting, signing out or pointing the app at another address reloads the list, resets the sync,
 * makes conversations forget the old key and asks the outbox to send what waits. It also answers
 * the two questions the rest of core asks about the account: may the user edit now, and may changes
 * queued for a server go out on this connection.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { Connection } from '../../shared/app-state';
import type { Settings } from '../../shared/settings';
import type { ActionItemsApi } from '../api/action-items-api';
import type { ApiConnection } from '../auth/api-connection';
import { inBackground } from '../background/in-background';
import { readOnlyRefusal } from '../edits/item-editor';
import type { RefreshReason } from '../items/item-sync';
import type { Refusal } from '../outbox/refusal';
import type { Clock, Logger } from '../ports';

export interface AccountDeps {
  connection: ApiConnection;
  /** The saved list of the server in use (ItemStore). */
  list: {
    load(origin: string | null): Promise<void>;
    clear(origin: string | null): Promise<void>;
    replaceAll(items: readonly ActionItem[], startedAt: number): void;
  };
  sync: { refresh(reason: RefreshReason): Promise<Result<null>>; reset(): void };
  conversations: { keyChanged(): void };
  /** The outbox's sender (OutboxSender). */
  sender: { retryNow(trigger: 'network' | 'user'): Promise<void>; flush(): Promise<void> };
  clock: Clock;
  logger: Logger;
  /** The whole list changed with the account (signed in or out, another server): recompute what shows. */
  listChanged(): void;
  /** Signed out: what was said about the old key's edits no longer applies. */
  signedOut(): void;
  /** Something the snapshot shows changed. */
  changed(): void;
  /** A full list came back with the key in use (changes of an earlier key of this account may go with it). */
  listed?(): void;
}

export class Account {
  constructor(private readonly deps: AccountDeps) {}

  /** Reads the key stored for the API at this address (environment, else keychain). */
  openKey(apiBaseUrl: string): Promise<void> {
    return this.deps.connection.open(apiBaseUrl);
  }

  /** Reads the list saved for the server in use; a list saved for another server is not shown. */
  openList(): Promise<void> {
    return this.deps.list.load(this.deps.connection.apiOrigin());
  }

  /** After the key is read: asks the server what the key may do, and fetches the list. */
  checkInBackground(): void {
    const { connection, sync, logger } = this.deps;
    if (connection.api() === null) return;
    inBackground(
      logger,
      'Checking what the key may do',
      connection.recheck().then(() => this.deps.changed()),
    );
    inBackground(logger, 'First refresh', sync.refresh('start'));
  }

  /** Settings changed: another API address means another key, another list and another sync. */
  async settingsChanged(before: Settings, after: Settings): Promise<void> {
    if (after.apiBaseUrl === before.apiBaseUrl) return;
    await this.openKey(after.apiBaseUrl);
    await this.openList();
    this.deps.sync.reset();
    this.deps.listChanged();
    if (this.deps.connection.api() === null) return;
    this.checkInBackground();
    inBackground(this.deps.logger, 'Sending waiting changes', this.deps.sender.flush());
  }

  /** Checks the key with the server and stores it; then shows its list and sends what waits. */
  async connect(apiKey: string): Promise<Result<{ readOnly: boolean }>> {
    const startedAt = this.deps.clock.now();
    const result = await this.deps.connection.connect(apiKey);
    if (!result.ok) return result;
    this.deps.conversations.keyChanged();
    this.deps.listChanged();
    if (result.value.items) {
      this.deps.list.replaceAll(result.value.items, startedAt);
      this.deps.listed?.();
    } else await this.deps.sync.refresh('connect');
    inBackground(this.deps.logger, 'Sending waiting changes', this.deps.sender.retryNow('user'));
    this.deps.changed();
    return ok({ readOnly: result.value.readOnly });
  }

  /** Forgets the key and the list. The outbox stays: edits the user made are never dropped silently. */
  async signOut(): Promise<Result<null>> {
    const { connection } = this.deps;
    const result = await connection.signOut();
    this.deps.conversations.keyChanged();
    if (!result.ok && result.error.kind !== 'keychain_unavailable') return result;
    await this.deps.list.clear(connection.apiOrigin());
    this.deps.sync.reset();
    this.deps.signedOut();
    this.deps.listChanged();
    return result;
  }

  signedIn(): boolean {
    return this.deps.connection.api() !== null;
  }

  /** A tag for the key in use (never the key), null while signed out: queued changes carry it. */
  keyTag(): string | null {
    return this.deps.connection.keyTag();
  }

  /** What the snapshot says of the account. */
  state(): Connection {
    return this.deps.connection.connection();
  }

  /** Lines the user must read about the address and where the key lives. */
  warnings(): string[] {
    return this.deps.connection.warnings();
  }

  /** Where edits may go now; an error in words when signed out or the key cannot write. */
  canEdit(): Result<{ origin: string }> {
    const { connection } = this.deps;
    const origin = connection.apiOrigin();
    if (connection.api() === null || origin === null)
      return fail({ kind: 'unauthorized', message: 'Connect your Omi developer key first.' });
    if (connection.isReadOnly()) return fail(readOnlyRefusal());
    return ok({ origin });
  }

  /** Changes queued for one server (`origin`; null: none queued) never go to another. */
  isThisServer(origin: string | null): boolean {
    return this.deps.connection.isThisServer(origin);
  }

  /** The client changes queued for `origin` may go out with; null when signed out or another server's. */
  apiFor(origin: string | null): ActionItemsApi | null {
    return this.deps.connection.apiFor(origin);
  }

  /** The server refused a change; a 403 teaches that the key is read-only. */
  refused(refusal: Pick<Refusal, 'action' | 'error'>): void {
    this.deps.logger.warn('The server refused a change', { action: refusal.action, kind: refusal.error.kind });
    if (refusal.error.kind !== 'forbidden') return;
    inBackground(
      this.deps.logger,
      'Remembering the key is read-only',
      this.deps.connection.learnReadOnly().then(() => this.deps.changed()),
    );
  }
}
