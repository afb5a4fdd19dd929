/**
 * The person's own clock: the app writes times as the system's locale does (en-US: "5:00 PM", month
 * before day; en-GB: "17:00", day before month) in rows, the tray and Settings, and Settings' Clock
 * choice overrides the system's.
 */
import type { Page } from '@playwright/test';
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { localAt, runInZone } from './zone';

const KEY = 'omi_dev_clock_key_0515';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed([
    { id: 'c1', description: 'Pay the rent', due_at: localAt(0, 17).toISOString() },
    { id: 'c2', description: 'Call the dentist', due_at: localAt(1, 9, 30).toISOString() },
  ]);
});

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const systems = [
  { locale: 'en-US', today: 'Today 5:00 PM', tomorrow: 'Tomorrow 9:30 AM', pause: 'Pause until tomorrow 9:00 AM' },
  { locale: 'en-GB', today: 'Today 17:00', tomorrow: 'Tomorrow 09:30', pause: 'Pause until tomorrow 09:00' },
];

for (const system of systems) {
  test(`on a system set to ${system.locale}, times read "${system.today}" in rows, the tray and Settings`, async ({
    launch,
    omi,
  }) => {
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, locale: system.locale });
    const page = app.page;
    await expect(page.getByRole('button', { name: `Due date: ${system.today}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Due date: ${system.tomorrow}` })).toBeVisible();
    await expect.poll(async () => (await app.trayState()).menu).toContain(`Pay the rent — ${system.today}`);
    const dialog = await openSettings(page);
    await expect(dialog.getByRole('button', { name: system.pause })).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Clock' })).toHaveValue('system');
  });
}

test('the Clock setting writes the 24-hour clock on a 12-hour system, and back', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, locale: 'en-US' });
  const page = app.page;
  await expect(page.getByRole('button', { name: 'Due date: Today 5:00 PM' })).toBeVisible();
  const dialog = await openSettings(page);
  await dialog.getByRole('combobox', { name: 'Clock' }).selectOption({ label: '24-hour (17:00)' });
  await expect(dialog.getByRole('button', { name: 'Pause until tomorrow 09:00' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Due date: Today 17:00' })).toBeVisible();
  await expect.poll(async () => (await app.trayState()).menu).toContain('Pay the rent — Today 17:00');

  await app.restart();
  await expect(app.page.getByRole('button', { name: 'Due date: Today 17:00' })).toBeVisible();
  const again = await openSettings(app.page);
  await again.getByRole('combobox', { name: 'Clock' }).selectOption({ label: 'As the system sets it' });
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(app.page.getByRole('button', { name: 'Due date: Today 5:00 PM' })).toBeVisible();
});
