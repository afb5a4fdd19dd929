/**
 * One keyboard: a chord does the same thing on a list item and in Quick edit; keys that edit text
 * (Ctrl+←/→, Delete, Backspace) only ever edit Quick edit's text; deleting takes Ctrl+Delete and
 * offers Undo; a held Delete deletes one item; Escape from "/" goes back to the list; Ctrl+F opens
 * Quick edit and F1 the one list of keys.
 */
import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { pastUndoWindow } from './clock-steps';
import { test, expect } from './fixtures';
import { dueAtSent, localAt, runInZone } from './zone';

const KEY = 'omi_dev_key_model_key_0519';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'm1', description: 'Pay the rent', due_at: dueAtSent(localAt(2, 18)) },
    { id: 'm2', description: 'Water the plants' },
    { id: 'm3', description: 'Return the library books' },
  ]);
});

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const deletes = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'DELETE');
const item = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const quickBox = (page: Page) => page.getByRole('textbox', { name: 'Quick edit' });
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));

test('Alt+→ and Ctrl+Enter do the same on a list item and in Quick edit', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const rent = item(app.page, 'Pay the rent');
  await rent.focus();
  await rent.press('Alt+ArrowRight');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/m1',
    body: { due_at: dueAtSent(localAt(3, 18)) },
  });

  await app.page.keyboard.press('Control+f');
  const box = quickBox(app.page);
  await expect(box).toBeFocused();
  await box.fill('rent');
  await box.press('Alt+ArrowRight');
  await expect.poll(() => writes(omi).length).toBe(2);
  expect(writes(omi)[1]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/m1',
    body: { due_at: dueAtSent(localAt(4, 18)) },
  });

  await box.press('Control+Enter');
  await expect.poll(() => writes(omi).length).toBe(3);
  expect(writes(omi)[2]!.body).toEqual({ completed: true });
  await box.press('Escape');
  await box.press('Escape');
  // Opened from the list, Escape on the empty box goes back to it.
  await expect(box).toHaveCount(0);
  const plants = item(app.page, 'Water the plants');
  await plants.focus();
  await plants.press('Control+Enter');
  await expect.poll(() => writes(omi).length).toBe(4);
  expect(writes(omi)[3]).toMatchObject({ path: '/v1/dev/user/action-items/m2', body: { completed: true } });
});

test('in Quick edit, Ctrl+←/→, Backspace and Delete edit the text only, also on an empty box', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(item(app.page, 'Pay the rent')).toBeVisible();
  await app.pressShortcut();
  const box = quickBox(app.page);
  await expect(box).toBeFocused();
  await box.pressSequentially('rent');
  await box.press('Control+ArrowLeft');
  await box.press('Control+ArrowRight');
  await box.press('Control+Backspace');
  await expect(box).toHaveValue('');
  await box.pressSequentially('rent');
  for (let press = 0; press < 8; press++) await box.press('Backspace');
  for (let press = 0; press < 4; press++) await box.press('Delete');
  await expect(box).toHaveValue('');
  await settle(app.page);
  expect(writes(omi)).toEqual([]);
  expect(omi.items()).toHaveLength(3);
});

test('Ctrl+Delete deletes the selected item in Quick edit with Undo, which brings it back', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  await expect(item(app.page, 'Pay the rent')).toBeVisible();
  await app.pressShortcut();
  const box = quickBox(app.page);
  await box.fill('plants');
  await box.press('Control+Delete');
  await expect(app.page.getByRole('option')).toHaveCount(0);
  const status = app.page.getByRole('status');
  await expect(status).toContainText('Deleted “Water the plants”');
  await status.getByRole('button', { name: 'Undo' }).click();
  await box.fill('');
  await expect(app.page.getByRole('option', { name: /Water the plants/ })).toHaveCount(1);
  // Undone: not sent even once the undo window has closed.
  await pastUndoWindow(app);
  await settle(app.page);
  expect(deletes(omi)).toEqual([]);
});

test('a held Delete on a list item deletes that one item only', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const rent = item(app.page, 'Pay the rent');
  await rent.focus();
  await app.page.keyboard.down('Delete');
  await expect(rent).toHaveCount(0);
  // Held down: the repeats that follow are ignored.
  await app.page.keyboard.down('Delete');
  await app.page.keyboard.down('Delete');
  await app.page.keyboard.up('Delete');
  await expect(item(app.page, 'Water the plants')).toBeVisible();
  await expect(item(app.page, 'Return the library books')).toBeVisible();
});

test('"/" opens Quick edit and Escape goes back to the list; F1 shows the one list of keys', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const plants = item(app.page, 'Water the plants');
  await expect(plants).toBeVisible();
  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(true);
  await plants.focus();
  await app.page.keyboard.press('/');
  const box = quickBox(app.page);
  await expect(box).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(plants).toBeFocused();
  expect(await app.popoverVisible()).toBe(true);

  await app.page.keyboard.press('F1');
  const keys = app.page.getByRole('region', { name: 'Keys' });
  await expect(keys).toBeVisible();
  await expect(keys.getByRole('row', { name: /Due date one day later/ })).toContainText('Alt+→');
  await expect(keys.getByRole('row', { name: /Delete the item/ })).toContainText('Ctrl+Delete');
  expect(writes(omi)).toEqual([]);
});
