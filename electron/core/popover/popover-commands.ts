/**
 * Opening the popover, from wherever the user asks: the tray icon (toggles), the shortcut or
 * `omi-tray --quick-edit` (quick edit), a notification or another launch (the checklist). A list
 * the user is about to look at is refreshed first when it is older than POPOVER_STALE_MS. On a first
 * start (no key yet) it opens by itself, so the person sees where the app lives.
 */
import type { Result } from '../../shared/app-error';
import { inBackground } from '../background/in-background';
import { POPOVER_STALE_MS, type RefreshReason } from '../items/item-sync';
import type { Logger, PopoverPort } from '../ports';

export interface PopoverCommandsDeps {
  popover: PopoverPort;
  signedIn(): boolean;
  /** ItemSync.refreshIfOlderThan. */
  refreshIfOlderThan(maxAgeMs: number, reason: RefreshReason): Promise<Result<null>>;
  /** The person looks: recent conversations are read when the last read is old (suggestions). */
  looked?(): Promise<void>;
  logger: Logger;
}

export class PopoverCommands {
  private visible = false;
  private wasSignedIn = false;

  constructor(private readonly deps: PopoverCommandsDeps) {
    deps.popover.onVisibilityChange?.((visible) => {
      this.visible = visible;
    });
  }

  /**
   * The app's state changed: when the key has just become usable (a stored key read at start, a
   * key pasted) while the popover shows, the person is looking now, so recent conversations are read
   * now rather than at the next time the popover opens.
   */
  stateChanged(): void {
    const signedIn = this.deps.signedIn();
    const becameSignedIn = signedIn && !this.wasSignedIn;
    this.wasSignedIn = signedIn;
    if (becameSignedIn && this.visible) this.readConversations();
  }

  /**
   * The tray icon: shows the checklist, or hides it when it shows. Only a showing is a look: a click
   * that hides the popover reads nothing, since nobody is about to see what a read would bring.
   */
  toggle(): void {
    if (this.deps.popover.toggle()) this.shown();
  }

  showChecklist(focusItemId: string | null): void {
    this.deps.popover.show({ mode: 'checklist', focusItemId });
    this.shown();
  }

  quickEdit(): void {
    this.deps.popover.show({ mode: 'quickEdit', focusItemId: null });
    this.shown();
  }

  /** The end of start: with no key yet, setup opens beside the tray icon; with a key the app stays quiet. */
  welcomeIfSignedOut(): void {
    if (!this.deps.signedIn()) this.deps.popover.show({ mode: 'checklist', focusItemId: null });
  }

  /** The tray menu's Sign out: the checklist, asking "Sign out of Omi?" first. */
  askSignOut(): void {
    this.deps.popover.show({ mode: 'checklist', focusItemId: null, ask: 'signOut' });
  }

  /** Another launch of the app: with --quick-edit, quick edit; else the checklist. */
  secondInstance(argv: readonly string[]): void {
    if (argv.includes('--quick-edit')) this.quickEdit();
    else this.showChecklist(null);
  }

  refreshIfStale(): void {
    if (!this.deps.signedIn()) return;
    inBackground(
      this.deps.logger,
      'Refreshing a stale list',
      this.deps.refreshIfOlderThan(POPOVER_STALE_MS, 'popover'),
    );
  }

  /** The tray's suggestions line: the checklist, where "From your conversations" is. */
  showSuggestions(): void {
    this.deps.popover.show({ mode: 'checklist', focusItemId: null, focus: 'suggestions' });
    this.shown();
  }

  /** The person is about to look: a stale list is refreshed, and old reads of recent conversations. */
  private shown(): void {
    this.refreshIfStale();
    if (this.deps.signedIn()) this.readConversations();
  }

  private readConversations(): void {
    if (this.deps.looked) inBackground(this.deps.logger, 'Reading recent conversations', this.deps.looked());
  }
}
