/**
 * Omi lists a conversation once it has processed it, under the time it started: a long meeting
 * appears in the list hours after its created_at. The next look must still find it.
 */
import { describe, expect, it } from 'vitest';
import { heardApp, type HeardApp } from './heard-app';

const MINUTE = 60_000;
const NINE = Date.parse('2026-03-02T09:00:00Z');

/** The person opens the popover, looks a moment, and closes it. */
async function look(app: HeardApp): Promise<void> {
  app.core.trayClicked();
  await app.settled();
  app.core.trayClicked();
  await app.settled();
}

const offered = (app: HeardApp) => app.core.snapshot().suggestions.items.map((suggestion) => suggestion.words);

describe('a two-hour meeting listed after a read', () => {
  it('is offered at the next read', async () => {
    const app = await heardApp({
      start: NINE,
      conversations: [
        {
          id: 'conv-planning',
          title: 'Quarterly planning',
          started_at: '2026-03-02T09:00:00.000000Z',
          finished_at: '2026-03-02T11:00:00.000000Z',
          created_at: '2026-03-02T09:00:00.000000Z',
          listed_at: '2026-03-02T11:03:00.000000Z',
          action_items: [{ description: 'Send the budget to Ana' }],
        },
      ],
    });
    await look(app);
    // A look while the meeting goes on: it is not listed yet.
    await app.clock.runTo(NINE + 110 * MINUTE);
    await look(app);
    expect(app.listReads()).toHaveLength(2);
    expect(offered(app)).toEqual([]);

    await app.clock.runTo(NINE + 130 * MINUTE);
    await look(app);
    expect(app.listReads()).toHaveLength(3);
    expect(offered(app)).toEqual(['Send the budget to Ana']);
  });
});
