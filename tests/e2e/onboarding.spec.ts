import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { LaunchOptions, OmiTrayApp } from '../harness';
import { YOUR_ACCOUNT } from '../fake-omi/server';
import { test, expect } from './fixtures';

const GOOD = 'omi_dev_good_key_with_write_0001';
const READ_ONLY = 'omi_dev_read_only_key_0002';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: GOOD, scopes: ['action_items:read', 'action_items:write'] });
  // A second, read-only key of the same person: it reaches the same items.
  omi.setKey({ key: READ_ONLY, scopes: ['action_items:read'], account: YOUR_ACCOUNT });
  omi.seed([{ id: 'a1', description: 'Send the contract to Ana' }]);
});

test('a refused key is reported in words and nothing is stored', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill('omi_dev_not_a_real_key');
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/refused/i);
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
  await app.restart();
  await expect(app.page.getByRole('textbox', { name: 'Omi developer key' })).toBeVisible();
});

test('a read-only key connects and says ticking needs write access', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(READ_ONLY);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  await expect(app.page.getByText(/This key can only read/)).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeDisabled();
});

test('a good key connects, shows the list and survives a restart', { tag: '@browser' }, async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(`  ${GOOD}  `);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  const auth = omi.requests().map((request) => request.headers.authorization);
  expect(
    auth.filter(Boolean).every((header) => header === `Bearer ${GOOD}` || header === 'Bearer omi_dev_not_a_real_key'),
  ).toBe(true);
});

test('connecting while the server cannot be reached says the app is offline', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  omi.setDown(true);
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(GOOD);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/offline|reach/i);
});

/** Pastes text into the focused field as the system clipboard would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Omi developer key' }).evaluate((input, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function launchAtLoginInSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' }).getByRole('checkbox', { name: 'Launch at login' });
}

/** In the double, the main process writes a real autostart entry, as an installed app does. */
async function launchAsInstalled(
  launch: (options: LaunchOptions) => Promise<OmiTrayApp>,
  apiBaseUrl: string,
  shell: unknown,
) {
  const config = await mkdtemp(join(tmpdir(), 'omi-tray-xdg-'));
  const inDouble = shell === 'electron-double';
  const app = await launch({ apiBaseUrl, ...(inDouble ? { packaged: true, env: { XDG_CONFIG_HOME: config } } : {}) });
  const entryWritten = () => (inDouble ? existsSync(join(config, 'autostart', 'omi-tray.desktop')) : null);
  return { app, entryWritten, inDouble };
}

test(
  'a first start opens setup by itself: three steps, one path in the Omi app, login ticked',
  { tag: '@browser' },
  async ({ launch, omi }, testInfo) => {
    const { app } = await launchAsInstalled(launch, omi.url, testInfo.project.metadata.shell);
    await expect.poll(() => app.popoverVisible()).toBe(true);
    const steps = app.page.getByRole('list').filter({ hasText: 'Create Key' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText('Settings → Developer → Developer API');
    await expect(steps.nth(1)).toContainText(/Write beside Action Items[\s\S]*Read beside Conversations/);
    await expect(app.page.getByRole('checkbox', { name: /login/ })).toBeChecked();
  },
);

test('a tray app with a key starts quietly: setup opens only without one', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: GOOD });
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  expect(await app.popoverVisible()).toBe(false);
});

test('Show key shows what was pasted and hides it again', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  const field = app.page.getByRole('textbox', { name: 'Omi developer key' });
  await field.fill('omi_dev_half');
  await expect(field).toHaveAttribute('type', 'password');
  const show = app.page.getByRole('button', { name: 'Show key' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue('omi_dev_half');
  await show.click();
  await expect(field).toHaveAttribute('type', 'password');
});

test('pasting a whole key connects without pressing Connect; other text waits for Connect', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await paste(app.page, 'my shopping list');
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  expect(omi.requests().filter((request) => request.headers.authorization)).toEqual([]);
  await paste(app.page, `${GOOD}\n`);
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
});

test('Enter in the key field connects', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(GOOD);
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).press('Enter');
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
});

test('connecting with launch at login ticked (as offered) turns it on for the system', async ({
  launch,
  omi,
}, testInfo) => {
  const { app, entryWritten, inDouble } = await launchAsInstalled(launch, omi.url, testInfo.project.metadata.shell);
  await expect(app.page.getByRole('checkbox', { name: 'Launch at login' })).toBeChecked();
  await paste(app.page, GOOD);
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  await expect(await launchAtLoginInSettings(app.page)).toBeChecked();
  expect(entryWritten()).toBe(inDouble ? true : null);
});

test('connecting with launch at login unticked leaves it off', async ({ launch, omi }, testInfo) => {
  const { app, entryWritten, inDouble } = await launchAsInstalled(launch, omi.url, testInfo.project.metadata.shell);
  await app.page.getByRole('checkbox', { name: 'Launch at login' }).uncheck();
  await paste(app.page, GOOD);
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  await expect(await launchAtLoginInSettings(app.page)).not.toBeChecked();
  expect(entryWritten()).toBe(inDouble ? false : null);
});

test('a development run offers launch at login unticked and says why', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  const box = app.page.getByRole('checkbox', { name: 'Launch at login' });
  await expect(box).toBeDisabled();
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription('Only the installed app can launch at login.');
});
