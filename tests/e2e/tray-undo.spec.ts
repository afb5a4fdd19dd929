/**
 * A tick from the tray menu gets the popover's Undo: a notification says what was done, and the
 * popover opened soon after offers Undo, which marks the item not done again.
 */
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_tray_undo_key_0623';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'u1', description: 'Water the plants' },
    { id: 'u2', description: 'Renew the passport' },
  ]);
});

const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');

test('marking done from the tray says "Marked done" in a notification, and the popover opened then offers Undo', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  // The tray lists items once the first sync lands, which on a busy machine can take a while.
  await expect.poll(async () => (await app.trayState()).menu, { timeout: 30_000 }).toContain('Water the plants');
  expect(await app.popoverVisible()).toBe(false);

  await app.clickTrayMenu('Water the plants');
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/u1', body: { completed: true } });
  await expect.poll(() => app.notifications()).toEqual([{ title: 'Marked done', body: 'Water the plants' }]);

  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(true);
  const undo = app.page.getByRole('status').getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await undo.click();
  await expect.poll(() => patches(omi).length).toBe(2);
  expect(patches(omi)[1]).toMatchObject({ path: '/v1/dev/user/action-items/u1', body: { completed: false } });
  await expect(app.page.getByRole('checkbox', { name: 'Water the plants' })).not.toBeChecked();
});
