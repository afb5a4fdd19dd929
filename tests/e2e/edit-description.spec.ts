import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_description_key_0303';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'e1', description: 'Draft the budget' },
    { id: 'e2', description: 'Call the landlord' },
  ]);
});

/** The item's own row, found by its checkbox's name. */
const rowOf = (page: Page, description: string) =>
  page.locator('[data-item]').filter({ has: page.getByRole('checkbox', { name: description, exact: true }) });

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');

test('"Edit description" opens a textbox; Enter saves the trimmed text with one PATCH {description}', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await rowOf(app.page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await expect(box).toHaveValue('Draft the budget');
  await expect(box).toBeFocused();
  await box.fill('  Draft the 2027 budget  ');
  await box.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(app.page.getByRole('checkbox', { name: 'Draft the 2027 budget' })).toBeFocused();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({
    path: '/v1/dev/user/action-items/e1',
    body: { description: 'Draft the 2027 budget' },
  });
  expect(Object.keys(patches(omi)[0]!.body as object)).toEqual(['description']);
});

test('Escape cancels the edit and no request is sent', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const item = app.page.getByRole('checkbox', { name: 'Call the landlord' });
  await item.focus();
  await item.press('F2');
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await box.fill('Call the landlord about the boiler');
  await box.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(app.page.getByRole('checkbox', { name: 'Call the landlord' })).toBeFocused();
  // Quitting flushes whatever is queued: a cancelled edit must not be there either.
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Call the landlord' })).toBeVisible();
  expect(writes(omi)).toHaveLength(0);
});

test('Enter on a focused item opens the editor and leaving it saves', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const item = app.page.getByRole('checkbox', { name: 'Call the landlord' });
  await item.focus();
  await item.press('Enter');
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await box.fill('Call the landlord at noon');
  await app.page.getByRole('heading', { name: 'Your items' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Call the landlord at noon' })).toBeVisible();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({
    path: '/v1/dev/user/action-items/e2',
    body: { description: 'Call the landlord at noon' },
  });
});

test('300 emoji are accepted (code points, like the server) and sent as typed', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await rowOf(app.page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = app.page.getByRole('textbox', { name: 'Description' });
  const emoji = '🎉'.repeat(300);
  await box.fill(emoji);
  await expect(app.page.getByText('300 / 500')).toBeVisible();
  await box.press('Enter');
  await expect(box).toHaveCount(0);
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ description: emoji });
  await expect.poll(() => omi.items().find((item) => item.id === 'e1')?.description).toBe(emoji);
});

test('501 letters cannot be saved: the limit and the reason are shown and nothing is sent', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await rowOf(app.page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await box.fill('x'.repeat(501));
  await expect(app.page.getByText('501 / 500')).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await box.press('Enter');
  await expect(app.page.getByText('A description can have at most 500 characters; this one has 501.')).toBeVisible();
  await expect(box).toBeVisible();
  await box.press('Escape');
  expect(writes(omi)).toHaveLength(0);
});

test('an empty description cannot be saved', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await rowOf(app.page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await box.fill('   ');
  await box.press('Enter');
  await expect(app.page.getByText("A description can't be empty.")).toBeVisible();
  await box.press('Escape');
  expect(writes(omi)).toHaveLength(0);
});

test('a 422 from the server restores the old text and shows the server\'s message behind "Details"', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  omi.failNext({
    status: 422,
    method: 'PATCH',
    body: {
      detail: [
        { loc: ['body', 'description'], msg: 'Value error, Description must not contain links', type: 'value_error' },
      ],
    },
  });
  await rowOf(app.page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = app.page.getByRole('textbox', { name: 'Description' });
  await box.fill('Draft the budget https://example.com');
  await box.press('Enter');
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('Omi did not accept the change.');
  await expect(alert).not.toContainText('Description must not contain links');
  await alert.getByRole('button', { name: 'Details' }).click();
  await expect(alert.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true');
  await expect(alert).toContainText('Description must not contain links');
  await expect(app.page.getByRole('checkbox', { name: 'Draft the budget', exact: true })).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: 'Draft the budget https://example.com' })).toHaveCount(0);
  expect(patches(omi)).toHaveLength(1);
  expect(patches(omi)[0]!.body).toEqual({ description: 'Draft the budget https://example.com' });
  expect(omi.items().find((item) => item.id === 'e1')?.description).toBe('Draft the budget');
});
