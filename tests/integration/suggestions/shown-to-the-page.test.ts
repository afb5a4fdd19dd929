/**
 * What the page is sent of the suggestions: the newest three and how many there are, so a thousand
 * suggestions do not cross to the page for the three it shows; every one while the page asks for
 * them ("Show N more", Quick edit); the tray counts them all either way.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../../electron/shared/app-error';
import { offeredIn } from '../../../electron/shared/suggestion';
import { heardApp, type HeardApp } from './heard-app';

const NINE = Date.parse('2026-03-02T09:00:00Z');
const HOUR = 3_600_000;

function conversation(id: string, hoursAgo: number, toDos: string[]) {
  const at = new Date(NINE - hoursAgo * HOUR).toISOString();
  return {
    id,
    title: `Call ${id}`,
    created_at: at,
    started_at: at,
    action_items: toDos.map((description) => ({ description })),
  };
}

const sent = (app: HeardApp) => app.core.snapshot().suggestions;
const words = (app: HeardApp) => sent(app).items.map((suggestion) => suggestion.words);
/** The tray menu's lines once the app has told the tray (at most once a tick, on the app's clock). */
async function trayLines(app: HeardApp): Promise<string[]> {
  await app.clock.run(1);
  return app.tray.last?.menu.map((entry) => entry.label) ?? [];
}

describe('the suggestions sent to the page', () => {
  it('are the newest three and their count, every one while the page asks, and the tray counts them all', async () => {
    const app = await heardApp({
      start: NINE,
      conversations: [
        conversation('conv-a', 1, ['Send the deck', 'Book the room', 'Call Ana back', 'Order the badges']),
        conversation('conv-b', 5, ['Pay the venue', 'Write the agenda']),
      ],
    });
    app.core.trayClicked();
    await app.settled();

    expect(words(app)).toEqual(['Send the deck', 'Book the room', 'Call Ana back']);
    expect(sent(app).total).toBe(6);
    // "Add all 4" counts the conversation's suggestions not sent yet.
    expect(offeredIn(sent(app), 'conv-a')).toBe(4);
    expect(await trayLines(app)).toContain('6 suggestions from your conversations');

    const seqBefore = app.core.snapshot().suggestionsSeq;
    expect(await app.core.handlers['suggestions:showAll']({ all: true })).toEqual(ok(null));
    expect(words(app)).toHaveLength(6);
    expect(offeredIn(sent(app), 'conv-b')).toBe(2);
    expect(app.core.snapshot().suggestionsSeq).toBeGreaterThan(seqBefore);

    expect(await app.core.handlers['suggestions:showAll']({ all: false })).toEqual(ok(null));
    expect(words(app)).toEqual(['Send the deck', 'Book the room', 'Call Ana back']);
    expect(await trayLines(app)).toContain('6 suggestions from your conversations');
  });
});
