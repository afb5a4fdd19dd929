/**
 * "Why is this on my list?": an item's conversation, fetched once when first expanded, shown from
 * the cache afterwards (also after a restart), and every way it can fail shown as a calm line.
 */
import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { runInZone } from './zone';

runInZone('Europe/Berlin');

const KEY = 'omi_dev_conversation_key_0011';
const SCOPES = ['action_items:read', 'action_items:write', 'conversations:read'];
const CONVERSATION_PATH = /^\/v1\/dev\/user\/conversations\//;

const conversationReads = (omi: FakeOmi, id?: string) =>
  omi
    .requests()
    .filter((request) => CONVERSATION_PATH.test(request.path) && (id === undefined || request.path.endsWith(`/${id}`)));

function row(page: Page, description: string) {
  return page.locator('.row', { has: page.getByRole('checkbox', { name: description, exact: true }) });
}

async function expand(page: Page, description: string) {
  const item = row(page, description);
  await item.hover();
  const button = item.getByRole('button', { name: 'Show conversation' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  return item.getByRole('region', { name: 'Conversation' });
}

test(
  'expanding an item fetches its conversation once; expanding again and a restart do not fetch again',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    omi.setKey({ key: KEY, scopes: SCOPES });
    omi.seedConversations([
      {
        id: 'conv-launch',
        title: 'Planning the launch',
        overview: 'Ana and you agreed to send the deck by Friday and to book the venue.',
        emoji: '🚀',
        category: 'work',
        // Tuesday 2 December 2025, 14:05 in Berlin, for 40 minutes.
        started_at: '2025-12-02T13:05:00.000000Z',
        finished_at: '2025-12-02T13:45:00.000000Z',
      },
    ]);
    omi.seed([
      { id: 'i1', description: 'Send the deck to Ana', conversation_id: 'conv-launch' },
      { id: 'i2', description: 'Book the venue', conversation_id: 'conv-launch' },
      { id: 'i3', description: 'Water the plants' },
    ]);
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
    const { page } = app;
    await expect(page.getByRole('checkbox', { name: 'Send the deck to Ana' })).toBeVisible();
    await expect(row(page, 'Water the plants').getByRole('button', { name: 'Show conversation' })).toHaveCount(0);
    expect(conversationReads(omi)).toHaveLength(0);

    const region = await expand(page, 'Send the deck to Ana');
    await expect(region).toContainText('🚀');
    await expect(region).toContainText('Planning the launch');
    await expect(region).toContainText('Tue 14:05, 40 min');
    await expect(region).toContainText('Ana and you agreed to send the deck by Friday and to book the venue.');
    await expect(region.getByRole('button', { name: '1 more from this conversation' })).toBeVisible();
    expect(conversationReads(omi, 'conv-launch')).toHaveLength(1);

    // Collapse and expand again, and expand the other item of the same conversation: no new request.
    const button = row(page, 'Send the deck to Ana').getByRole('button', { name: 'Show conversation' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: 'Conversation' })).toHaveCount(0);
    await expect(await expand(page, 'Book the venue')).toContainText('Planning the launch');
    await expect(await expand(page, 'Send the deck to Ana')).toContainText('Tue 14:05, 40 min');
    expect(conversationReads(omi)).toHaveLength(1);

    await app.restart();
    const again = await expand(app.page, 'Send the deck to Ana');
    await expect(again).toContainText('Planning the launch');
    await expect(again).toContainText('Tue 14:05, 40 min');
    expect(conversationReads(omi)).toHaveLength(1);
  },
);

test('the items of one conversation are seen together in Quick edit, filtered by it', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: SCOPES });
  omi.seedConversations([{ id: 'conv-trip', title: 'Trip to Lisbon', overview: 'Flights, hotel and the museum.' }]);
  omi.seed([
    { id: 'a', description: 'Book flights', conversation_id: 'conv-trip' },
    { id: 'b', description: 'Book the hotel', conversation_id: 'conv-trip' },
    { id: 'c', description: 'Buy museum tickets', conversation_id: 'conv-trip' },
    { id: 'd', description: 'Book the dentist' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const region = await expand(app.page, 'Book flights');
  await region.getByRole('button', { name: '2 more from this conversation' }).click();
  const quickEdit = app.page.getByRole('textbox', { name: 'Quick edit' });
  await expect(quickEdit).toBeFocused();
  await expect(app.page.getByText('Only items from “Trip to Lisbon”')).toBeVisible();
  const options = app.page.getByRole('option');
  await expect(options).toHaveCount(3);
  await quickEdit.fill('book');
  await expect(options).toHaveCount(2);
  await app.page.getByRole('button', { name: 'Show all items' }).click();
  await expect(options).toHaveCount(3);
  await expect(app.page.getByRole('option', { name: /Book the dentist/ })).toBeVisible();
});

test('Quick edit shows the selected item conversation too', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: SCOPES });
  omi.seedConversations([{ id: 'conv-q', title: 'Weekly sync', overview: 'Status of the launch.' }]);
  omi.seed([{ id: 'q1', description: 'Prepare the agenda', conversation_id: 'conv-q' }]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Prepare the agenda' })).toBeVisible();
  await app.pressShortcut();
  await app.page.getByRole('textbox', { name: 'Quick edit' }).fill('agenda');
  const button = app.page.getByRole('button', { name: 'Show conversation' });
  // Alone above the list, it says in a word what it opens.
  await expect(button).toHaveText(/^Conversation/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(app.page.getByRole('region', { name: 'Conversation' })).toContainText('Status of the launch.');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
});

const failures: { name: string; prepare: (omi: FakeOmi) => void; scopes?: string[]; line: RegExp }[] = [
  {
    name: 'a key without the conversations scope',
    scopes: ['action_items:read', 'action_items:write'],
    prepare: () => undefined,
    line: /may not read conversations/,
  },
  { name: 'a deleted conversation', prepare: () => undefined, line: /no longer in Omi/ },
  {
    name: 'a conversation still being processed',
    prepare: (omi) => omi.seedConversations([{ id: 'conv-x', title: '', overview: '' }]),
    line: /still summarising/,
  },
  {
    name: 'Omi out of reach',
    prepare: (omi) => omi.dropConnections(1, { method: 'GET', path: CONVERSATION_PATH }),
    line: /once Omi can be reached/,
  },
  {
    name: 'the key rate-limited',
    prepare: (omi) => omi.failNext({ status: 429, headers: { 'Retry-After': '600' }, path: CONVERSATION_PATH }),
    line: /limiting requests.*in 10 minutes/,
  },
  {
    name: "the server's trouble",
    prepare: (omi) => omi.failNext({ status: 503, path: CONVERSATION_PATH }),
    line: /problem on Omi's side/,
  },
];

for (const failure of failures) {
  test(`${failure.name} is a calm line, and the item still works`, async ({ launch, omi }) => {
    omi.setKey({ key: KEY, scopes: failure.scopes ?? SCOPES });
    omi.seed([{ id: 'x1', description: 'Follow up with Sam', conversation_id: 'conv-x' }]);
    failure.prepare(omi);
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
    const region = await expand(app.page, 'Follow up with Sam');
    await expect(region).toContainText(failure.line);
    await expect(app.page.getByRole('alert')).toHaveCount(0);
    await expect(app.page.getByRole('dialog')).toHaveCount(0);
    const box = app.page.getByRole('checkbox', { name: 'Follow up with Sam' });
    await box.check();
    await expect(box).toBeChecked();
  });
}

test('an empty overview, an odd emoji and a very long title and overview read calmly', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: SCOPES });
  const longTitle = `Quarterly planning ${'and more planning '.repeat(30)}`;
  omi.seedConversations([
    { id: 'conv-empty', title: 'Quick call', overview: '', emoji: 'not an emoji' },
    { id: 'conv-long', title: longTitle, overview: 'Long. '.repeat(600), emoji: null },
  ]);
  omi.seed([
    { id: 'e1', description: 'Call back', conversation_id: 'conv-empty' },
    { id: 'l1', description: 'Write the plan', conversation_id: 'conv-long' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const empty = await expand(app.page, 'Call back');
  await expect(empty).toContainText('Quick call');
  await expect(empty).toContainText('Omi wrote no overview for this conversation.');
  await expect(empty).not.toContainText('not an emoji');
  const long = await expand(app.page, 'Write the plan');
  await expect(long).toContainText('Quarterly planning');
  await expect(long).toContainText('…');
  const box = await long.boundingBox();
  expect(box?.height ?? Infinity).toBeLessThanOrEqual(240);
});

test('while its conversation is open, the row shows its tools in place of its due date, never over it', async ({
  launch,
  omi,
}) => {
  omi.setKey({ key: KEY, scopes: SCOPES });
  omi.seedConversations([{ id: 'conv-slides', title: 'Design stand-up', overview: 'The team waits for the slides.' }]);
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3_600_000).toISOString();
  omi.seed([
    { id: 's1', description: 'Send the slides to the team', conversation_id: 'conv-slides', due_at: inTwoDays },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const { page } = app;
  const item = row(page, 'Send the slides to the team');
  // The due date in words ends with its time, as "Wed 14:05" does; the description holds no digits.
  const due = item.getByText(/\d\d:\d\d$/);
  await expect(due).toBeVisible();
  // Away from the row: neither the pointer nor the focus is on it.
  const leaveRow = async () => {
    await page.getByRole('textbox', { name: 'New item' }).focus();
    await page.mouse.move(0, 0);
  };

  await expect(await expand(page, 'Send the slides to the team')).toContainText('Design stand-up');
  await leaveRow();
  // The open conversation's toggle stays in view, so the tools stay, and the date gives way to them.
  await expect(due).toBeHidden();

  const toggle = item.getByRole('button', { name: 'Show conversation' });
  await item.hover();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await leaveRow();
  await expect(due).toBeVisible();
});

test('"Show conversation" is the first of the row\'s tools: Tab and → reach it after the item, Enter and Space toggle it', async ({
  launch,
  omi,
}) => {
  omi.setKey({ key: KEY, scopes: SCOPES });
  omi.seedConversations([
    { id: 'conv-k', title: 'Call with the landlord', overview: 'The heating gets fixed on Monday.' },
  ]);
  omi.seed([
    { id: 'k1', description: 'Be home on Monday morning', conversation_id: 'conv-k' },
    { id: 'k2', description: 'Pay the rent', conversation_id: 'conv-k' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const { page } = app;
  const box = page.getByRole('checkbox', { name: 'Be home on Monday morning' });
  const button = row(page, 'Be home on Monday morning').getByRole('button', { name: 'Show conversation' });
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Be home on Monday morning').getByRole('button', { name: 'Due date: none' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(button).toBeFocused();
  // One Tab stop per list: the other row's toggle is out of the Tab order until its row is current.
  await expect(row(page, 'Pay the rent').getByRole('button', { name: 'Show conversation' })).toHaveAttribute(
    'tabindex',
    '-1',
  );
  await box.focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('The heating gets fixed on Monday.');
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('a read-only key still shows where an item came from', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'conversations:read'] });
  omi.seedConversations([{ id: 'conv-r', title: 'Dentist call', overview: 'Check-up moved to Friday.' }]);
  omi.seed([{ id: 'r1', description: 'Go to the dentist on Friday', conversation_id: 'conv-r' }]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const region = await expand(app.page, 'Go to the dentist on Friday');
  await expect(region).toContainText('Check-up moved to Friday.');
  await expect(
    row(app.page, 'Go to the dentist on Friday').getByRole('button', { name: 'Edit description' }),
  ).toHaveCount(0);
});
