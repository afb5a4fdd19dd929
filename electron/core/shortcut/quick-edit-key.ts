/**
 * The global quick-edit shortcut over the app's run: registered at start and again when the setting
 * changes, released at quit; what happened last (registered, or taken by another app) is what the
 * popover and the tray menu tell.
 */
import { safely } from '../background/safely';
import type { Logger, ShortcutPort } from '../ports';
import { registerQuickEditShortcut, type ShortcutOutcome } from './quick-edit-shortcut';

export interface QuickEditKeyDeps {
  shortcuts: ShortcutPort;
  /** The accelerator in the settings, e.g. CommandOrControl+Shift+Space. */
  accelerator(): string;
  onPress(): void;
  logger: Logger;
  /** The outcome changed: the snapshot and the tray show it. */
  changed(): void;
}

export class QuickEditKey {
  private last: ShortcutOutcome = { warning: null, trayLine: null };

  constructor(private readonly deps: QuickEditKeyDeps) {}

  register(): void {
    const accelerator = this.deps.accelerator();
    this.last = registerQuickEditShortcut(this.deps.shortcuts, accelerator, () => this.deps.onPress());
    if (this.last.warning) this.deps.logger.warn('Quick edit shortcut not registered', { accelerator });
    this.deps.changed();
  }

  outcome(): ShortcutOutcome {
    return this.last;
  }

  release(): void {
    safely(this.deps.logger, 'Releasing the shortcut', () => this.deps.shortcuts.unregisterAll());
  }
}
