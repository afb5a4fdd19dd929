/**
 * Reads happen while the person looks: a tray click that shows the popover may read the list and
 * the recent conversations; a tray click that hides it reads nothing, and recent conversations are
 * never read on a timer.
 */
import { describe, expect, it } from 'vitest';
import { heardApp } from './heard-app';

const MINUTE = 60_000;

describe('a tray click', () => {
  it('that hides the popover reads neither the list nor the recent conversations', async () => {
    const app = await heardApp();
    app.core.trayClicked();
    await app.settled();
    expect(app.popover.visible).toBe(true);
    expect(app.listReads()).toHaveLength(1);
    // Long enough for both reads to be due again at the next showing.
    await app.clock.run(20 * MINUTE);
    const before = app.fake.requests().length;

    app.core.trayClicked();
    await app.settled();
    expect(app.popover.visible).toBe(false);
    expect(
      app.fake
        .requests()
        .slice(before)
        .map((request) => `${request.method} ${request.path}`),
    ).toEqual([]);

    app.core.trayClicked();
    await app.settled();
    expect(app.popover.visible).toBe(true);
    expect(app.listReads()).toHaveLength(2);
  });
});

describe('recent conversations', () => {
  it('are never read on a timer while nobody looks, and read once at the next look', async () => {
    const app = await heardApp({
      conversations: [{ id: 'conv-standup', title: 'Standup', action_items: [{ description: 'Book the room' }] }],
    });
    const itemReadsAtStart = app.itemReads().length;
    await app.clock.run(6 * 60 * MINUTE);
    // The list was kept fresh in the background all along; the conversations were left alone.
    expect(app.itemReads().length).toBeGreaterThan(itemReadsAtStart + 6);
    expect(app.listReads()).toEqual([]);

    app.core.trayClicked();
    await app.settled();
    expect(app.listReads()).toHaveLength(1);
    expect(app.core.snapshot().suggestions.items.map((suggestion) => suggestion.words)).toEqual(['Book the room']);
  });
});
