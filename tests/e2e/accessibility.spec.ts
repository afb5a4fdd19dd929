/**
 * The axe scan (WCAG 2.0 and 2.1, levels A and AA) of every state the popover can be in, in the light
 * and the dark theme: onboarding with an error, the checklist with every section, the item menu, both
 * editors, Quick edit with results, with none and with its key help, Settings and its sign-out
 * question, the reminder banner, the
 * waiting line, the Undo bar, an item's conversation and the read-only list. Each must have no violations at all.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { READ_WRITE, YOUR_ACCOUNT } from '../fake-omi/server';
import { pastSlowSave } from './clock-steps';
import { test, expect } from './fixtures';
import { dueAtSent, localAt, runInZone } from './zone';

const KEY = 'omi_dev_accessibility_key_0701';
const READ_ONLY_KEY = 'omi_dev_accessibility_read_key_0702';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
runInZone();

test.describe.configure({ timeout: 240_000 });

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.setKey({ key: READ_ONLY_KEY, scopes: ['action_items:read'], account: YOUR_ACCOUNT });
  omi.seed([
    { id: 'o1', description: 'Renew the passport', due_at: dueAtSent(localAt(-2, 9)) },
    { id: 't1', description: 'Call the plumber', due_at: dueAtSent(localAt(0, 23, 30)) },
    { id: 'm1', description: 'Pick up the parcel', due_at: dueAtSent(localAt(1, 10)) },
    { id: 'l1', description: 'Book the summer flights', due_at: dueAtSent(localAt(9, 12)) },
    { id: 'n1', description: 'Buy oat milk' },
    {
      id: 'n2',
      description: 'Write to the landlord about the heating, the window in the kitchen and the post box key',
    },
    { id: 'c1', description: 'Water the plants', completed: true, completed_at: dueAtSent(localAt(0, 8)) },
  ]);
});

interface AxeResult {
  violations: { id: string; impact?: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/**
 * axe-core (the engine @axe-core/playwright drives) put into the page through the debugging protocol,
 * which the page's CSP does not govern; AxeBuilder itself needs a page of its own browser context,
 * which the harness's shells do not all give.
 */
const axeSource = readFile(createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');

async function runAxe(page: Page): Promise<AxeResult> {
  const source = await axeSource;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    TAGS,
  );
}

/**
 * Waits until the transitions into the theme's colours (and any other animation that ends) have
 * finished, so contrast is measured on the colours that stay. Asking for the animations brings the
 * page's styles up to date first, so a transition the new theme starts is among them.
 */
async function transitionsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
        ),
    null,
    { polling: 50 },
  );
}

/** Every violation in words: rule, impact and the first offending element. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await transitionsDone(page);
    const result = await runAxe(page);
    for (const violation of result.violations) {
      const nodes = violation.nodes.map(
        (node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`,
      );
      found.push(`${colorScheme} ${violation.id} (${violation.impact ?? 'n/a'}): ${nodes.slice(0, 3).join(' | ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function expectClean(page: Page, state: string) {
  expect(await violations(page), state).toEqual([]);
}

const rowOf = (page: Page, description: string) =>
  page.locator('[data-item]').filter({ has: page.getByRole('checkbox', { name: description, exact: true }) });

test('onboarding with an error alert', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await expectClean(app.page, 'onboarding');
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill('omi_dev_not_a_real_key');
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/refused/i);
  await expectClean(app.page, 'onboarding with an error');
});

test('checklist, item menu, both editors, Undo bar, Settings and the waiting line', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  for (const name of ['Overdue', 'Today', 'Tomorrow', 'Later', 'No due date', 'Completed']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expectClean(page, 'checklist with every section');

  await page.getByRole('button', { name: 'More actions for Buy oat milk' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectClean(page, 'item menu open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  await rowOf(page, 'Buy oat milk').getByRole('button', { name: 'Edit description' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toBeFocused();
  await expectClean(page, 'description editor open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveCount(0);

  await rowOf(page, 'Pick up the parcel')
    .getByRole('button', { name: /^Due date/ })
    .click();
  const due = page.getByRole('textbox', { name: 'Due date' });
  await expect(due).toBeFocused();
  await due.fill('yesterday 9am');
  await expectClean(page, 'due-date editor open, a past date warned of');
  await due.fill('tomorrow 5pm');
  await expectClean(page, 'due-date editor open, a date understood');
  await page.keyboard.press('Escape');
  await expect(due).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Buy oat milk' }).click();
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();
  await expectClean(page, 'Undo bar');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expectClean(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Sign out…' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Sign out of Omi?' })).toBeVisible();
  await expectClean(page, 'the sign-out question');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Sign out of Omi?' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0);

  omi.setDown(true);
  await page.getByRole('checkbox', { name: 'Call the plumber' }).click();
  await expect(page.getByRole('checkbox', { name: 'Call the plumber' })).toBeChecked();
  await pastSlowSave(app);
  await expect(page.getByText(/waiting to sync/)).toBeVisible();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(/^You're offline;/)).toBeVisible({ timeout: 60_000 });
  await expectClean(page, 'offline, a change waiting');
  omi.setDown(false);
});

test('Quick edit with results, with none, and its key help', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeVisible();
  await app.pressShortcut();
  const box = app.page.getByRole('textbox', { name: 'Quick edit' });
  await expect(box).toBeFocused();
  await expect(app.page.getByRole('option').first()).toBeVisible();
  await expectClean(app.page, 'Quick edit with results');
  await box.fill('nothing like this');
  await expect(app.page.getByRole('option')).toHaveCount(0);
  await expectClean(app.page, 'Quick edit with no results');
  await box.fill('');
  await box.press('F1');
  await expect(app.page.getByRole('heading', { name: 'Keys', exact: true })).toBeVisible();
  await expectClean(app.page, 'Quick edit key help');
});

test('the reminder banner', async ({ launch, omi }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-a11y-'));
  await writeFile(join(dataDir, 'settings.json'), `${JSON.stringify({ reminderLeadMinutes: 0 })}\n`);
  omi.seed([
    {
      id: 'r1',
      description: 'Call the dentist about Friday',
      due_at: new Date(Date.now() + 10 * 60_000).toISOString(),
    },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir, controlledClock: true });
  await expect(app.page.getByRole('checkbox', { name: 'Call the dentist about Friday' })).toBeVisible();
  await app.advanceClock(10 * 60_000);
  await expect.poll(() => app.notifications()).toHaveLength(1);
  await app.clickNotification(0);
  await expect(app.page.getByRole('region', { name: 'Reminder' })).toBeVisible();
  await expectClean(app.page, 'reminder banner');
});

test('the read-only list', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: READ_ONLY_KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeDisabled();
  await expectClean(app.page, 'read-only list');
});

test("an item's conversation, opened from its row", async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: [...READ_WRITE, 'conversations:read'] });
  omi.seedConversations([
    {
      id: 'conv-a11y',
      title: 'Planning the launch',
      overview: 'Ana and you agreed to send the deck by Friday and to book the venue.',
      emoji: '🚀',
      category: 'work',
      started_at: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      finished_at: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    },
  ]);
  omi.seed([
    { id: 'v1', description: 'Send the deck to Ana', conversation_id: 'conv-a11y' },
    { id: 'v2', description: 'Book the venue', conversation_id: 'conv-a11y' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const row = rowOf(app.page, 'Send the deck to Ana');
  await row.hover();
  await row.getByRole('button', { name: 'Show conversation' }).click();
  await expect(row.getByRole('region', { name: 'Conversation' })).toContainText('Planning the launch');
  await expectClean(app.page, 'conversation panel');
});
