/**
 * The key lives in the keychain the shell gives the app (in electron-double and electron: the real
 * Secret Service through the app's own keychain adapter), survives a restart, and Sign out removes
 * it there. OMI_TRAY_E2E, once a switch for test stand-ins, changes nothing.
 */
import { test, expect } from './fixtures';

const GOOD = 'omi_dev_good_key_with_write_0001';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: GOOD, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'a1', description: 'Send the contract to Ana' }]);
});

test('onboarding keeps the key in the keychain: after a restart the app is connected, with no memory warning; Sign out removes the entry', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(GOOD);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
  await expect.poll(() => app.storedKey()).toBe(GOOD);

  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
  await expect(app.page.getByText(/kept only until Omi Tray quits/)).toHaveCount(0);
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toHaveCount(0);

  await app.clickTrayMenu('Sign out…');
  await app.page
    .getByRole('alertdialog', { name: 'Sign out of Omi?' })
    .getByRole('button', { name: 'Sign out' })
    .click();
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
  await expect.poll(() => app.storedKey()).toBeNull();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('OMI_TRAY_E2E=1 changes nothing: the real tray icon is made and driven', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: GOOD, env: { OMI_TRAY_E2E: '1' } });
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  await expect.poll(async () => (await app.trayState()).menu).toContain('Quit');
  expect(await app.popoverVisible()).toBe(false);
  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(true);
});
