/**
 * Nothing moves under the user: a ticked item stays where it is, checked, while the pointer is over
 * the list or focus is on it (and for a moment after the tick), then moves to its section; the list
 * never scrolls by itself. Unticking in Completed and clearing a due date from the row the same, and
 * clearing a due date offers Undo.
 */
import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import type { LaunchedApp } from '../harness';
import { test, expect } from './fixtures';
import { dueAtSent, localAt, runInZone } from './zone';

const KEY = 'omi_dev_tick_in_place_key_0521';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    ...Array.from({ length: 24 }, (_, index) => ({ id: `n${index}`, description: `Errand number ${index + 1}` })),
    { id: 'd1', description: 'Renew the passport', due_at: dueAtSent(localAt(3, 10)) },
    { id: 'c1', description: 'Water the plants', completed: true },
  ]);
});

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const list = (page: Page) => page.getByRole('main');
const scrollTop = (page: Page) => list(page).evaluate((element) => element.scrollTop);
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** Past the moment a tick is held for (the app's clock moved on), and a moment of real time for the server's answer and a snapshot. */
async function settle(app: LaunchedApp): Promise<void> {
  await app.advanceClock(2_500);
  await app.page.waitForTimeout(300);
}

test('a ticked item stays in place, checked, while the pointer is on the list; the list does not scroll; it moves once the pointer leaves', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  const box = page.getByRole('checkbox', { name: 'Errand number 12', exact: true });
  await expect(box).toBeAttached();
  await list(page).evaluate((element) => (element.scrollTop = 250));
  await expect(box).toBeInViewport();
  const before = { top: await scrollTop(page), y: (await box.boundingBox())!.y };

  await box.click();
  await expect(box).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'n11')?.completed).toBe(true);
  await settle(app);
  await expect(
    section(page, 'No due date').getByRole('checkbox', { name: 'Errand number 12', exact: true }),
  ).toBeChecked();
  expect(await scrollTop(page)).toBe(before.top);
  expect((await box.boundingBox())!.y).toBe(before.y);

  // Away from the list (and focus elsewhere), it goes where done items go.
  await page.mouse.move(5, 5);
  await page.getByRole('textbox', { name: 'New item' }).focus();
  await expect(
    section(page, 'Completed').getByRole('checkbox', { name: 'Errand number 12', exact: true }),
  ).toBeChecked();
  expect(await scrollTop(page)).toBe(before.top);
  expect(writes(omi)).toHaveLength(1);
});

test('ticked from the keyboard, the item stays while focus is on it and moves when focus leaves', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  await page.mouse.move(5, 5);
  const box = page.getByRole('checkbox', { name: 'Errand number 3', exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'n2')?.completed).toBe(true);
  await settle(app);
  await expect(
    section(page, 'No due date').getByRole('checkbox', { name: 'Errand number 3', exact: true }),
  ).toBeFocused();
  await page.getByRole('textbox', { name: 'New item' }).focus();
  await expect(
    section(page, 'Completed').getByRole('checkbox', { name: 'Errand number 3', exact: true }),
  ).toBeChecked();
});

test('unticking in Completed leaves the item there until the pointer leaves the list', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  const box = section(page, 'Completed').getByRole('checkbox', { name: 'Water the plants' });
  await box.scrollIntoViewIfNeeded();
  const top = await scrollTop(page);
  await box.click();
  await expect(box).not.toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'c1')?.completed).toBe(false);
  await settle(app);
  await expect(box).not.toBeChecked();
  expect(await scrollTop(page)).toBe(top);
  await page.mouse.move(5, 5);
  await page.getByRole('textbox', { name: 'New item' }).focus();
  await expect(section(page, 'No due date').getByRole('checkbox', { name: 'Water the plants' })).not.toBeChecked();
});

test('clearing a due date in the row’s date editor offers Undo and keeps the row in place under the pointer', async ({
  launch,
  omi,
}) => {
  // Kinder than deployed servers, which ignore due_at: null: this spec is about Undo and the row's place.
  omi.setClearsDueDateOnNull(true);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  const row = page.locator('[data-item="d1"]');
  await row.hover();
  const y = (await row.boundingBox())!.y;
  // Clearing is in the date editor (no bare × on the row).
  await row.getByRole('button', { name: /^Due date/ }).click();
  await row.locator('.due-editor').getByRole('button', { name: 'Clear due date' }).click();
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/d1',
    body: { due_at: null },
  });
  const status = page.getByRole('status').filter({ hasText: 'Due date cleared' });
  await expect(status).toContainText('Renew the passport');
  await settle(app);
  // Still where it was, in the section it was in.
  await expect(section(page, 'Later').getByRole('checkbox', { name: 'Renew the passport' })).toBeVisible();
  expect((await row.boundingBox())!.y).toBe(y);

  await status.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => writes(omi).length).toBe(2);
  expect(Date.parse((writes(omi)[1]!.body as { due_at: string }).due_at)).toBe(localAt(3, 10).getTime());
});
