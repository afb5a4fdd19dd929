/**
 * The tray through the harness: overdue count and tooltip, the next open items as menu entries
 * that tick them (the core job where tray clicks never arrive), the menu following the items, and
 * pausing reminders from the menu.
 */
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';
import { runInZone } from './zone';

const KEY = 'omi_dev_tray_key_0402';
const HOUR_MS = 60 * 60_000;
// About midday where the spec runs, so "due today" cannot turn over under it.
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
});

const patches = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'PATCH');
const iso = (ms: number) => new Date(ms).toISOString();

test('the tray counts past-due items and says so in its tooltip', async ({ launch, omi }) => {
  const now = Date.now();
  omi.seed([
    { id: 't1', description: 'Renew the passport', due_at: iso(now - 2 * HOUR_MS) },
    { id: 't2', description: 'Pay the electricity bill', due_at: iso(now - 26 * HOUR_MS) },
    { id: 't3', description: 'Water the plants' },
    { id: 't4', description: 'Finished long ago', due_at: iso(now - 3 * HOUR_MS), completed: true },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Renew the passport' })).toBeVisible();

  await expect.poll(async () => (await app.trayState()).overdue).toBe(2);
  expect((await app.trayState()).tooltip).toMatch(/^Omi Tray — 2 past due/);
});

test('the tooltip also counts what is still due today', async ({ launch, omi }) => {
  const now = Date.now();
  omi.seed([
    { id: 't1', description: 'Renew the passport', due_at: iso(now - HOUR_MS) },
    { id: 't2', description: 'Collect the parcel', due_at: iso(now + 20 * 60_000) },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Collect the parcel' })).toBeVisible();
  await expect.poll(async () => (await app.trayState()).tooltip).toBe('Omi Tray — 1 past due, 1 due today');
  expect((await app.trayState()).overdue).toBe(1);
});

test('the menu lists the next open items, most urgent first, and ticking one completes it on the server', async ({
  launch,
  omi,
}) => {
  const now = Date.now();
  omi.seed([
    { id: 't1', description: 'Water the plants' },
    { id: 't2', description: 'Renew the passport', due_at: iso(now - 2 * HOUR_MS) },
    { id: 't3', description: 'Book the train', due_at: iso(now + 50 * HOUR_MS) },
    { id: 't4', description: 'Already done', completed: true },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Water the plants' })).toBeVisible();

  await expect.poll(async () => (await app.trayState()).menu).toContain('Water the plants');
  const menu = (await app.trayState()).menu;
  const items = menu.filter((label) => /^(Water|Renew|Book|Already)/.test(label));
  expect(items).toHaveLength(3);
  expect(items[0]).toMatch(/^Renew the passport — /);
  expect(items[1]).toMatch(/^Book the train — /);
  expect(items[2]).toBe('Water the plants');

  await app.clickTrayMenu('Water the plants');
  await expect.poll(() => patches(omi).length).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/t1', body: { completed: true } });
  await expect(app.page.getByRole('checkbox', { name: 'Water the plants' })).toBeChecked();
  await expect.poll(async () => (await app.trayState()).menu).not.toContain('Water the plants');
});

test('the menu follows items added and ticked in the popover', async ({ launch, omi }) => {
  omi.seed([{ id: 't1', description: 'Water the plants' }]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect.poll(async () => (await app.trayState()).menu).toContain('Water the plants');

  await app.page.getByRole('textbox', { name: 'New item' }).fill('Buy a birthday card');
  await app.page.getByRole('textbox', { name: 'New item' }).press('Enter');
  await expect.poll(async () => (await app.trayState()).menu).toContain('Buy a birthday card');

  await app.page.getByRole('checkbox', { name: 'Water the plants' }).check();
  await expect.poll(async () => (await app.trayState()).menu).not.toContain('Water the plants');
});

test('pausing reminders from the tray menu shows until when, and the popover offers to resume', async ({
  launch,
  omi,
}) => {
  omi.seed([{ id: 't1', description: 'Water the plants' }]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect.poll(async () => (await app.trayState()).menu).toContain('Pause reminders until tomorrow morning');

  await app.clickTrayMenu('Pause reminders until tomorrow morning');
  await expect.poll(async () => (await app.trayState()).menu).toContain('Resume reminders');
  const state = await app.trayState();
  expect(state.menu).toContain('Reminders paused until tomorrow 09:00');
  expect(state.tooltip).toMatch(/reminders paused$/);
  await expect(app.page.getByText(/^Reminders are paused until .+ 09:00\.$/)).toBeVisible();

  await app.clickTrayMenu('Resume reminders');
  await expect.poll(async () => (await app.trayState()).menu).toContain('Pause reminders for 1 hour');
  await expect(app.page.getByText(/^Reminders are paused until/)).toHaveCount(0);
});

test('a tray click shows the popover, a second click hides it, and Escape hides it', async ({ launch, omi }) => {
  omi.seed([{ id: 't1', description: 'Water the plants' }]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: 'Water the plants' })).toBeVisible();
  // A tray app starts quietly when it has a key: nothing opens until asked.
  expect(await app.popoverVisible()).toBe(false);
  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(true);
  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(false);

  await app.showPopover();
  await expect.poll(() => app.popoverVisible()).toBe(true);
  await app.page.getByRole('checkbox', { name: 'Water the plants' }).focus();
  await app.page.keyboard.press('Escape');
  await expect.poll(() => app.popoverVisible()).toBe(false);
  expect(patches(omi)).toHaveLength(0);
});
