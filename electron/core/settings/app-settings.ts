/**
 * The settings in effect, and what follows when the user changes one. OMI_API_BASE_URL, when set,
 * overrides the saved address (the saved one stays as it was). A change is saved first; then each
 * part of the app that a changed field concerns is told, the account first (another address means
 * another key and list), so the popover's answer already reflects all of it.
 */
import type { Settings } from '../../shared/settings';
import { safely } from '../background/safely';
import type { Logger } from '../ports';
import type { SettingsPatch, SettingsStore } from './settings-store';

interface SettingsReactions {
  /** Every change; the account acts when the address changed. */
  account(before: Settings, after: Settings): Promise<void>;
  quickEditShortcut(): void;
  launchAtLogin(enabled: boolean): void;
  reminderLeadMinutes(): void;
  /** After all of the above: the snapshot shows the new settings. */
  changed(): void;
}

export interface AppSettingsDeps {
  store: SettingsStore;
  /** OMI_API_BASE_URL from the environment. */
  envBaseUrl: string | undefined;
  logger: Logger;
  reactions: SettingsReactions;
}

export class AppSettings {
  constructor(private readonly deps: AppSettingsDeps) {}

  async load(): Promise<void> {
    await this.deps.store.load();
  }

  current(): Settings {
    const stored = this.deps.store.get();
    const fromEnv = this.deps.envBaseUrl?.trim();
    return fromEnv ? { ...stored, apiBaseUrl: fromEnv } : stored;
  }

  /** Saves an already validated patch, then tells whom each changed field concerns. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const { reactions, logger } = this.deps;
    const before = this.current();
    await this.deps.store.update(patch);
    const after = this.current();
    await reactions.account(before, after);
    if (after.quickEditShortcut !== before.quickEditShortcut) reactions.quickEditShortcut();
    // Asked again even when the setting is unchanged: the last try may have failed (an unwritable folder, since fixed).
    if (patch.launchAtLogin !== undefined)
      safely(logger, 'Setting launch at login', () => reactions.launchAtLogin(after.launchAtLogin));
    if (after.reminderLeadMinutes !== before.reminderLeadMinutes)
      safely(logger, 'Re-planning reminders', () => reactions.reminderLeadMinutes());
    reactions.changed();
    return after;
  }
}
