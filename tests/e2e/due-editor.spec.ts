/**
 * The due-date editor commits what it understood: on Enter, on "Set", and when focus leaves it
 * (with Undo offered, so nothing is kept silently); text it did not understand is dropped on leaving.
 * A date in the past is a warning; in Quick edit the editor says which item it edits.
 */
import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { dueAtSent, dueWords, localAt, runInZone } from './zone';

const KEY = 'omi_dev_due_editor_key_0844';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'e1', description: 'Submit the expense report' }]);
});

const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');

async function openDueEditor(page: Page) {
  await page
    .locator('[data-item="e1"]')
    .getByRole('button', { name: /^Due date/ })
    .click();
  const box = page.getByRole('textbox', { name: 'Due date' });
  await expect(box).toBeFocused();
  return box;
}

test('"Set" saves the date that was understood', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page);
  await box.fill('tomorrow 5pm');
  await expect(app.page.getByText(`→ ${dueWords(localAt(1, 17))}`)).toBeVisible();
  await app.page.getByRole('button', { name: 'Set', exact: true }).click();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(1, 17)) });
  await expect(box).toHaveCount(0);
});

test('leaving the editor with an understood date saves it and offers Undo; text not understood is dropped', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page);
  await box.fill('whenever');
  await app.page.getByRole('textbox', { name: 'New item' }).focus();
  await expect(box).toHaveCount(0);
  await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(patches(omi)).toHaveLength(0);

  await openDueEditor(app.page);
  await box.fill('tomorrow 5pm');
  await expect(app.page.getByText(`→ ${dueWords(localAt(1, 17))}`)).toBeVisible();
  await app.page.getByRole('textbox', { name: 'New item' }).focus();
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]!.body).toEqual({ due_at: dueAtSent(localAt(1, 17)) });
  await expect(app.page.getByRole('status')).toContainText('Due date set');
  await expect(app.page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();
});

test('a date in the past is shown as a warning, not as a success', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = await openDueEditor(app.page);
  await box.fill('yesterday 9am');
  const note = app.page.getByText('that is in the past');
  await expect(note).toBeVisible();
  const [colour, warn] = await note.evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--warn)';
    element.append(probe);
    const colours = [getComputedStyle(element).color, getComputedStyle(probe).color];
    probe.remove();
    return colours;
  });
  expect(colour).toBe(warn);
});

test('in Quick edit the due-date editor names the item it edits', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Submit the expense report' })).toBeVisible();
  await app.pressShortcut();
  const quick = app.page.getByRole('textbox', { name: 'Quick edit' });
  await quick.fill('expense');
  await quick.press('Control+d');
  await expect(app.page.getByRole('textbox', { name: 'Due date' })).toBeFocused();
  await expect(app.page.getByText('Due date of “Submit the expense report”')).toBeVisible();
});
