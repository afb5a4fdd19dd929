import type { FakeOmi } from '../fake-omi/server';
import { pastUndoWindow } from './clock-steps';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_delete_key_0302';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'd1', description: 'Cancel the gym membership' },
    { id: 'd2', description: 'Pick up the dry cleaning' },
  ]);
});

const deletes = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'DELETE');
const deletesAnswered = (omi: FakeOmi) =>
  deletes(omi).filter((request) => request.status >= 200 && request.status < 300);

test('Delete on a focused item hides it at once, offers Undo, and sends DELETE only when the undo window closes', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = app.page.getByRole('checkbox', { name: 'Cancel the gym membership' });
  await box.focus();
  await box.press('Delete');
  await expect(box).toHaveCount(0);
  const status = app.page.getByRole('status').filter({ hasText: 'Cancel the gym membership' });
  await expect(status).toContainText('Deleted');
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  // Focus moved on to the next item rather than being lost with the row.
  await expect(app.page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toBeFocused();
  expect(deletes(omi)).toHaveLength(0);
  expect(omi.items().some((item) => item.id === 'd1')).toBe(true);

  await expect.poll(() => deletes(omi).length, { timeout: 12_000 }).toBe(1);
  expect(deletes(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/d1', status: 200 });
  expect(deletes(omi)[0]!.body).toBeUndefined();
  expect(omi.items().some((item) => item.id === 'd1')).toBe(false);
  await expect(status.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('the item menu is keyboard operable: arrows move, Escape closes and gives focus back, Delete deletes', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  const more = page.getByRole('button', { name: 'More actions for Pick up the dry cleaning' });
  await more.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items).toHaveText(['Edit description', 'Change due date', 'Delete']);
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Edit description' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Deleted “Pick up the dry cleaning”');
  expect(deletes(omi)).toHaveLength(0);
  await pastUndoWindow(app);
  await expect.poll(() => deletes(omi).length).toBe(1);
  expect(deletes(omi)[0]!.path).toBe('/v1/dev/user/action-items/d2');
});

test('the menu can open the description and due-date editors', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await page.getByRole('button', { name: 'More actions for Cancel the gym membership' }).click();
  await page.getByRole('menuitem', { name: 'Edit description' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'More actions for Cancel the gym membership' }).click();
  await page.getByRole('menuitem', { name: 'Change due date' }).click();
  await expect(page.getByRole('textbox', { name: 'Due date' })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(omi.requests().filter((request) => request.method !== 'GET')).toHaveLength(0);
});

test('Undo brings the item back and no DELETE is ever sent, not even on quitting', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await app.page.getByRole('button', { name: 'More actions for Cancel the gym membership' }).click();
  await app.page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toHaveCount(0);
  await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toBeVisible();
  await expect(app.page.getByRole('status').getByRole('button', { name: 'Undo' })).toHaveCount(0);
  // Quitting sends every delete still waiting: an undone one must not be among them.
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toBeVisible();
  expect(deletes(omi)).toHaveLength(0);
  expect(omi.items().some((item) => item.id === 'd1')).toBe(true);
});

test('quitting inside the undo window still deletes, exactly once', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = app.page.getByRole('checkbox', { name: 'Cancel the gym membership' });
  await box.focus();
  await box.press('Delete');
  await expect(box).toHaveCount(0);
  expect(deletes(omi)).toHaveLength(0);
  await app.restart();
  expect(deletesAnswered(omi)).toHaveLength(1);
  expect(deletes(omi)[0]!.path).toBe('/v1/dev/user/action-items/d1');
  await expect(app.page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toHaveCount(0);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toBeVisible();
  expect(deletes(omi)).toHaveLength(1);
});

test('a delete made while the server is down and then quit is delivered once on the next start', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = app.page.getByRole('checkbox', { name: 'Cancel the gym membership' });
  await expect(box).toBeVisible();
  omi.setDown(true);
  await box.focus();
  await box.press('Delete');
  await expect(box).toHaveCount(0);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toHaveCount(0);
  omi.setDown(false);
  await app.restart();
  await expect.poll(() => deletesAnswered(omi).length, { timeout: 15_000 }).toBe(1);
  expect(deletesAnswered(omi)[0]!.path).toBe('/v1/dev/user/action-items/d1');
  expect(omi.items().some((item) => item.id === 'd1')).toBe(false);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Pick up the dry cleaning' })).toBeVisible();
  expect(deletesAnswered(omi)).toHaveLength(1);
});

test('Ctrl+Z right after a keyboard delete takes it back; nothing is sent', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = app.page.getByRole('checkbox', { name: 'Cancel the gym membership' });
  await box.focus();
  await box.press('Delete');
  await expect(box).toHaveCount(0);
  await app.page.keyboard.press('Control+z');
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toBeVisible();
  await expect(app.page.getByRole('status').getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Cancel the gym membership' })).toBeVisible();
  expect(deletes(omi)).toHaveLength(0);
});
