/** The user's settings: read once from settings.json, changed through update(), saved atomically. */
import type { Settings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { JsonFile } from '../storage/json-file';

export type SettingsPatch = Partial<Settings>;

export class SettingsStore {
  private value: Settings = { ...DEFAULT_SETTINGS };
  private readonly listeners = new Set<(settings: Settings, previous: Settings) => void>();

  constructor(private readonly file: JsonFile<Settings>) {}

  async load(): Promise<Settings> {
    this.value = { ...DEFAULT_SETTINGS, ...(await this.file.read(DEFAULT_SETTINGS)) };
    return this.value;
  }

  get(): Settings {
    return this.value;
  }

  /** Applies an already validated patch; resolves with the new settings once they are on disk. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const previous = this.value;
    const next: Settings = { ...previous };
    for (const [field, value] of Object.entries(patch) as [keyof Settings, Settings[keyof Settings] | undefined][]) {
      if (value !== undefined) Object.assign(next, { [field]: value });
    }
    this.value = next;
    await this.file.write(next);
    for (const listener of this.listeners) listener(next, previous);
    return next;
  }

  onChange(listener: (settings: Settings, previous: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
