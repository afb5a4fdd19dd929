import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { dueAtSent, dueWords, localAt, runInZone } from './zone';

const KEY = 'omi_dev_due_key_0304';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'u1', description: 'Submit the expense report' },
    { id: 'u2', description: 'Return the library books', due_at: dueAtSent(localAt(3, 12)) },
  ]);
});

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');

const rowOf = (page: Page, description: string) =>
  page.locator('[data-item]').filter({ has: page.getByRole('checkbox', { name: description, exact: true }) });

async function openDueEditor(page: Page, description: string) {
  await rowOf(page, description)
    .getByRole('button', { name: /^Due date/ })
    .click();
  const box = page.getByRole('textbox', { name: 'Due date' });
  await expect(box).toBeFocused();
  return box;
}

test("natural language is read before saving, in the person's clock, and sent as a local date-time with offset", async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page, 'Submit the expense report');
  await box.fill('tomorrow 5pm');
  const due = localAt(1, 17);
  await expect(app.page.getByText(`→ ${dueWords(due)}`)).toBeVisible();
  expect(writes(omi)).toHaveLength(0);
  await box.press('Enter');
  await expect(box).toHaveCount(0);
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/u1' });
  expect(patches(omi)[0]!.body).toEqual({ due_at: dueAtSent(due) });
  expect(dueAtSent(due)).toMatch(/[+-]\d\d:\d\d$/);
  await expect(
    rowOf(app.page, 'Submit the expense report').getByRole('button', { name: /^Due date: Tomorrow/ }),
  ).toBeVisible();
});

test('a date without a time gets 09:00, shown before saving', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page, 'Submit the expense report');
  const day = localAt(10, 9);
  await box.fill(format(day, 'MMM d'));
  await expect(app.page.getByText(`→ ${dueWords(day)} · no time given, so 09:00`)).toBeVisible();
  await box.press('Enter');
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: dueAtSent(day) });
});

test('text that is not a date is refused in words, Enter sends nothing, Escape cancels', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page, 'Submit the expense report');
  await box.fill('whenever the moon is blue');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(app.page.getByText("Couldn't read “whenever the moon is blue” as a date.")).toBeVisible();
  await box.press('Enter');
  await expect(box).toBeVisible();
  await box.press('Escape');
  await expect(box).toHaveCount(0);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Submit the expense report' })).toBeVisible();
  expect(writes(omi)).toHaveLength(0);
});

test('a preset sets the due date in one click', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await openDueEditor(app.page, 'Submit the expense report');
  await expect(app.page.getByRole('button', { name: 'Next week' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Tomorrow morning' }).click();
  await expect(app.page.getByRole('textbox', { name: 'Due date' })).toHaveCount(0);
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(1, 9)) });
});

test('"Clear due date" sends due_at: null; the row itself has no bare clear button', async ({ launch, omi }) => {
  omi.setClearsDueDateOnNull(true);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await rowOf(app.page, 'Return the library books').hover();
  await expect(rowOf(app.page, 'Return the library books').getByRole('button', { name: 'Clear due date' })).toHaveCount(
    0,
  );
  await openDueEditor(app.page, 'Return the library books');
  await app.page.locator('.due-editor').getByRole('button', { name: 'Clear due date' }).click();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/u2' });
  expect(patches(omi)[0]!.body).toEqual({ due_at: null });
  await expect.poll(() => omi.items().find((item) => item.id === 'u2')?.due_at ?? null).toBeNull();
  await expect(
    rowOf(app.page, 'Return the library books').getByRole('button', { name: 'Due date: none' }),
  ).toBeAttached();
});

test('"Clear due date" inside the editor sends due_at: null too', async ({ launch, omi }) => {
  omi.setClearsDueDateOnNull(true);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await openDueEditor(app.page, 'Return the library books');
  await app.page.locator('.due-editor').getByRole('button', { name: 'Clear due date' }).click();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: null });
});

test('a server that cannot clear due dates gets a clear message and the date stays', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await openDueEditor(app.page, 'Return the library books');
  await app.page.locator('.due-editor').getByRole('button', { name: 'Clear due date' }).click();
  await expect(app.page.getByRole('alert')).toContainText("can't clear due dates");
  await expect(
    rowOf(app.page, 'Return the library books').getByRole('button', { name: /^Due date: (?!none)/ }),
  ).toBeVisible();
  expect(patches(omi)).toHaveLength(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: null });
  expect(omi.items().find((item) => item.id === 'u2')?.due_at).not.toBeNull();
});
