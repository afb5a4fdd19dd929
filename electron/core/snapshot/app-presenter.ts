/**
 * What the user sees, computed from the services and nothing else: the snapshot the popover draws,
 * the tray's icon and menu, and the items the reminders watch. Any change asks for one push; a
 * burst of changes in the same tick pushes once (OncePerTick). The checklist's items are computed
 * once per change of the list or the outbox and shared by all three. A push carries them only when
 * they changed since the last push (the page keeps its own otherwise); every snapshot is numbered,
 * and so are its items, so the page can tell a push it can use from one it cannot. It also keeps the
 * few things that are only ever shown: notices of this run and the last change the server refused.
 */
import type { ItemView } from '../../shared/action-item';
import type { AppSnapshot, Connection, SnapshotPush, SyncState } from '../../shared/app-state';
import { toItemTable } from '../../shared/item-table';
import { toSuggestionGroups } from '../../shared/suggestion-groups';
import type { AboutApp, LoginItemState } from '../../shared/login-item';
import type { Settings } from '../../shared/settings';
import type { SinceLastLooked } from '../../shared/since-last-looked';
import { sameLooks } from '../looks/same-looks';
import { sameSuggestions } from '../suggestions/same-suggestions';
import { NO_SUGGESTIONS_SHOWN, type SuggestionsShown } from '../../shared/suggestion';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { safely } from '../background/safely';
import type { Outbox } from '../outbox/outbox';
import { outboxLine } from '../outbox/outbox-status';
import type { OutboxSender } from '../outbox/outbox-sender';
import type { Refusal } from '../outbox/refusal';
import type { Clock, Logger, SendToRenderer, TimerHandle, TrayPort } from '../ports';
import type { Reminders } from '../reminders/reminders-port';
import type { ShortcutOutcome } from '../shortcut/quick-edit-shortcut';
import type { TrayTick } from '../tray/tray-ticks';
import { buildTrayView, type TrayActions } from '../tray/tray-view';
import { appWarnings } from './app-warnings';
import type { Checklist } from './checklist';
import { pendingDeletes } from './item-view';
import { NumberedPart } from './numbered-part';
import { OncePerTick } from './once-per-tick';
import { waitingChanges } from './waiting-changes';

/**
 * The tray's counts ("2 overdue") move with the clock, not only with the items; the same tick notices
 * the machine's zone changing (the system sends no event for it): the popover is told the new zone,
 * so "tomorrow 9:00" is read with the new offset, and reminders are planned again.
 */
export const TRAY_REFRESH_MS = 60_000;

export interface AppPresenterDeps {
  clock: Clock;
  logger: Logger;
  /** The machine's zone now: asked at every use, so a zone changed by travel shows at the next push. */
  timeZone: () => string;
  /** The person's clock (the system's locale, or the Settings choice), asked at every use. */
  clockStyle: () => ClockStyle;
  send: SendToRenderer;
  tray: TrayPort;
  account: {
    signedIn(): boolean;
    keyTag(): string | null;
    state(): Connection;
    warnings(): string[];
    isThisServer(origin: string | null): boolean;
  };
  /** The checklist's items (Checklist): the server's items with local changes on top. */
  checklist: Pick<Checklist, 'items' | 'item' | 'entries' | 'listChanged'>;
  outbox: Pick<Outbox, 'origin' | 'list' | 'size'>;
  sync: { state(): SyncState; notes(): string[] };
  sender: Pick<OutboxSender, 'waitState'>;
  settings(): Settings;
  reminders(): Reminders;
  shortcut(): ShortcutOutcome;
  /** Launch at login as the system has it. */
  loginItem(): LoginItemState;
  /** Version and folders, for the bottom line of Settings. */
  about: AboutApp;
  /** What the tray menu's entries do. */
  trayActions: TrayActions;
  /** What changed on Omi's side since the person last looked (SinceLastLookedService). */
  looks?: { view(): SinceLastLooked | null };
  /** A tick from the tray menu still in its undo window (TrayTicks). */
  trayTick?: () => TrayTick | null;
  /** The "From your conversations" region, as the page is sent it. */
  suggestions?(): SuggestionsShown;
}

export class AppPresenter {
  /** The last snapshot's number. */
  private seq = 0;
  /** The items (a new array whenever they change), "Since you last looked" and the suggestions, each numbered. */
  private readonly listed = new NumberedPart<readonly ItemView[] | null>(null, (a, b) => a === b);
  private readonly looks = new NumberedPart<SinceLastLooked | null>(null, sameLooks);
  private readonly heard = new NumberedPart<SuggestionsShown>(NO_SUGGESTIONS_SHOWN, sameSuggestions);
  private readonly notices: string[] = [];
  private lastRefusal: AppSnapshot['lastRefusal'] = null;
  private readonly itemListeners = new Set<(items: readonly ItemView[]) => void>();
  private readonly push: OncePerTick;
  private started = false;
  private stopped = false;
  private trayTimer: TimerHandle | null = null;
  /** The zone the last push was worked out in. */
  private pushedZone: string | null = null;

  constructor(private readonly deps: AppPresenterDeps) {
    this.push = new OncePerTick(deps.clock, () => this.pushNow());
  }

  /** The checklist: server items with local changes on top, for the server and key in use. */
  items(): ItemView[] {
    return this.deps.checklist.items();
  }

  item(id: string): ItemView | undefined {
    return this.deps.checklist.item(id);
  }

  /** Why changes wait, as the status line and the tray tell it. */
  outboxStatus() {
    return waitingChanges(this.deps);
  }

  snapshot(): AppSnapshot {
    const { account, outbox, sync, timeZone } = this.deps;
    const connection = account.state();
    const items = this.items();
    const itemsSeq = this.listed.take(items).seq;
    const looks = this.looks.take(connection.status === 'connected' ? (this.deps.looks?.view() ?? null) : null);
    const suggestions = this.heard.take(this.suggestions());
    this.seq += 1;
    return {
      seq: this.seq,
      itemsSeq,
      looksSeq: looks.seq,
      suggestionsSeq: suggestions.seq,
      connection,
      items,
      sync: sync.state(),
      outboxSize: outbox.size(),
      outbox: this.outboxStatus(),
      lastRefusal: this.lastRefusal,
      pendingDeletes: connection.status === 'connected' ? pendingDeletes(this.deps.checklist.entries()) : [],
      settings: this.deps.settings(),
      reminders: this.deps.reminders().state(),
      warnings: appWarnings({
        notices: [...this.notices, ...sync.notes()],
        keyWarnings: account.warnings(),
        shortcutWarning: this.deps.shortcut().warning,
        connection,
        outboxSize: outbox.size(),
        outboxOrigin: outbox.origin(),
      }),
      timeZone: timeZone(),
      clock: this.deps.clockStyle(),
      loginItem: this.deps.loginItem(),
      about: this.deps.about,
      sinceLastLooked: looks.value,
      trayTick: connection.status === 'connected' ? (this.deps.trayTick?.() ?? null) : null,
      suggestions: suggestions.value,
    };
  }

  /** The "From your conversations" region's suggestions. */
  suggestions(): SuggestionsShown {
    return this.deps.suggestions?.() ?? NO_SUGGESTIONS_SHOWN;
  }

  /** From now on changes are pushed (before this, during start, they only accumulate). */
  start(): void {
    this.started = true;
  }

  /** Pushes what there is and keeps the tray's counts moving with the clock. */
  showAndKeepFresh(): void {
    this.armTrayRefresh();
    this.push.request();
  }

  stop(): void {
    this.stopped = true;
    this.push.stop();
    if (this.trayTimer !== null) this.deps.clock.clearTimeout(this.trayTimer);
    this.trayTimer = null;
  }

  /** Something shown changed: one push on the next tick. */
  changed(): void {
    if (this.started && !this.stopped) this.push.request();
  }

  /** The list or the outbox changed: the checklist's items are computed again. */
  listChanged(): void {
    this.deps.checklist.listChanged();
    this.changed();
  }

  /** A line the user must read in the popover's warnings for the rest of this run. */
  notice(words: string): void {
    this.notices.push(words);
    this.changed();
  }

  /** The server refused a change: the popover shows it once as an alert. */
  refused(refusal: Refusal): void {
    this.lastRefusal = { id: refusal.id, error: refusal.error, at: new Date(this.deps.clock.now()).toISOString() };
    this.changed();
  }

  /** Signed out: the last refusal was about the old key's edits. */
  signedOut(): void {
    this.lastRefusal = null;
  }

  /** Told the checklist's items after every change, at most once per tick. Returns the unsubscribe. */
  onItemsChanged(listener: (items: readonly ItemView[]) => void): () => void {
    this.itemListeners.add(listener);
    return () => {
      this.itemListeners.delete(listener);
    };
  }

  private pushNow(): void {
    const { logger } = this.deps;
    const snapshot = this.snapshot();
    this.pushedZone = snapshot.timeZone;
    const { items, sinceLastLooked, suggestions, ...rest } = snapshot;
    const newItems = this.listed.forPush(items) !== undefined;
    const looksToTell = this.looks.forPush(sinceLastLooked ?? null);
    const suggestionsToTell = this.heard.forPush(suggestions);
    const push: SnapshotPush = {
      ...rest,
      items: newItems ? toItemTable(items) : null,
      ...(looksToTell === undefined ? {} : { sinceLastLooked: looksToTell }),
      ...(suggestionsToTell === undefined ? {} : { suggestions: toSuggestionGroups(suggestionsToTell) }),
    };
    safely(logger, 'Pushing the snapshot', () => this.deps.send('snapshot:changed', push));
    this.updateTray();
    if (!newItems) return;
    safely(logger, 'Updating reminders', () => this.deps.reminders().itemsChanged?.(items));
    for (const listener of this.itemListeners) safely(logger, 'An items listener', () => listener(items));
  }

  private updateTray(): void {
    const { clock, account } = this.deps;
    const paused = this.deps.reminders().state().pausedUntil;
    const view = buildTrayView(
      {
        items: this.items(),
        now: new Date(clock.now()),
        timeZone: this.deps.timeZone(),
        style: this.deps.clockStyle(),
        connected: account.signedIn(),
        remindersPausedUntil: paused === null ? null : Date.parse(paused),
        shortcutWarning: this.deps.shortcut().trayLine,
        outboxLine: outboxLine(this.outboxStatus()),
        suggestionCount: this.suggestions().total,
      },
      this.deps.trayActions,
    );
    safely(this.deps.logger, 'Updating the tray', () => this.deps.tray.show(view));
  }

  private armTrayRefresh(): void {
    this.trayTimer = this.deps.clock.setTimeout(() => {
      this.trayTimer = null;
      if (this.stopped) return;
      this.noticeZoneChange();
      this.updateTray();
      this.armTrayRefresh();
    }, TRAY_REFRESH_MS);
  }

  /** The machine's zone is not the one last pushed (the user travelled): push again and plan reminders again. */
  private noticeZoneChange(): void {
    const zone = this.deps.timeZone();
    if (this.pushedZone === null || zone === this.pushedZone) return;
    this.deps.logger.info('The time zone changed', { from: this.pushedZone, to: zone });
    this.pushedZone = zone;
    this.changed();
    safely(this.deps.logger, 'Planning reminders in the new zone', () => this.deps.reminders().replan?.());
  }
}
