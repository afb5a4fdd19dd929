/**
 * Desktop reminders through the harness: one notification per reminder with the description and
 * the due time in words, a click that opens the popover on the item, snooze (local only, nothing
 * sent) kept apart from reschedule (a PATCH of due_at), no reminder for an item completed on the
 * server, none while paused, none again after a restart.
 *
 * Items fall due a few seconds after launch, with the lead time set to "at the due time". The
 * first test waits for its reminder in real time, to prove the app's real timers fire; the others
 * run on a controlled clock and move it on (app.advanceClock) instead of waiting.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import type { FakeOmi } from '../fake-omi/server';
import type { LaunchedApp, LaunchOptions } from '../harness';
import { test, expect } from './fixtures';
import { dueAtSent, localAt, popoverTime, runInZone } from './zone';

const KEY = 'omi_dev_reminder_key_0401';
const DESCRIPTION = 'Call the dentist about Friday';
/** On real time: long enough for launch and the first list, short enough to keep the suite quick. */
const AHEAD_MS = 15_000;
/** On the controlled clock: far enough that no launch, however slow, reaches it before the test moves time on. */
const AHEAD_ON_CLOCK_MS = 10 * 60_000;
/** How far past a reminder's time a test moves the clock before it says none (or no second one) came. */
const SETTLE_MS = 3_000;
/** Real time for work a fired timer started (a list fetch, a notification) to finish. */
const SETTLE_REAL_MS = 500;
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
});

/** A data folder whose settings say: remind at the due time (no lead). */
async function remindAtDueTime(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-reminders-'));
  await writeFile(join(dataDir, 'settings.json'), `${JSON.stringify({ reminderLeadMinutes: 0 })}\n`);
  return dataDir;
}

const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');
const lists = (omi: FakeOmi) =>
  omi.requests().filter((request) => request.method === 'GET' && request.path === '/v1/dev/user/action-items');
const reminderRegion = (page: Page) => page.getByRole('region', { name: 'Reminder' });
const snoozedLine = (page: Page) => page.getByRole('status').filter({ hasText: 'Snoozed until' });

/** Moves the app's clock SETTLE_MS past `dueMs`, then gives what fell due a moment of real time. */
async function movePast(app: LaunchedApp, dueMs: number): Promise<void> {
  await app.advanceClock(Math.max(0, dueMs - (await app.now())) + SETTLE_MS);
  await app.page.waitForTimeout(SETTLE_REAL_MS);
}

/** The reminder's moment reached: exactly one notification has come. */
async function oneReminderShown(app: LaunchedApp, dueMs: number): Promise<void> {
  await app.advanceClock(Math.max(0, dueMs - (await app.now())));
  await expect.poll(() => app.notifications()).toHaveLength(1);
}

/** An item due a while after launch (AHEAD_ON_CLOCK_MS, or AHEAD_MS on real time); `controlledClock: false` keeps the app on real time. */
async function launchWithItemDueSoon(
  launch: (options: LaunchOptions) => Promise<LaunchedApp>,
  omi: FakeOmi,
  controlledClock = true,
) {
  const dueMs = Date.now() + (controlledClock ? AHEAD_ON_CLOCK_MS : AHEAD_MS);
  omi.seed([
    { id: 'r1', description: DESCRIPTION, due_at: new Date(dueMs).toISOString() },
    { id: 'r2', description: 'Order printer paper' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir: await remindAtDueTime(), controlledClock });
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeVisible();
  return { app, dueMs };
}

test('an item due a few seconds ahead gives exactly one notification, with its description and due time, never again after a restart', async ({
  launch,
  omi,
}) => {
  // On real time: the app's own timers bring the reminder, nothing moves the clock.
  test.setTimeout(AHEAD_MS + 45_000);
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi, false);
  await expect.poll(() => app.notifications(), { timeout: AHEAD_MS + 10_000 }).toHaveLength(1);
  expect(await app.notifications()).toEqual([{ title: DESCRIPTION, body: `Due at ${format(dueMs, 'HH:mm')}` }]);

  await app.page.waitForTimeout(1_000);
  expect(await app.notifications()).toHaveLength(1);

  const state = JSON.parse(await readFile(join(app.dataDir, 'reminders.json'), 'utf8')) as {
    delivered: Record<string, string>;
  };
  expect(Object.keys(state.delivered)).toEqual(['r1']);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeVisible();
  await app.page.waitForTimeout(1_000);
  expect(await app.notifications()).toHaveLength(0);
});

test('clicking the notification opens the popover on the item, with the reminder and its choices', async ({
  launch,
  omi,
}) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  await oneReminderShown(app, dueMs);
  await app.clickNotification(0);

  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeFocused();
  const banner = reminderRegion(app.page);
  await expect(banner).toContainText(DESCRIPTION);
  // One line for the item and its time, then Mark done, Snooze (a menu), Change due date; the fine print behind "?".
  const line = await banner.locator('p').first().innerText();
  expect(line.replace(/\s+/g, ' ').trim()).toMatch(
    new RegExp(`^${DESCRIPTION} (Due|Overdue since) ${format(dueMs, 'HH:mm')}$`),
  );
  await expect(banner).not.toContainText('Due:');
  for (const name of ['Mark done', 'Snooze ▾', 'Change due date…']) {
    await expect(banner.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(banner).not.toContainText("Snooze moves only this computer's reminder");
  await banner.getByRole('button', { name: 'About snooze and the due date' }).click();
  await expect(banner).toContainText(
    "Snooze moves only this computer's reminder; a new due date reaches every device.",
  );

  // Reachable from the keyboard: back from the focused item into the banner's Snooze menu, with a visible ring.
  await app.page.getByRole('checkbox', { name: DESCRIPTION }).focus();
  const snoozeButton = banner.getByRole('button', { name: 'Snooze ▾' });
  for (
    let presses = 0;
    presses < 12 && !(await snoozeButton.evaluate((button) => button === document.activeElement));
    presses += 1
  ) {
    await app.page.keyboard.press('Shift+Tab');
  }
  await expect(snoozeButton).toBeFocused();
  expect(await snoozeButton.evaluate((button) => getComputedStyle(button).boxShadow)).not.toBe('none');
  await app.page.keyboard.press('Enter');
  const menu = banner.getByRole('menu', { name: 'Snooze' });
  for (const name of ['Snooze 10 minutes', 'Snooze 1 hour', 'Snooze until tomorrow morning']) {
    await expect(menu.getByRole('menuitem', { name, exact: true })).toBeVisible();
  }
  await expect(menu.getByRole('menuitem', { name: 'Snooze 10 minutes' })).toBeFocused();
  await app.page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Snooze 1 hour' })).toBeFocused();
  await app.page.keyboard.press('Enter');
  // The banner closes; one line says until when, and focus is back on the item.
  await expect(banner).toHaveCount(0);
  await expect(app.page.getByRole('status').filter({ hasText: 'Snoozed until' })).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeFocused();
});

test("snooze delays only this computer's reminder: no request reaches the server and no second notification comes", async ({
  launch,
  omi,
}) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  await oneReminderShown(app, dueMs);
  await app.clickNotification(0);
  const banner = reminderRegion(app.page);
  const clickedAt = await app.now();
  await banner.getByRole('button', { name: 'Snooze ▾' }).click();
  await banner.getByRole('menuitem', { name: 'Snooze 10 minutes' }).click();

  await expect(banner).toHaveCount(0);
  const snoozed = /^Snoozed until (.+)$/;
  await expect(snoozedLine(app.page)).toHaveText(snoozed);
  // The line writes the end as the popover writes any moment (with the day, were it not today).
  const until = popoverTime(clickedAt + 10 * 60_000);
  const untilLater = popoverTime((await app.now()) + 10 * 60_000);
  expect([until, untilLater]).toContain(
    (await snoozedLine(app.page).textContent())?.replace(/\s+/g, ' ').trim().match(snoozed)?.[1],
  );

  await app.advanceClock(SETTLE_MS);
  await app.page.waitForTimeout(SETTLE_REAL_MS);
  expect(await app.notifications()).toHaveLength(1);
  expect(omi.requests().filter((request) => request.method !== 'GET')).toEqual([]);
  expect(omi.items().find((item) => item.id === 'r1')?.due_at).toBe(new Date(dueMs).toISOString());
  const state = JSON.parse(await readFile(join(app.dataDir, 'reminders.json'), 'utf8')) as {
    snoozed: Record<string, string>;
  };
  expect(Object.keys(state.snoozed)).toEqual(['r1']);
});

test('Change due date in a reminder: the due-date editor opens and one PATCH carries the new due_at', async ({
  launch,
  omi,
}) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  await oneReminderShown(app, dueMs);
  await app.clickNotification(0);
  await reminderRegion(app.page).getByRole('button', { name: 'Change due date…' }).click();

  const box = app.page.getByRole('textbox', { name: 'Due date' });
  await expect(box).toBeFocused();
  await box.fill('tomorrow 5pm');
  await box.press('Enter');
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({
    path: '/v1/dev/user/action-items/r1',
    body: { due_at: dueAtSent(localAt(1, 17)) },
  });
});

test('Mark done in the reminder marks the item done on the server', async ({ launch, omi }) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  await oneReminderShown(app, dueMs);
  await app.clickNotification(0);
  await reminderRegion(app.page).getByRole('button', { name: 'Mark done' }).click();

  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/r1', body: { completed: true } });
  await expect(reminderRegion(app.page)).toHaveCount(0);
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeChecked();
});

test('an item completed on the server before its reminder gives no notification', async ({ launch, omi }) => {
  // Later than the others, so the list fetched at launch is stale when the reminder is due.
  const dueMs = Date.now() + AHEAD_ON_CLOCK_MS * 2;
  const item = { id: 'r1', description: DESCRIPTION, due_at: new Date(dueMs).toISOString() };
  omi.seed([item]);
  const app = await launch({
    apiBaseUrl: omi.url,
    apiKey: KEY,
    dataDir: await remindAtDueTime(),
    controlledClock: true,
  });
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).not.toBeChecked();
  const listsBefore = lists(omi).length;

  omi.seed([{ ...item, completed: true }]); // ticked on the phone
  await movePast(app, dueMs);
  await expect.poll(() => lists(omi).length).toBeGreaterThan(listsBefore);
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeChecked();
  expect(await app.notifications()).toEqual([]);
});

test('paused reminders give no notification; the popover says until when and resumes', async ({ launch, omi }) => {
  const dueMs = Date.now() + AHEAD_ON_CLOCK_MS * 2;
  omi.seed([{ id: 'r1', description: DESCRIPTION, due_at: new Date(dueMs).toISOString() }]);
  const app = await launch({
    apiBaseUrl: omi.url,
    apiKey: KEY,
    dataDir: await remindAtDueTime(),
    controlledClock: true,
  });
  await expect(app.page.getByRole('checkbox', { name: DESCRIPTION })).toBeVisible();

  await app.page.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Settings' });
  const pausedAt = await app.now();
  await dialog.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(dialog.getByRole('button', { name: 'Resume reminders' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The line writes the end as the popover writes any moment (with the day, were it not today).
  const pausedLine = app.page.getByText(/^Reminders are paused until .+\.$/);
  await expect(pausedLine).toBeVisible();
  const ends = [popoverTime(pausedAt + 60 * 60_000), popoverTime((await app.now()) + 60 * 60_000)].map(
    (words) => `Reminders are paused until ${words}.`,
  );
  expect(ends).toContain((await pausedLine.textContent())?.replace(/\s+/g, ' ').trim());
  expect((await app.trayState()).menu).toContain('Resume reminders');

  await movePast(app, dueMs);
  expect(await app.notifications()).toEqual([]);

  await app.page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(app.page.getByText(/^Reminders are paused until/)).toHaveCount(0);
  expect((await app.trayState()).menu).toContain('Pause reminders for 1 hour');
});

test('without a notification click (Linux), the popover still offers the reminder; Dismiss puts it aside', async ({
  launch,
  omi,
}) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  const banner = reminderRegion(app.page);
  await expect(banner).toHaveCount(0);
  await oneReminderShown(app, dueMs);

  await app.showPopover();
  await expect(banner).toContainText(DESCRIPTION);
  await expect(banner.getByRole('button', { name: 'Snooze ▾' })).toBeVisible();
  const above = await app.page.getByRole('checkbox', { name: DESCRIPTION }).boundingBox();
  await banner.getByRole('button', { name: 'Dismiss reminder' }).click();
  await expect(banner).toHaveCount(0);
  // No stray line stays where the banner was: the list moves up by the banner's whole height.
  await expect(app.page.getByRole('status').filter({ hasText: /snoozed/i })).toHaveCount(0);
  await expect(app.page.getByRole('list', { name: 'Snoozed reminders' })).toHaveCount(0);
  expect((await app.page.getByRole('checkbox', { name: DESCRIPTION }).boundingBox())!.y).toBeLessThan(above!.y);
  expect(omi.requests().filter((request) => request.method !== 'GET')).toEqual([]);
});

test('snoozing from the popover without a click says until when, tomorrow at 09:00', async ({ launch, omi }) => {
  const { app, dueMs } = await launchWithItemDueSoon(launch, omi);
  await oneReminderShown(app, dueMs);
  await app.showPopover();
  const banner = reminderRegion(app.page);
  await banner.getByRole('button', { name: 'Snooze ▾' }).click();
  await banner.getByRole('menuitem', { name: 'Snooze until tomorrow morning' }).click();
  await expect(banner).toHaveCount(0);
  await expect(snoozedLine(app.page)).toHaveText(/^Snoozed until tomorrow 09:00$/);
  expect(omi.requests().filter((request) => request.method !== 'GET')).toEqual([]);
});

test('reminders that fell due while the app was closed arrive as one grouped notification, once, and not again after a restart', async ({
  launch,
  omi,
}) => {
  const now = Date.now();
  const dataDir = await remindAtDueTime();
  // What a run that quit ten minutes ago leaves in the data folder.
  await writeFile(
    join(dataDir, 'reminders.json'),
    `${JSON.stringify({ version: 1, watchedUntil: new Date(now - 10 * 60_000).toISOString(), pausedUntil: null, snoozed: {}, delivered: {} })}\n`,
  );
  omi.seed([
    { id: 'c0', description: 'Before the app quit', due_at: new Date(now - 20 * 60_000).toISOString() },
    { id: 'c1', description: 'Book the venue', due_at: new Date(now - 8 * 60_000).toISOString() },
    { id: 'c2', description: 'Send the agenda', due_at: new Date(now - 6 * 60_000).toISOString() },
    { id: 'c3', description: 'Print the badges', due_at: new Date(now - 4 * 60_000).toISOString() },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir, controlledClock: true });
  await expect.poll(() => app.notifications()).toHaveLength(1);
  expect(await app.notifications()).toEqual([
    { title: '3 items fell due while you were away', body: 'Book the venue\nSend the agenda\nPrint the badges' },
  ]);
  await app.advanceClock(SETTLE_MS);
  await app.page.waitForTimeout(SETTLE_REAL_MS);
  expect(await app.notifications()).toHaveLength(1);

  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Book the venue' })).toBeVisible();
  await app.advanceClock(SETTLE_MS);
  await app.page.waitForTimeout(SETTLE_REAL_MS);
  expect(await app.notifications()).toEqual([]);
});
