/**
 * Settings → Launch at login as the system has it, and the bottom line under Advanced (the version
 * and "Show log folder"; no path on the surface). In the electron-double shell the built main process writes a real
 * XDG autostart entry under a temp XDG_CONFIG_HOME: an installed app (app.isPackaged) starts its
 * executable or, as an AppImage, the AppImage file; a development run says in words that it cannot;
 * an unusable folder is said in words. None of these runs in the browser shell, which has no main
 * side (core's autostart entry is unit-tested with real files too).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_login_item_key_0911';
const VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed([{ id: 'l1', description: 'Water the ferns' }]);
});

async function openSettings(page: Page) {
  await expect(page.getByRole('checkbox', { name: 'Water the ferns' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Advanced names the version and no path; Show log folder asks the file manager for the log folder', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const dialog = await openSettings(app.page);
  const logFolder = join(app.dataDir, 'logs');
  await dialog.getByText('Advanced', { exact: true }).click();
  await expect(dialog.getByRole('contentinfo').getByText(`Omi Tray ${VERSION}`, { exact: true })).toBeVisible();
  expect(await dialog.textContent()).not.toContain(app.dataDir);
  await dialog.getByRole('button', { name: 'Show log folder' }).click();
  await expect.poll(() => app.openedFolders()).toEqual([logFolder]);
  await expect(dialog.getByRole('button', { name: 'Show log folder' })).toBeFocused();
});

test('a development run says in words that launch at login needs the installed app, and writes nothing', async ({
  launch,
  omi,
}) => {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, env: { XDG_CONFIG_HOME: config } });
  const dialog = await openSettings(app.page);
  const box = dialog.getByRole('checkbox', { name: 'Launch at login' });
  await expect(box).toBeDisabled();
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription('Only the installed app can launch at login.');
  expect(existsSync(join(config, 'autostart'))).toBe(false);
});

test('an installed AppImage writes an autostart entry that starts the AppImage, removes it when turned off, and shows it again after a restart', async ({
  launch,
  omi,
}) => {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  const appImage = join(config, 'Omi Tray-0.1.0.AppImage');
  const entry = join(config, 'autostart', 'omi-tray.desktop');
  const app = await launch({
    apiBaseUrl: omi.url,
    apiKey: KEY,
    packaged: true,
    env: { XDG_CONFIG_HOME: config, APPIMAGE: appImage, APPDIR: dirname(process.execPath) },
  });
  let dialog = await openSettings(app.page);
  const box = () =>
    app.page.getByRole('dialog', { name: 'Settings' }).getByRole('checkbox', { name: 'Launch at login' });
  await expect(box()).toBeEnabled();
  await expect(box()).not.toBeChecked();

  await box().check();
  await expect(box()).toBeChecked();
  await expect.poll(() => existsSync(entry)).toBe(true);
  expect(readFileSync(entry, 'utf8')).toContain(`Exec="${appImage}"`);

  await app.restart();
  dialog = await openSettings(app.page);
  await expect(box()).toBeChecked();
  await expect(box()).toHaveAccessibleDescription('');
  await box().uncheck();
  await expect.poll(() => existsSync(entry)).toBe(false);
  await expect(box()).not.toBeChecked();
  await expect(dialog).toBeVisible();
});

test('an installed app whose autostart folder cannot be used says so in words, and the box stays unticked', async ({
  launch,
  omi,
}) => {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  writeFileSync(join(config, 'autostart'), 'a file where the folder should be');
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, packaged: true, env: { XDG_CONFIG_HOME: config } });
  const dialog = await openSettings(app.page);
  const box = dialog.getByRole('checkbox', { name: 'Launch at login' });
  await box.click();
  await expect(
    dialog.getByText(
      `Launch at login could not be turned on: ${join(config, 'autostart')} cannot be used (a file stands where the folder should be).`,
    ),
  ).toBeVisible();
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();
});

test('an installed app (not an AppImage) starts its own executable at login', async ({ launch, omi }) => {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, packaged: true, env: { XDG_CONFIG_HOME: config } });
  const dialog = await openSettings(app.page);
  await dialog.getByRole('checkbox', { name: 'Launch at login' }).check();
  const entry = join(config, 'autostart', 'omi-tray.desktop');
  await expect.poll(() => existsSync(entry)).toBe(true);
  // The double runs the app's main process in this same Node binary.
  expect(readFileSync(entry, 'utf8')).toContain(`Exec="${process.execPath}"`);
});

test('an APPIMAGE the running executable is not inside is not what starts at login', async ({ launch, omi }) => {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  const app = await launch({
    apiBaseUrl: omi.url,
    apiKey: KEY,
    packaged: true,
    env: { XDG_CONFIG_HOME: config, APPIMAGE: join(config, 'not-omi.sh'), APPDIR: config },
  });
  const dialog = await openSettings(app.page);
  await dialog.getByRole('checkbox', { name: 'Launch at login' }).check();
  const entry = join(config, 'autostart', 'omi-tray.desktop');
  await expect.poll(() => existsSync(entry)).toBe(true);
  expect(readFileSync(entry, 'utf8')).toContain(`Exec="${process.execPath}"`);
});
