/**
 * "From your conversations": to-dos Omi heard in recent conversations that the list does not hold,
 * added with one click (one POST, through the outbox), dismissed for good, and calm about keys that
 * may not add or may not read conversations. Conversations are read when the person looks (a tray
 * click shows the popover), so each test shows it after launch and restart.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { YOUR_ACCOUNT, type FakeOmi, type SeedConversation } from '../fake-omi/server';
import type { LaunchedApp, LaunchOptions } from '../harness';
import { pastUndoWindow } from './clock-steps';
import { test, expect } from './fixtures';
import { pressQuickEdit } from './quick-edit-steps';
import { dueAtSent, localAt, runInZone } from './zone';

runInZone('Europe/Berlin');
// Restarts and several round trips each: room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const KEY = 'omi_dev_suggestions_key_1901';
const READ_ONLY_KEY = 'omi_dev_suggestions_read_key_1902';
const NO_SCOPE_KEY = 'omi_dev_suggestions_items_key_1903';
const EVERYTHING = ['action_items:read', 'action_items:write', 'conversations:read'];
const HOUR = 3_600_000;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function conversations(): SeedConversation[] {
  return [
    {
      id: 'conv-launch',
      title: 'Planning the launch',
      overview: 'Ana and you agreed to send the deck and book the venue.',
      created_at: ago(2 * HOUR),
      started_at: ago(2 * HOUR),
      action_items: [
        { description: 'Send the deck to Ana', due_at: dueAtSent(localAt(1, 17)) },
        { description: 'Book the venue', completed: true },
        { description: 'Water the plants' },
        { description: 'Call the printer' },
      ],
    },
    {
      id: 'conv-old',
      title: 'Last week',
      created_at: ago(6 * 24 * HOUR),
      started_at: ago(6 * 24 * HOUR),
      action_items: [{ description: 'Renew the old passport' }],
    },
  ];
}

const region = (page: Page) => page.getByRole('region', { name: 'From your conversations', exact: true });
const suggestion = (page: Page, words: string) => region(page).getByRole('listitem').filter({ hasText: words });
const creates = (omi: FakeOmi) =>
  omi.requests().filter((request) => request.method === 'POST' && request.path === '/v1/dev/user/action-items');
const deletes = (omi: FakeOmi) =>
  omi
    .requests()
    .filter((request) => request.method === 'DELETE' && request.path.startsWith('/v1/dev/user/action-items/'));
const onOmi = (omi: FakeOmi, words: string) => omi.items().some((item) => item.description === words);
const listReads = (omi: FakeOmi) =>
  omi.requests().filter((request) => request.method === 'GET' && request.path === '/v1/dev/user/conversations');

type Launch = (options: LaunchOptions) => Promise<LaunchedApp>;

/** The app with `apiKey`, its popover shown as a tray click shows it: conversations are read when it is. */
async function openShown(launch: Launch, omi: FakeOmi, apiKey: string, more: Partial<LaunchOptions> = {}) {
  const app = await launch({ apiBaseUrl: omi.url, apiKey, ...more });
  await app.showPopover();
  return app;
}

/** The app with the conversations key on the test's clock (undo windows are stepped), its popover shown. */
/** A conversation of an hour ago with 30 to-dos ("Follow up with client 1" to 30): more than the region's newest three. */
function seedQuarterlyReview(omi: FakeOmi): void {
  const many = Array.from({ length: 30 }, (_, index) => ({ description: `Follow up with client ${index + 1}` }));
  omi.seedConversations([
    { id: 'conv-many', title: 'Quarterly review', created_at: ago(HOUR), started_at: ago(HOUR), action_items: many },
  ]);
}

async function openOnTheClock(launch: Launch, omi: FakeOmi) {
  const app = await openShown(launch, omi, KEY, { controlledClock: true });
  return { app, page: app.page };
}

const axeSource = readFile(createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** axe-core over the whole page, in the light and the dark theme: each violation in words. */
async function violations(page: Page, include = 'body'): Promise<string[]> {
  const source = await axeSource;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(300);
    const result = await page.evaluate(
      (selector) =>
        (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResult> } }).axe.run(
          { include: [[selector]] },
          {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          },
        ),
      include,
    );
    for (const violation of result.violations)
      found.push(`${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: EVERYTHING });
  omi.setKey({ key: READ_ONLY_KEY, scopes: ['action_items:read', 'conversations:read'], account: YOUR_ACCOUNT });
  omi.setKey({ key: NO_SCOPE_KEY, scopes: ['action_items:read', 'action_items:write'], account: YOUR_ACCOUNT });
  omi.seedConversations(conversations());
  omi.seed([{ id: 'i1', description: 'water the plants.' }]);
});

test(
  'suggestions show what the list does not hold: not done, not listed, not too old',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    const app = await openShown(launch, omi, KEY);
    const page = app.page;
    await expect(suggestion(page, 'Send the deck to Ana')).toBeVisible();
    await expect(suggestion(page, 'Send the deck to Ana')).toContainText('Tomorrow 17:00');
    await expect(suggestion(page, 'Send the deck to Ana')).toContainText('Planning the launch');
    await expect(suggestion(page, 'Call the printer')).toBeVisible();
    await expect(region(page).getByRole('listitem')).toHaveCount(2);
    await expect(region(page)).not.toContainText('Book the venue');
    await expect(region(page)).not.toContainText('Water the plants');
    await expect(region(page)).not.toContainText('Renew the old passport');
    expect(listReads(omi)).toHaveLength(1);
    expect(listReads(omi)[0]?.query).toMatchObject({ limit: '100' });

    // The conversation's title opens the panel from what the list read: no read of its own.
    await suggestion(page, 'Call the printer').getByRole('button', { name: 'Planning the launch' }).click();
    await expect(region(page).getByRole('region', { name: 'Conversation' })).toContainText(
      'Ana and you agreed to send the deck and book the venue.',
    );
    expect(omi.requests().filter((request) => request.path.startsWith('/v1/dev/user/conversations/'))).toHaveLength(0);
    omi.assertNoViolations();
  },
);

test(
  'Add sends one POST with the words and due date; the item shows and the suggestion never returns',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    const app = await openShown(launch, omi, KEY);
    await suggestion(app.page, 'Send the deck to Ana').getByRole('button', { name: /^Add/ }).click();
    await expect(app.page.getByRole('checkbox', { name: 'Send the deck to Ana', exact: true })).toBeVisible();
    await expect(suggestion(app.page, 'Send the deck to Ana')).toHaveCount(0);
    await expect.poll(() => creates(omi).length).toBe(1);
    const [sent] = creates(omi);
    expect(sent?.body).toMatchObject({ description: 'Send the deck to Ana' });
    expect(Date.parse((sent?.body as { due_at: string }).due_at)).toBe(localAt(1, 17).getTime());
    await expect(app.page.getByRole('button', { name: 'Undo' })).toBeVisible();

    await suggestion(app.page, 'Call the printer').getByRole('button', { name: /^Add/ }).click();
    await expect(app.page.getByRole('checkbox', { name: 'Call the printer', exact: true })).toBeVisible();
    await expect.poll(() => creates(omi).length).toBe(2);
    expect(creates(omi)[1]?.body).toMatchObject({ description: 'Call the printer', due_at: null });

    // Done elsewhere, then a restart: the suggestion stays away, and the item keeps its conversation.
    const added = omi.items().find((item) => item.description === 'Send the deck to Ana');
    expect(added?.conversation_id).toBeNull();
    omi.seed([{ ...added, id: added?.id ?? '', completed: true }]);
    await app.restart();
    await app.showPopover();
    await expect(app.page.getByRole('checkbox', { name: 'Water the plants', exact: false })).toBeVisible();
    await expect(region(app.page)).toHaveCount(0);
    expect(creates(omi)).toHaveLength(2);
    const row = app.page
      .locator('[data-item]')
      .filter({ has: app.page.getByRole('checkbox', { name: 'Call the printer', exact: true }) });
    await row.hover();
    await row.getByRole('button', { name: 'Show conversation' }).click();
    await expect(row.getByRole('region', { name: 'Conversation' })).toContainText('Planning the launch');
    omi.assertNoViolations();
  },
);

test('Dismiss hides a suggestion for good, across a restart', { tag: '@browser' }, async ({ launch, omi }) => {
  const app = await openShown(launch, omi, KEY);
  await suggestion(app.page, 'Call the printer')
    .getByRole('button', { name: /^Dismiss/ })
    .click();
  await expect(suggestion(app.page, 'Call the printer')).toHaveCount(0);
  await expect(suggestion(app.page, 'Send the deck to Ana')).toBeVisible();
  await app.restart();
  await app.showPopover();
  await expect(suggestion(app.page, 'Send the deck to Ana')).toBeVisible();
  await expect(suggestion(app.page, 'Call the printer')).toHaveCount(0);
  expect(creates(omi)).toHaveLength(0);
});

test(
  'a read-only key sees suggestions, and Add says why it cannot, sending nothing',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    const app = await openShown(launch, omi, READ_ONLY_KEY);
    await suggestion(app.page, 'Call the printer').getByRole('button', { name: /^Add/ }).click();
    await expect(region(app.page)).toContainText('Adding needs an Omi developer key that can change items.');
    await expect(suggestion(app.page, 'Call the printer')).toBeVisible();
    expect(creates(omi)).toHaveLength(0);
  },
);

test(
  'a key that may not read conversations gets one calm line, hidden for good once read, and the checklist works',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    const app = await openShown(launch, omi, NO_SCOPE_KEY);
    await expect(region(app.page)).toContainText(
      'Your Omi developer key may not read conversations, so none are suggested here.',
    );
    await expect(region(app.page).getByRole('listitem')).toHaveCount(0);
    await app.page.getByRole('checkbox', { name: 'water the plants.', exact: true }).check();
    await expect.poll(() => omi.items().find((item) => item.id === 'i1')?.completed).toBe(true);
    await app.showPopover();
    await app.showPopover();
    expect(listReads(omi)).toHaveLength(1);

    // Said once: hidden, it stays hidden across a restart, and the checklist keeps its place.
    await region(app.page).getByRole('button', { name: 'Hide' }).click();
    await expect(region(app.page)).toHaveCount(0);
    await app.restart();
    await app.showPopover();
    await expect(app.page.getByRole('checkbox', { name: 'water the plants.', exact: true })).toBeChecked();
    await expect(region(app.page)).toHaveCount(0);
  },
);

test('Add all sends one POST per suggestion of the conversation, and one Undo removes them all', async ({
  launch,
  omi,
}) => {
  const { app, page } = await openOnTheClock(launch, omi);
  await region(page).getByRole('button', { name: 'Add all 2 from “Planning the launch”' }).click();
  await expect(page.getByRole('checkbox', { name: 'Send the deck to Ana', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Call the printer', exact: true })).toBeVisible();
  await expect(region(page)).toHaveCount(0);
  await expect
    .poll(() =>
      creates(omi)
        .map((request) => (request.body as { description: string }).description)
        .sort(),
    )
    .toEqual(['Call the printer', 'Send the deck to Ana']);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Send the deck to Ana', exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Call the printer', exact: true })).toHaveCount(0);
  await expect(suggestion(page, 'Send the deck to Ana')).toBeVisible();
  await expect(suggestion(page, 'Call the printer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  // The deletes wait out their undo window, then both go.
  await pastUndoWindow(app);
  await expect.poll(() => deletes(omi).length).toBe(2);
  expect(onOmi(omi, 'Send the deck to Ana') || onOmi(omi, 'Call the printer')).toBe(false);
  expect(creates(omi)).toHaveLength(2);
  omi.assertNoViolations();
});

test('Undo of an Add removes the item, or never sends it while it waits; the suggestion comes back', async ({
  launch,
  omi,
}) => {
  const { app, page } = await openOnTheClock(launch, omi);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });

  await suggestion(page, 'Call the printer').getByRole('button', { name: /^Add/ }).click();
  await expect.poll(() => onOmi(omi, 'Call the printer')).toBe(true);
  await undo.click();
  await expect(page.getByRole('checkbox', { name: 'Call the printer', exact: true })).toHaveCount(0);
  await expect(suggestion(page, 'Call the printer')).toBeVisible();
  // The delete waits out its undo window, then goes.
  await pastUndoWindow(app);
  await expect.poll(() => onOmi(omi, 'Call the printer')).toBe(false);
  expect(deletes(omi)).toHaveLength(1);

  // Omi cannot be reached: the create waits, and Undo takes it back before it is ever sent.
  omi.clearRequests();
  omi.setDown(true);
  await suggestion(page, 'Send the deck to Ana').getByRole('button', { name: /^Add/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Send the deck to Ana', exact: true })).toBeVisible();
  await undo.click();
  await expect(page.getByRole('checkbox', { name: 'Send the deck to Ana', exact: true })).toHaveCount(0);
  await expect(suggestion(page, 'Send the deck to Ana')).toBeVisible();
  omi.setDown(false);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect
    .poll(() =>
      omi.requests().some((request) => request.method === 'GET' && request.path === '/v1/dev/user/action-items'),
    )
    .toBe(true);
  await expect(page.getByText(/waiting to sync/)).toHaveCount(0);
  // Tries while Omi was down reached nobody (status 0); none reached Omi since, nor a delete.
  expect(creates(omi).filter((request) => request.status !== 0)).toHaveLength(0);
  expect(deletes(omi)).toHaveLength(0);
  expect(onOmi(omi, 'Send the deck to Ana')).toBe(false);
  omi.assertNoViolations();
});

test('Quick edit finds suggestions after the items, marked as such; Enter or a click adds one', async ({
  launch,
  omi,
}) => {
  const app = await openShown(launch, omi, KEY);
  const page = app.page;
  await expect(suggestion(page, 'Call the printer')).toBeVisible();
  const box = await pressQuickEdit(app);
  await box.fill('the');
  const options = page.getByRole('listbox', { name: 'Matching items' }).getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(options.nth(0)).toHaveAccessibleName('water the plants.');
  await expect(options.nth(1)).toHaveAccessibleName(
    'Suggestion: Send the deck to Ana, Tomorrow 17:00, from Planning the launch',
  );
  await expect(options.nth(2)).toHaveAccessibleName('Suggestion: Call the printer, from Planning the launch');
  await expect(options.nth(1)).toContainText('Suggestion');
  await expect(options.nth(1)).toContainText('Tomorrow 17:00');
  expect(await violations(page)).toEqual([]);

  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id')) ?? 'none');
  await box.press('Enter');
  await expect.poll(() => creates(omi).length).toBe(1);
  expect(creates(omi)[0]?.body).toMatchObject({ description: 'Call the printer', due_at: null });
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  // Now an item, no longer a suggestion.
  await expect(options.filter({ hasText: 'Suggestion' })).toHaveCount(1);
  await expect(page.getByRole('option', { name: 'Call the printer', exact: true })).toBeVisible();

  await box.fill('deck');
  await page.getByRole('option', { name: /^Suggestion: Send the deck to Ana/ }).click();
  await expect.poll(() => creates(omi).length).toBe(2);
  expect(creates(omi)[1]?.body).toMatchObject({ description: 'Send the deck to Ana' });
  await expect(page.getByRole('option', { name: 'Send the deck to Ana Tomorrow 17:00', exact: true })).toBeVisible();
  await expect(box).toBeFocused();
  omi.assertNoViolations();
});

test('a copy accepted in Omi too is named in "Since you last looked" and deleted with Undo', async ({
  launch,
  omi,
}) => {
  const { app, page } = await openOnTheClock(launch, omi);
  await suggestion(page, 'Call the printer').getByRole('button', { name: /^Add/ }).click();
  await expect.poll(() => onOmi(omi, 'Call the printer')).toBe(true);
  const addedHere = omi.items().find((item) => item.description === 'Call the printer')?.id;

  // Omi's own app still offered it, and the person accepted it there too.
  omi.seed([{ id: 'copy-1', description: 'call the printer' }]);
  await page.getByRole('button', { name: 'Refresh' }).click();
  const since = page.getByRole('region', { name: 'Since you last looked' });
  const summary = since.getByRole('button', { name: '1 possible copy' });
  await expect(summary).toBeVisible();
  await summary.click();
  await expect(since.getByRole('listitem')).toContainText('Possible copy: added here and in Omi');
  expect(await violations(page, 'section.since')).toEqual([]);

  await since.getByRole('button', { name: 'Delete copy call the printer' }).click();
  await expect(page.getByRole('checkbox', { name: 'call the printer', exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Call the printer', exact: true })).toBeVisible();
  await expect(page.getByText('Deleted “call the printer”')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'call the printer', exact: true })).toBeVisible();

  // Named again once it is back; the region opens anew.
  await summary.click();
  await since.getByRole('button', { name: 'Delete copy call the printer' }).click();
  await expect(page.getByRole('checkbox', { name: 'call the printer', exact: true })).toHaveCount(0);
  await pastUndoWindow(app);
  await expect.poll(() => deletes(omi).map((request) => request.path)).toEqual(['/v1/dev/user/action-items/copy-1']);
  expect(omi.items().map((item) => item.id)).toContain(addedHere);
  await expect(page.getByRole('region', { name: 'Since you last looked' })).toHaveCount(0);
  omi.assertNoViolations();
});

test('the conversation list stays in memory; its titles fill the conversation cache', async ({ launch, omi }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-suggestions-'));
  const app = await openShown(launch, omi, KEY, { dataDir });
  await expect(suggestion(app.page, 'Call the printer')).toBeVisible();
  await app.restart();

  // Quitting wrote every file: none holds a to-do Omi heard (nothing was decided about them).
  const files = (await readdir(dataDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const texts = await Promise.all(
    files.map(async (entry) => [entry.name, await readFile(join(entry.parentPath, entry.name), 'utf8')] as const),
  );
  expect(
    texts.filter(([, text]) => text.includes('printer') || text.includes('Send the deck to Ana')).map(([name]) => name),
  ).toEqual([]);
  // The summaries the list read are the conversation panel's cache.
  expect(texts.find(([name]) => name === 'conversations.json')?.[1]).toContain('Planning the launch');

  // So after a restart the list is read again, and the panel still needs no read of its own.
  await app.showPopover();
  await expect(suggestion(app.page, 'Call the printer')).toBeVisible();
  expect(listReads(omi)).toHaveLength(2);
  await suggestion(app.page, 'Call the printer').getByRole('button', { name: 'Planning the launch' }).click();
  await expect(region(app.page).getByRole('region', { name: 'Conversation' })).toContainText('Ana and you agreed');
  expect(omi.requests().filter((request) => request.path.startsWith('/v1/dev/user/conversations/'))).toHaveLength(0);
});

test(
  'a conversation deleted on Omi takes its suggestions with it at the next read',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    omi.seedConversations([
      ...conversations(),
      {
        id: 'conv-chat',
        title: 'Chat with Ben',
        created_at: ago(HOUR),
        started_at: ago(HOUR),
        action_items: [{ description: 'Lend Ben the book' }],
      },
    ]);
    const { app, page } = await openOnTheClock(launch, omi);
    await expect(suggestion(page, 'Lend Ben the book')).toBeVisible();
    await expect(suggestion(page, 'Call the printer')).toBeVisible();
    omi.removeConversation('conv-chat');
    // Refresh reads conversations again once the last read is ten minutes old.
    await app.advanceClock(11 * 60_000);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => listReads(omi).length).toBe(2);
    await expect(suggestion(page, 'Lend Ben the book')).toHaveCount(0);
    await expect(suggestion(page, 'Call the printer')).toBeVisible();
    omi.assertNoViolations();
  },
);

test('the region passes an axe scan in both themes', { tag: '@browser' }, async ({ launch, omi }) => {
  const app = await openShown(launch, omi, KEY);
  await expect(suggestion(app.page, 'Call the printer')).toBeVisible();
  expect(await violations(app.page, 'section[aria-label="From your conversations"]')).toEqual([]);
});

test('Quick edit finds every suggestion, not only the newest three the region shows', async ({ launch, omi }) => {
  seedQuarterlyReview(omi);
  const app = await openShown(launch, omi, KEY);
  const page = app.page;
  await expect(region(page).getByRole('listitem')).toHaveCount(3);
  const box = await pressQuickEdit(app);
  await box.fill('client 27');
  const options = page.getByRole('listbox', { name: 'Matching items' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAccessibleName('Suggestion: Follow up with client 27, from Quarterly review');
  // Quick edit hidden (Escape clears, then hides) and the list shown: the newest three again.
  await box.press('Escape');
  await box.press('Escape');
  await app.showPopover();
  await expect(region(page).getByRole('listitem')).toHaveCount(3);
  await expect(region(page).getByRole('button', { name: 'Show 29 more' })).toBeVisible();
  omi.assertNoViolations();
});

test("the tray's suggestions line focuses the region once; later reads, reopens and Quick edit leave focus and the fold alone", async ({
  launch,
  omi,
}) => {
  const { app, page } = await openOnTheClock(launch, omi);
  const heading = region(page).getByRole('heading');
  const first = page.getByRole('checkbox', { name: 'water the plants.', exact: true });
  await expect(suggestion(page, 'Call the printer')).toBeVisible();
  await expect(first).toBeFocused();

  await app.clickTrayMenu('2 suggestions from your conversations');
  await expect(heading).toBeFocused();

  // The person folds the region and goes back to the list.
  await region(page).getByRole('button', { name: 'Fold' }).click();
  await expect(heading).toHaveText('2 suggestions from your conversations');
  await first.focus();

  const leftAlone = async () => {
    await page.waitForTimeout(300);
    await expect(first).toBeFocused();
    await expect(heading).toHaveText('2 suggestions from your conversations');
    await expect(region(page).getByRole('listitem')).toHaveCount(0);
  };
  await app.showPopover();
  await leftAlone();
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Quick edit' })).toBeFocused();
  await page.keyboard.press('Escape');
  await leftAlone();

  // Both suggestions added, then a read brings a new one: the region comes back, focus stays.
  await region(page).getByRole('button', { name: 'Show' }).click();
  await region(page).getByRole('button', { name: 'Add all 2 from “Planning the launch”' }).click();
  await expect(region(page)).toHaveCount(0);
  omi.seedConversations([
    ...conversations(),
    {
      id: 'conv-new',
      title: 'Coffee with Ben',
      created_at: ago(0),
      started_at: ago(0),
      action_items: [{ description: 'Lend Ben the book' }],
    },
  ]);
  // Refresh reads conversations again once the last read is ten minutes old.
  await app.advanceClock(11 * 60_000);
  const refresh = page.getByRole('button', { name: 'Refresh' });
  await refresh.focus();
  await page.keyboard.press('Enter');
  await expect(suggestion(page, 'Lend Ben the book')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(refresh).toBeFocused();
  omi.assertNoViolations();
});

test('the region folded to one line stays folded when the popover is shown again and after a restart', async ({
  launch,
  omi,
}) => {
  const app = await openShown(launch, omi, KEY);
  const folded = async () => {
    await expect(region(app.page).getByRole('heading')).toHaveText('2 suggestions from your conversations');
    await expect(region(app.page).getByRole('button', { name: 'Show', exact: true })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(region(app.page).getByRole('listitem')).toHaveCount(0);
  };
  await expect(suggestion(app.page, 'Call the printer')).toBeVisible();
  await region(app.page).getByRole('button', { name: 'Fold' }).click();
  await folded();
  await app.page.keyboard.press('Escape');
  await expect.poll(() => app.popoverVisible()).toBe(false);
  await app.showPopover();
  await folded();
  await app.restart();
  await app.showPopover();
  await folded();
});

test('with every suggestion shown and "Since you last looked" open, the checklist\'s first rows stay in view', async ({
  launch,
  omi,
}) => {
  seedQuarterlyReview(omi);
  omi.seed(Array.from({ length: 12 }, (_, index) => ({ id: `e${index}`, description: `Errand ${index + 1}` })));
  const app = await openShown(launch, omi, KEY);
  await expect(region(app.page).getByRole('listitem')).toHaveCount(3);

  // Meanwhile, on Omi's side: items new, done and removed, counted after a restart.
  omi.seed(
    Array.from({ length: 8 }, (_, index) => ({ id: `n${index}`, description: `New from the phone ${index + 1}` })),
  );
  omi.seed([{ id: 'e2', description: 'Errand 3', completed: true }]);
  omi.removeItem('e3');
  await app.restart();
  await app.showPopover();
  const page = app.page;
  const firstRowsInView = async () => {
    const rows = page.getByRole('main').getByRole('checkbox');
    await expect(rows.first()).toBeVisible();
    for (const index of [0, 1, 2]) await expect(rows.nth(index)).toBeInViewport({ ratio: 1 });
  };
  await region(page)
    .getByRole('button', { name: /^Show \d+ more$/ })
    .click();
  await expect(region(page).getByRole('listitem')).toHaveCount(32);
  await firstRowsInView();

  const since = page.getByRole('region', { name: 'Since you last looked' });
  await since.getByRole('button', { name: /new/ }).click();
  await expect(since.getByRole('listitem')).toHaveCount(10);
  await firstRowsInView();
});

/** Tab presses from where focus is to the checklist's checkbox. */
async function tabsToTheList(page: Page): Promise<number> {
  for (let count = 1; count <= 30; count++) {
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(
      () => document.activeElement?.matches('main [data-item] input[type="checkbox"]') ?? false,
    );
    if (inList) return count;
  }
  return Number.POSITIVE_INFINITY;
}

test("the suggestions are one Tab stop with the list's keys, however many show", async ({ launch, omi }) => {
  seedQuarterlyReview(omi);
  const app = await openShown(launch, omi, KEY);
  const page = app.page;
  const rows = region(page).getByRole('listitem');
  const add = (index: number) => rows.nth(index).getByRole('button', { name: /^Add/ });
  const fold = region(page).getByRole('button', { name: 'Fold' });
  await expect(rows).toHaveCount(3);

  await fold.focus();
  await page.keyboard.press('Tab');
  await expect(add(0)).toBeFocused();
  await expect(add(0)).toHaveAccessibleName('Add “Follow up with client 1”');
  await page.keyboard.press('ArrowDown');
  await expect(add(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(add(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(add(0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(0).getByRole('button', { name: /^Dismiss/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(0).getByRole('button', { name: 'Quarterly review' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(add(0)).toBeFocused();
  // The row's three buttons, then "Show 29 more" and "Add all" as one stop, then the list.
  expect(await tabsToTheList(page)).toBe(4);

  // "Show 29 more" from the keyboard: focus goes to the first suggestion it brought.
  await page.keyboard.press('Shift+Tab');
  const toolbar = region(page).getByRole('toolbar', { name: 'All suggestions' });
  await expect(toolbar.getByRole('button', { name: 'Show 29 more' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Add all 30 from “Quarterly review”' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(32);
  await expect(add(3)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(add(31)).toBeFocused();
  await expect(add(31)).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(add(0)).toBeFocused();
  // Still a few stops to the list, with 32 suggestions and two "Add all".
  await fold.focus();
  expect(await tabsToTheList(page)).toBe(5);

  // Enter adds the focused suggestion; focus goes to the one in its place.
  await add(0).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Follow up with client 2', exact: true })).toBeVisible();
  await expect(rows).toHaveCount(31);
  await expect(add(1)).toBeFocused();
  await expect(add(1)).toHaveAccessibleName('Add “Follow up with client 3”');
  expect(await violations(page, 'section[aria-label="From your conversations"]')).toEqual([]);
  omi.assertNoViolations();
});

test('adding the suggestions one by one from the keyboard keeps focus, and the last hands it to the list', async ({
  launch,
  omi,
}) => {
  const app = await openShown(launch, omi, KEY);
  const page = app.page;
  await region(page).getByRole('button', { name: 'Fold' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add “Send the deck to Ana”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add “Call the printer”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region(page)).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('main [data-item] input[type="checkbox"]')))
    .toBe(true);
  await expect.poll(() => creates(omi).length).toBe(2);
});
