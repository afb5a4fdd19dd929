/**
 * A tick from the tray menu, with the same Undo as in the popover: a notification that says what
 * was done (with an Undo button where the system has notification actions), and the popover's
 * Undo bar when it is opened within TRAY_TICK_UNDO_MS. The menu closes at once, so the window is
 * longer than the popover's own: time to notice the slip and click the tray icon.
 */
import type { Result } from '../../shared/app-error';
import { inBackground } from '../background/in-background';
import type { Clock, Logger, NotifierPort, TimerHandle } from '../ports';
import { shortText } from '../../shared/short-text';

export const TRAY_TICK_UNDO_MS = 15_000;
const BODY_MAX = 80;

/** The tray tick the popover offers to undo. */
export interface TrayTick {
  id: string;
  description: string;
}

export interface TrayTicksDeps {
  clock: Clock;
  logger: Logger;
  notifier: NotifierPort;
  /** ItemEditor.update with only `completed`. */
  setDone(id: string, completed: boolean): Promise<Result<null>>;
  /** The item's description as the list shows it; null when it is not listed. */
  describe(id: string): string | null;
  openItem(id: string): void;
  /** The offer came or went: the popover is told. */
  changed(): void;
}

export class TrayTicks {
  #recent: TrayTick | null = null;
  #timer: TimerHandle | null = null;

  constructor(private readonly deps: TrayTicksDeps) {}

  /** The tick still in its undo window, if any. */
  recent(): TrayTick | null {
    return this.#recent;
  }

  async tick(id: string): Promise<void> {
    const description = this.deps.describe(id);
    const done = await this.deps.setDone(id, true);
    if (!done.ok || description === null) return;
    this.#offer({ id, description });
    try {
      this.deps.notifier.show(
        { title: 'Marked done', body: shortText(description, BODY_MAX), itemId: id, actions: true, undo: true },
        {
          onClick: () => this.deps.openItem(id),
          onAction: (action) => {
            if (action === 'undo') inBackground(this.deps.logger, 'Undoing a tray tick', this.undo(id));
          },
        },
      );
    } catch (error) {
      this.deps.logger.error('A notification could not be shown', { error: String(error) });
    }
  }

  /** Takes the tick back (the Undo button); the popover's Undo bar goes through its own undo. */
  async undo(id: string): Promise<void> {
    if (this.#recent?.id === id) this.#offer(null);
    const result = await this.deps.setDone(id, false);
    if (!result.ok) this.deps.logger.warn('A tray tick could not be undone', { error: result.error.kind });
  }

  #offer(tick: TrayTick | null): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = tick === null ? null : this.deps.clock.setTimeout(() => this.#offer(null), TRAY_TICK_UNDO_MS);
    this.#recent = tick;
    this.deps.changed();
  }
}
