/**
 * A word typed into Quick edit only filters: no letter, digit, symbol or Space runs a command, also
 * while the box is empty. And every change Quick edit does make (keys that type nothing) offers Undo.
 */
import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { pressQuickEdit } from './quick-edit-steps';
import { dueAtSent, localAt, runInZone } from './zone';

const KEY = 'omi_dev_quick_typing_key_0413';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 't1', description: 'Dentist on Thursday', due_at: dueAtSent(localAt(2, 9)) },
    { id: 't2', description: 'Sell the old xbox' },
    { id: 't3', description: 'Reply to the landlord email', due_at: dueAtSent(localAt(1, 18)) },
  ]);
});

/** The instant a PATCH set as due date (an Undo sends the date as the list had it, in UTC). */
const sentInstant = (body: unknown): number => Date.parse((body as { due_at: string }).due_at);
const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');

async function openQuickEdit(app: { page: Page; pressShortcut(): Promise<void> }) {
  await expect(app.page.getByRole('checkbox', { name: 'Sell the old xbox' })).toBeVisible();
  return pressQuickEdit(app);
}

// Each of these ran a command before: x ticked, D cleared a date, d and e opened editors, Space
// ticked, +/- moved dates, ? opened the key list. The count is the matches the words leave.
const words: [string, number | null][] = [
  ['xbox', 1],
  ['Dentist', 1],
  ['email', 1],
  ['D', null],
  [' x+-?e', 0],
];
for (const [word, matches] of words) {
  test(`typing "${word}" into an empty Quick edit box only filters: nothing is sent, no editor opens`, async ({
    launch,
    omi,
  }) => {
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
    const box = await openQuickEdit(app);
    await box.pressSequentially(word);
    await expect(box).toHaveValue(word);
    await expect(app.page.getByRole('textbox', { name: 'Description' })).toHaveCount(0);
    await expect(app.page.getByRole('textbox', { name: 'Due date' })).toHaveCount(0);
    await expect(app.page.getByRole('region', { name: 'Keys' })).toHaveCount(0);
    if (matches !== null) await expect(app.page.getByRole('option')).toHaveCount(matches);
    // Give any stray request time to arrive: a refresh of the list is a GET and may come meanwhile.
    await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(writes(omi)).toEqual([]);
    // Every item is still open, with its due date.
    expect(omi.items().map((item) => [item.id, item.completed, item.due_at !== null])).toEqual(
      expect.arrayContaining([
        ['t1', false, true],
        ['t2', false, false],
        ['t3', false, true],
      ]),
    );
  });
}

test('the hint line and the list of keys say that typing only filters', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await openQuickEdit(app);
  await expect(app.page.locator('#quick-edit-hint')).toContainText('Typing only filters');
  await app.page.getByRole('button', { name: 'Show keys' }).click();
  const help = app.page.getByRole('region', { name: 'Keys' });
  await expect(help).toContainText('typing never changes an item');
  // A typed character closes the list and goes into the box.
  await app.page.getByRole('textbox', { name: 'Quick edit' }).press('x');
  await expect(help).toHaveCount(0);
  await expect(app.page.getByRole('textbox', { name: 'Quick edit' })).toHaveValue('x');
  expect(writes(omi)).toEqual([]);
});

test('clearing a due date from Quick edit offers Undo, which puts the date back on the server', async ({
  launch,
  omi,
}) => {
  // Kinder than deployed servers, which ignore due_at: null: this spec is about Undo, not about clearing.
  omi.setClearsDueDateOnNull(true);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.fill('dentist');
  await box.press('Control+Shift+D');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/t1',
    body: { due_at: null },
  });
  const status = app.page.getByRole('status').filter({ hasText: 'Due date cleared' });
  await expect(status).toContainText('Dentist on Thursday');
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => writes(omi).length).toBe(2);
  expect(writes(omi)[1]).toMatchObject({ method: 'PATCH', path: '/v1/dev/user/action-items/t1' });
  expect(sentInstant(writes(omi)[1]!.body)).toBe(Date.parse(dueAtSent(localAt(2, 9))));
});

test('moving a due date and editing a description from Quick edit each offer Undo', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.fill('landlord');
  await box.press('Alt+ArrowRight');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(2, 18)) });
  await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => writes(omi).length).toBe(2);
  expect(sentInstant(writes(omi)[1]!.body)).toBe(Date.parse(dueAtSent(localAt(1, 18))));

  await box.press('Enter');
  const editor = app.page.getByRole('textbox', { name: 'Description' });
  await editor.fill('Reply to the landlord');
  await editor.press('Enter');
  await expect.poll(() => writes(omi).length).toBe(3);
  expect(writes(omi)[2]!.body).toEqual({ description: 'Reply to the landlord' });
  await expect(app.page.getByRole('status')).toContainText('Description changed');
  await box.fill('');
  await box.press('Control+z');
  await expect.poll(() => writes(omi).length).toBe(4);
  expect(writes(omi)[3]!.body).toEqual({ description: 'Reply to the landlord email' });
});
