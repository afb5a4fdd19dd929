import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsFile } from '../../../../electron/core/settings/settings-file';
import { SettingsStore } from '../../../../electron/core/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../electron/shared/settings';
import { tempDir } from '../support/temp-dir';

let dir: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => dir.remove());

const open = (warnings: string[] = []) =>
  new SettingsStore(settingsFile(join(dir.path, 'settings.json'), { onCorrupt: (m) => warnings.push(m) }));

describe('settings', () => {
  it('start from the defaults when there is no file', async () => {
    expect(await open().load()).toEqual(DEFAULT_SETTINGS);
  });

  it('are saved and read back by the next start', async () => {
    await open().update({ reminderLeadMinutes: 15, launchAtLogin: true });
    const reread = await open().load();
    expect(reread).toEqual({ ...DEFAULT_SETTINGS, reminderLeadMinutes: 15, launchAtLogin: true });
  });

  it('remember "From your conversations" folded, and read it unfolded from a file that never said', async () => {
    await open().update({ suggestionsFolded: true });
    expect((await open().load()).suggestionsFolded).toBe(true);
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify({ reminderLeadMinutes: 30 }), 'utf8');
    expect((await open().load()).suggestionsFolded).toBe(false);
  });

  it('remember the no-conversations line hidden, and read it shown from a file that never said', async () => {
    await open().update({ conversationsNoteHidden: true });
    expect((await open().load()).conversationsNoteHidden).toBe(true);
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify({ conversationsNoteHidden: 'yes' }), 'utf8');
    expect((await open().load()).conversationsNoteHidden).toBe(false);
  });

  it('fill fields missing from an older file with defaults', async () => {
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify({ reminderLeadMinutes: 30 }), 'utf8');
    expect(await open().load()).toEqual({ ...DEFAULT_SETTINGS, reminderLeadMinutes: 30 });
  });

  it('keep the rest of an older file whose shortcut is refused now, with the default shortcut', async () => {
    await writeFile(
      join(dir.path, 'settings.json'),
      JSON.stringify({ reminderLeadMinutes: 30, quickEditShortcut: 'Ctrl+Shift+T' }),
      'utf8',
    );
    const warnings: string[] = [];
    expect(await open(warnings).load()).toEqual({ ...DEFAULT_SETTINGS, reminderLeadMinutes: 30 });
    expect(warnings).toEqual([]);
  });

  it('move a file with invalid values aside, say so, and use the defaults', async () => {
    await writeFile(
      join(dir.path, 'settings.json'),
      JSON.stringify({ reminderLeadMinutes: 7, apiBaseUrl: 'ftp://x' }),
      'utf8',
    );
    const warnings: string[] = [];
    expect(await open(warnings).load()).toEqual(DEFAULT_SETTINGS);
    expect(warnings[0]).toMatch(/settings\.json could not be read/);
  });

  it('tell listeners what changed', async () => {
    const store = open();
    await store.load();
    const seen: [number, number][] = [];
    store.onChange((next, previous) => seen.push([previous.reminderLeadMinutes, next.reminderLeadMinutes]));
    await store.update({ reminderLeadMinutes: 60 });
    expect(seen).toEqual([[5, 60]]);
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8'))).toMatchObject({
      reminderLeadMinutes: 60,
    });
  });
});
