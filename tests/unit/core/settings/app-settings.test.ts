/** The settings in effect and whom a change concerns, over a real settings.json in a temp folder. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/logging/logger';
import { AppSettings } from '../../../../electron/core/settings/app-settings';
import { settingsFile } from '../../../../electron/core/settings/settings-file';
import { SettingsStore } from '../../../../electron/core/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../electron/shared/settings';
import { tempDir } from '../support/temp-dir';

let dir: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => dir.remove());

async function build(envBaseUrl?: string, options: { failingLoginItem?: boolean } = {}) {
  const told: string[] = [];
  const logs: string[] = [];
  const store = new SettingsStore(settingsFile(join(dir.path, 'settings.json')));
  const settings = new AppSettings({
    store,
    envBaseUrl,
    logger: createLogger({ sink: (line) => logs.push(line), level: 'debug' }),
    reactions: {
      account: (before, after) =>
        Promise.resolve(void told.push(`account ${before.apiBaseUrl} -> ${after.apiBaseUrl}`)),
      quickEditShortcut: () => void told.push('shortcut'),
      launchAtLogin: (enabled) => {
        if (options.failingLoginItem) throw new Error('no autostart folder');
        told.push(`launch at login ${String(enabled)}`);
      },
      reminderLeadMinutes: () => void told.push('reminders'),
      changed: () => void told.push('changed'),
    },
  });
  await settings.load();
  return { settings, store, told, logs };
}

describe('app settings', () => {
  it('OMI_API_BASE_URL overrides the saved address, and only in effect', async () => {
    const { settings, store } = await build(' https://omi.example.org/ ');
    expect(settings.current().apiBaseUrl).toBe('https://omi.example.org/');
    expect(store.get().apiBaseUrl).toBe(DEFAULT_SETTINGS.apiBaseUrl);
  });

  it('saves a change, tells the account, then only whom a changed field concerns, then the snapshot', async () => {
    const { settings, store, told } = await build();
    const after = await settings.update({
      launchAtLogin: true,
      reminderLeadMinutes: DEFAULT_SETTINGS.reminderLeadMinutes === 30 ? 60 : 30,
    });
    expect(after.launchAtLogin).toBe(true);
    expect(store.get()).toEqual(after);
    expect(told).toEqual([
      `account ${DEFAULT_SETTINGS.apiBaseUrl} -> ${DEFAULT_SETTINGS.apiBaseUrl}`,
      'launch at login true',
      'reminders',
      'changed',
    ]);
    told.length = 0;
    await settings.update({ quickEditShortcut: 'CommandOrControl+Alt+O', apiBaseUrl: 'https://omi.example.org/' });
    expect(told).toEqual([`account ${DEFAULT_SETTINGS.apiBaseUrl} -> https://omi.example.org/`, 'shortcut', 'changed']);
  });

  it('a login item that cannot be set is logged; the change is still saved and shown', async () => {
    const { settings, store, told, logs } = await build(undefined, { failingLoginItem: true });
    await settings.update({ launchAtLogin: true });
    expect(store.get().launchAtLogin).toBe(true);
    expect(told.at(-1)).toBe('changed');
    expect(logs.some((line) => line.includes('Setting launch at login failed'))).toBe(true);
  });
});
