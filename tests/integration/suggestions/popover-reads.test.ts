/**
 * Reads happen while the person looks: a tray click that shows the popover may read the list and
 * the recent conversations; a tray click that hides it reads nothing.
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
