/**
 * Focus is never lost: after every action (tick, untick, an editor opened and closed with Enter and
 * Escape, a description saved, a delete and its undo, Settings and Quick edit opened and closed, a
 * reminder dismissed) focus is on a sensible element: the control the action came from, the item
 * it acted on, or the first control of what opened. Never the page's body.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_focus_key_1102';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed(
    ['Fourth errand', 'Third errand', 'Second errand', 'First errand'].map((description, index) => ({
      id: `f${index}`,
      description,
      created_at: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    })),
  );
});

const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

/** Where focus is, in words: 'lost' when on the body or on an element no longer shown. */
function focusState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active === document.documentElement) return 'lost (body)';
    if (!active.isConnected) return 'lost (removed)';
    const rect = active.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return 'lost (invisible)';
    return 'kept';
  });
}

/** Focus is kept, and on this element. */
async function focusOn(page: Page, element: Locator): Promise<void> {
  await expect(element).toBeFocused();
  // Still there a moment later: nothing re-rendered it away.
  await page.waitForTimeout(300);
  await expect(element).toBeFocused();
  expect(await focusState(page)).toBe('kept');
}

test('ticking and unticking keep focus on the item, by mouse and by keyboard', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await focusOn(page, box(page, 'First errand'));

  await box(page, 'Second errand').click();
  await expect(box(page, 'Second errand')).toBeChecked();
  await focusOn(page, box(page, 'Second errand'));
  await page.keyboard.press('Space');
  await expect(box(page, 'Second errand')).not.toBeChecked();
  await focusOn(page, box(page, 'Second errand'));

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(box(page, 'Third errand')).toBeChecked();
  await focusOn(page, box(page, 'Third errand'));
  await expect.poll(() => omi.items().find((item) => item.id === 'f1')?.completed).toBe(true);
});

test('editors opened with Enter and closed with Escape, and a saved description, leave focus on the item', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await focusOn(page, box(page, 'First errand'));

  await page.keyboard.press('Enter');
  const description = page.getByRole('textbox', { name: 'Description' });
  await focusOn(page, description);
  await page.keyboard.press('Escape');
  await focusOn(page, box(page, 'First errand'));

  await page.keyboard.press('Enter');
  await description.fill('First errand, done early');
  await page.keyboard.press('Enter');
  await expect(description).toHaveCount(0);
  await focusOn(page, box(page, 'First errand, done early'));

  const row = page.locator('[data-item="f3"]');
  await row.getByRole('button', { name: /^Due date/ }).click();
  const due = page.getByRole('textbox', { name: 'Due date' });
  await focusOn(page, due);
  await page.keyboard.press('Escape');
  await expect(due).toHaveCount(0);
  await focusOn(page, box(page, 'First errand, done early'));
});

test('a delete moves focus to the next item; Undo, by button or by Ctrl+Z, brings focus back to the item', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await focusOn(page, box(page, 'First errand'));

  await page.keyboard.press('Delete');
  await expect(box(page, 'First errand')).toHaveCount(0);
  await focusOn(page, box(page, 'Second errand'));
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(box(page, 'First errand')).toBeVisible();
  await focusOn(page, box(page, 'First errand'));

  await page.keyboard.press('Delete');
  await expect(box(page, 'First errand')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(box(page, 'First errand')).toBeVisible();
  await focusOn(page, box(page, 'First errand'));

  // From the item menu: focus lands on an item, not on the menu that went away.
  await page.getByRole('button', { name: 'More actions for Third errand' }).click();
  await page.getByRole('menuitem', { name: /^Delete/ }).click();
  await expect(box(page, 'Third errand')).toHaveCount(0);
  expect(await focusState(page)).toBe('kept');
  await expect(page.locator('[data-item]').filter({ has: page.locator(':focus') })).toHaveCount(1);
});

test('Settings and Quick edit take focus when they open and give it back when they close', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await focusOn(page, box(page, 'First errand'));

  const settingsButton = page.getByRole('button', { name: 'Settings' });
  await settingsButton.click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await focusOn(page, settingsButton);
  await settingsButton.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await focusOn(page, settingsButton);

  // Quick edit: closed with its button, focus goes to the list's item.
  await box(page, 'Second errand').focus();
  await page.keyboard.press('/');
  const quick = page.getByRole('textbox', { name: 'Quick edit' });
  await focusOn(page, quick);
  await page.getByRole('button', { name: 'Close quick edit' }).click();
  await expect(quick).toHaveCount(0);
  await focusOn(page, box(page, 'Second errand'));

  // Opened from the list, Escape goes back to it; a second Escape hides; shown again, focus is on the item.
  await page.getByRole('button', { name: 'Open quick edit' }).click();
  await focusOn(page, quick);
  await page.keyboard.press('Escape');
  await expect(quick).toHaveCount(0);
  await focusOn(page, box(page, 'Second errand'));
  await page.keyboard.press('Escape');
  await expect.poll(() => app.popoverVisible()).toBe(false);
  await app.showPopover();
  await expect(quick).toHaveCount(0);
  await focusOn(page, box(page, 'Second errand'));
});

test('dismissing the reminder banner puts focus on its item', async ({ launch, omi }) => {
  omi.seed([
    {
      id: 'f9',
      description: 'Call the dentist about Friday',
      due_at: new Date(Date.now() + 10 * 60_000).toISOString(),
    },
  ]);
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-focus-'));
  await writeFile(join(dataDir, 'settings.json'), `${JSON.stringify({ reminderLeadMinutes: 0 })}\n`);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir, controlledClock: true });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Call the dentist about Friday' })).toBeVisible();
  await app.advanceClock(10 * 60_000);
  await expect.poll(() => app.notifications()).toHaveLength(1);
  await app.showPopover();
  const banner = page.getByRole('region', { name: 'Reminder' });
  await banner.getByRole('button', { name: 'Dismiss reminder' }).click();
  await expect(banner).toHaveCount(0);
  await focusOn(page, box(page, 'Call the dentist about Friday'));
});
