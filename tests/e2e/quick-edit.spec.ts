import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { pastUndoWindow } from './clock-steps';
import { test, expect } from './fixtures';
import { pressQuickEdit } from './quick-edit-steps';
import { dueAtSent, dueWords, localAt, runInZone } from './zone';

const KEY = 'omi_dev_quick_edit_key_0305';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'q1', description: 'Bake the crème brûlée', due_at: dueAtSent(localAt(2, 18)) },
    { id: 'q2', description: 'Email Zoë the slides' },
    { id: 'q3', description: 'Buy oat milk' },
  ]);
});

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const selectedOption = (page: Page) => page.getByRole('option', { selected: true });

async function openQuickEdit(app: { page: Page; pressShortcut(): Promise<void> }) {
  await expect(app.page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeVisible();
  return pressQuickEdit(app);
}

test('the shortcut opens quick edit with focus in the box; typing filters ignoring case and accents', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await expect(app.page.getByRole('option')).toHaveCount(3);
  await box.pressSequentially('CREME BRULEE');
  await expect(app.page.getByRole('option')).toHaveCount(1);
  await expect(app.page.getByRole('option')).toContainText('Bake the crème brûlée');
  await box.fill('zoe');
  await expect(app.page.getByRole('option')).toHaveCount(1);
  await expect(app.page.getByRole('option')).toContainText('Email Zoë the slides');
  await box.fill('nothing like this');
  await expect(app.page.getByRole('option')).toHaveCount(0);
  await expect(app.page.getByText('No items match “nothing like this”.')).toBeVisible();
  expect(writes(omi)).toHaveLength(0);
});

test('arrows move aria-selected; Ctrl+Enter ticks the selected item with one PATCH', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await expect(selectedOption(app.page)).toHaveCount(1);
  const first = (await selectedOption(app.page).textContent()) ?? '';
  await box.press('ArrowDown');
  const second = (await selectedOption(app.page).textContent()) ?? '';
  expect(second).not.toBe(first);
  await box.press('ArrowUp');
  await expect(selectedOption(app.page)).toHaveText(first);
  await box.press('ArrowDown');
  await expect(selectedOption(app.page)).toHaveText(second);
  await expect(box).toHaveValue('');

  await box.fill('oat');
  await expect(selectedOption(app.page)).toContainText('Buy oat milk');
  await box.press('Control+Enter');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/q3',
    body: { completed: true },
  });
  expect(Object.keys(writes(omi)[0]!.body as object)).toEqual(['completed']);
  await expect(selectedOption(app.page)).toHaveAttribute('aria-checked', 'true');
});

test('F1 lists every key; Escape backs out of it, then clears the filter, then hides', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.press('F1');
  const help = app.page.getByRole('region', { name: 'Keys' });
  await expect(help).toBeVisible();
  for (const line of [
    'Next item',
    'Mark done, or not done',
    'Edit the description',
    'Change the due date',
    'Due date one day later',
    'Clear the due date',
    'Delete the item',
  ]) {
    await expect(help).toContainText(line);
  }
  await box.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(app.page.getByRole('option')).toHaveCount(3);
  await box.fill('milk');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(app.page.getByRole('option')).toHaveCount(3);
  await box.press('Escape');
  // Hidden: a new press of the shortcut starts afresh with focus in the box.
  await app.pressShortcut();
  await expect(box).toBeFocused();
  expect(writes(omi)).toHaveLength(0);
});

test('Enter edits the selected description; Escape cancels without a request, Enter saves one PATCH', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.fill('zoe');
  await box.press('Enter');
  const editor = app.page.getByRole('textbox', { name: 'Description' });
  await expect(editor).toBeFocused();
  await editor.fill('Email Zoë the final slides');
  await editor.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(box).toBeFocused();
  expect(writes(omi)).toHaveLength(0);

  await box.press('Enter');
  await expect(editor).toBeFocused();
  await editor.fill('Email Zoë the final slides');
  await editor.press('Enter');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({ method: 'PATCH', path: '/v1/dev/user/action-items/q2' });
  expect(writes(omi)[0]!.body).toEqual({ description: 'Email Zoë the final slides' });
});

test('keys move the due date a day later, clear it, and delete the item with Undo offered', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const box = await openQuickEdit(app);
  await box.fill('brulee');
  await expect(selectedOption(app.page)).toContainText('Bake the crème brûlée');
  await box.press('Alt+ArrowRight');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({ method: 'PATCH', path: '/v1/dev/user/action-items/q1' });
  expect(writes(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(3, 18)) });

  await box.press('Control+Shift+D');
  await expect.poll(() => writes(omi).length).toBe(2);
  expect(writes(omi)[1]!.body).toEqual({ due_at: null });

  await box.press('Control+Delete');
  await expect(app.page.getByRole('option')).toHaveCount(0);
  await expect(app.page.getByRole('status')).toContainText('Deleted “Bake the crème brûlée”');
  await expect(app.page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(writes(omi)).toHaveLength(2);
  await pastUndoWindow(app);
  await expect.poll(() => writes(omi).length).toBe(3);
  expect(writes(omi)[2]).toMatchObject({ method: 'DELETE', path: '/v1/dev/user/action-items/q1' });
});

test('Ctrl+D opens the due-date editor for the selected item, showing what it read before saving', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.fill('oat');
  await box.press('Control+d');
  const due = app.page.getByRole('textbox', { name: 'Due date' });
  await expect(due).toBeFocused();
  await due.fill('tomorrow 9:30');
  await expect(app.page.getByText(`→ ${dueWords(localAt(1, 9, 30))}`)).toBeVisible();
  await due.press('Escape');
  await expect(due).toHaveCount(0);
  await expect(box).toBeFocused();
  expect(writes(omi)).toHaveLength(0);
  await box.press('Control+d');
  await due.fill('tomorrow 9:30');
  await due.press('Enter');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(1, 9, 30)) });
});

test('Escape with nothing left to back out of hides the popover; the shortcut shows it again in quick edit', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  expect(await app.popoverVisible()).toBe(true);
  await box.fill('oat');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  expect(await app.popoverVisible()).toBe(true);
  await box.press('Escape');
  await expect.poll(() => app.popoverVisible()).toBe(false);

  await app.pressShortcut();
  await expect.poll(() => app.popoverVisible()).toBe(true);
  await expect(box).toBeFocused();
  await expect(app.page.getByRole('option')).toHaveCount(3);
  expect(writes(omi)).toHaveLength(0);
});

test('a shortcut another app owns is reported in the popover and the tray menu; choosing another one works', async ({
  launch,
  omi,
}) => {
  const taken = 'CommandOrControl+Shift+Space';
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, takenShortcuts: [taken] });
  await expect(app.page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeVisible();
  const warning = app.page.getByText(`The quick edit shortcut ${taken} could not be registered`);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('omi-tray --quick-edit');
  await expect
    .poll(async () => (await app.trayState()).menu)
    .toContain(`Shortcut ${taken} is taken: change it in Settings`);
  await expect(app.pressShortcut()).rejects.toThrow('No global shortcut is registered');

  await app.page.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Settings' });
  const field = dialog.getByRole('textbox', { name: 'Quick edit shortcut' });
  await expect(field).toHaveValue('Ctrl+Shift+Space');
  await dialog.getByRole('button', { name: 'Record shortcut' }).click();
  await app.page.keyboard.press('Control+Alt+KeyO');
  await expect(dialog.getByText(/^Saved/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(warning).toHaveCount(0);
  await expect.poll(async () => (await app.trayState()).menu.some((line) => line.includes('is taken'))).toBe(false);
  await app.pressShortcut();
  await expect(app.page.getByRole('textbox', { name: 'Quick edit' })).toBeFocused();
});

test('a long list shows a page of matches; moving down or "show more" brings the next page', async ({
  launch,
  omi,
}) => {
  // With the three items every test here starts with: 43 in all.
  omi.seed(Array.from({ length: 40 }, (_, index) => ({ id: `p${index}`, description: `Paper ${index + 1}` })));
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Paper 1', exact: true })).toBeVisible();
  await app.pressShortcut();
  const box = app.page.getByRole('textbox', { name: 'Quick edit' });
  await expect(box).toBeFocused();
  const options = app.page.getByRole('option');
  await expect(options).toHaveCount(15);
  await expect(app.page.getByText('28 more — keep typing to narrow the list, or')).toBeVisible();

  for (let step = 0; step < 12; step++) await box.press('ArrowDown');
  await expect(options).toHaveCount(30);
  await expect(selectedOption(app.page)).toBeInViewport();

  await app.page.getByRole('button', { name: 'show more' }).click();
  await expect(options).toHaveCount(43);
  await expect(box).toBeFocused();
  await expect(app.page.getByRole('button', { name: 'show more' })).toHaveCount(0);

  // Each word anywhere: Paper 3, 13, 23 and 30–39; a new query starts from the first page.
  await box.fill('paper 3');
  await expect(options).toHaveCount(13);
  await box.fill('paper');
  await expect(options).toHaveCount(15);
  expect(writes(omi)).toHaveLength(0);
});

test('a click on an item’s circle ticks it; the letters the words matched are marked', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openQuickEdit(app);
  await box.fill('creme bru');
  const option = app.page.getByRole('option', { name: 'Bake the crème brûlée' });
  await expect(option.locator('mark')).toHaveText(['crème', 'brû']);
  await option.locator('.mark').click();
  await expect(option).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => writes(omi).length).toBe(1);
  expect(writes(omi)[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/dev/user/action-items/q1',
    body: { completed: true },
  });
  await expect(box).toBeFocused();
});
