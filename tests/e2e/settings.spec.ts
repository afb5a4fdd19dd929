/**
 * Settings at the popover's default size (380 × 560): in groups (Reminders, General, Account, and
 * Advanced folded), everything but Advanced fits without scrolling, in the order people need them, and the quick-edit shortcut is recorded by pressing it (Escape cancels,
 * Reset restores the default), shown in the platform's words; a chord the system owns is refused
 * in words by the main process.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_settings_key_0801';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed([{ id: 's1', description: 'Buy oat milk' }]);
});

async function openSettings(page: Page) {
  await expect(page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Settings fit the default popover without scrolling, in groups, in the order people need them', async ({
  launch,
  omi,
}) => {
  // A data folder as long as a real one, so the bottom line wraps as it will for users.
  const dataDir = join(
    await mkdtemp(join(tmpdir(), 'omi-tray-fit-')),
    'home',
    'alexandra.example',
    '.config',
    'Omi Tray',
  );
  await mkdir(dataDir, { recursive: true });
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir });
  expect(app.page.viewportSize()).toEqual({ width: 380, height: 560 });
  const dialog = await openSettings(app.page);
  const signOut = dialog.getByRole('button', { name: 'Sign out' });
  await expect(signOut).toBeInViewport({ ratio: 1 });
  expect(await dialog.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);

  const groups = dialog.getByRole('region');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0).getByRole('heading')).toHaveText('Reminders');
  await expect(groups.nth(1).getByRole('heading')).toHaveText('General');
  await expect(groups.nth(2).getByRole('heading')).toHaveText('Account');
  await expect(groups.nth(2)).toContainText('Connected to Omi.');
  await expect(dialog.getByRole('textbox', { name: 'Server address' })).toBeHidden();

  const tops: number[] = [];
  for (const control of [
    dialog.getByRole('combobox', { name: 'Reminder lead time' }),
    dialog.getByRole('button', { name: 'Pause for 1 hour' }),
    dialog.getByRole('button', { name: 'Pause until tomorrow 09:00' }),
    dialog.getByRole('checkbox', { name: 'Launch at login' }),
    dialog.getByRole('textbox', { name: 'Quick edit shortcut' }),
    dialog.getByRole('combobox', { name: 'Clock' }),
    signOut,
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
    tops.push((await control.boundingBox())!.y);
  }
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);

  await dialog.getByText('Advanced', { exact: true }).click();
  for (const control of [
    dialog.getByRole('textbox', { name: 'Server address' }),
    dialog.getByRole('button', { name: 'Show log folder' }),
  ]) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await dialog.textContent()).not.toContain(dataDir);
});

test('the shortcut is recorded by pressing it, shown in words; Escape cancels and Reset restores the default', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const dialog = await openSettings(app.page);
  const shown = dialog.getByRole('textbox', { name: 'Quick edit shortcut' });
  await expect(shown).toHaveValue('Ctrl+Shift+Space');
  await expect(shown).not.toBeEditable();
  const record = dialog.getByRole('button', { name: /^(Record shortcut|Press keys…)$/ });
  const reset = dialog.getByRole('button', { name: 'Reset' });
  await expect(reset).toBeDisabled();

  await dialog.getByRole('button', { name: 'Record shortcut' }).click();
  await expect(record).toHaveAttribute('aria-pressed', 'true');
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Recording cancelled; the shortcut is unchanged.')).toBeVisible();
  await expect(shown).toHaveValue('Ctrl+Shift+Space');

  await record.click();
  await app.page.keyboard.down('Control');
  await app.page.keyboard.down('Alt');
  await app.page.keyboard.press('KeyO');
  await app.page.keyboard.up('Alt');
  await app.page.keyboard.up('Control');
  await expect(dialog.getByText('Saved: Ctrl+Alt+O.')).toBeVisible();
  await expect(shown).toHaveValue('Ctrl+Alt+O');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.pressShortcut();
  await expect(app.page.getByRole('textbox', { name: 'Quick edit' })).toBeFocused();
  await app.page.keyboard.press('Escape');
  await app.showPopover();

  const again = await openSettings(app.page);
  await again.getByRole('button', { name: 'Reset' }).click();
  await expect(again.getByRole('textbox', { name: 'Quick edit shortcut' })).toHaveValue('Ctrl+Shift+Space');
  await expect(again.getByRole('button', { name: 'Reset' })).toBeDisabled();
});

test('a chord the system owns is refused in words, and a key without a modifier is not taken', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const dialog = await openSettings(app.page);
  const shown = dialog.getByRole('textbox', { name: 'Quick edit shortcut' });

  await dialog.getByRole('button', { name: 'Record shortcut' }).click();
  await app.page.keyboard.press('KeyQ');
  await expect(dialog.getByText(/needs Ctrl, Alt or ⌘/)).toBeVisible();
  await expect(shown).toHaveValue('Ctrl+Shift+Space');

  await dialog.getByRole('button', { name: 'Record shortcut' }).click();
  await app.page.keyboard.press('Control+KeyC');
  await expect(dialog.getByText(/taken by the system or by every app/)).toBeVisible();
  await expect(shown).toHaveValue('Ctrl+Shift+Space');
});
