/**
 * Sign out asks first, from Settings, the tray menu and the read-only notice: an alert says that
 * the key leaves this computer and a new one is made in the Omi app; Cancel keeps everything.
 */
import type { Page } from '@playwright/test';
import { YOUR_ACCOUNT } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_sign_out_key_0611';
const READ_ONLY = 'omi_dev_sign_out_read_only_0612';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 's1', description: 'Send the contract to Ana' }]);
});

const question = (page: Page) => page.getByRole('alertdialog', { name: 'Sign out of Omi?' });
const item = (page: Page) => page.getByRole('checkbox', { name: 'Send the contract to Ana' });

test('Sign out… in Settings asks first; Cancel keeps the key, Sign out removes it', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(item(app.page)).toBeVisible();
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Sign out…' }).click();
  const ask = question(app.page);
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Your Omi developer key will be removed from this computer.');
  await expect(ask).toContainText('make a new key in the Omi app');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(app.page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await app.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await expect(item(app.page)).toBeEnabled();

  await app.page.getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Sign out…' }).click();
  await question(app.page).getByRole('button', { name: 'Sign out' }).click();
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
  await expect(app.page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0);
});

test("the tray menu's Sign out… opens the popover on the question; Escape keeps everything", async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(item(app.page)).toBeVisible();
  const menu = (await app.trayState()).menu;
  expect(menu.slice(-2)).toEqual(['Sign out…', 'Quit']);

  await app.clickTrayMenu('Sign out…');
  await expect.poll(() => app.popoverVisible()).toBe(true);
  const ask = question(app.page);
  await expect(ask).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(item(app.page)).toBeEnabled();
  expect(await app.popoverVisible()).toBe(true);

  await app.clickTrayMenu('Sign out…');
  await question(app.page).getByRole('button', { name: 'Sign out' }).click();
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
});

test('the read-only notice\'s "Use another key" asks first too', async ({ launch, omi }) => {
  omi.setKey({ key: READ_ONLY, scopes: ['action_items:read'], account: YOUR_ACCOUNT });
  const app = await launch({ apiBaseUrl: omi.url, apiKey: READ_ONLY });
  await expect(item(app.page)).toBeVisible();
  await app.page.getByRole('button', { name: 'Use another key' }).click();
  const ask = question(app.page);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(item(app.page)).toBeVisible();
  await app.page.getByRole('button', { name: 'Use another key' }).click();
  await question(app.page).getByRole('button', { name: 'Sign out' }).click();
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
});
