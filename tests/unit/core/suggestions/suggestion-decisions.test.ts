import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/logging/logger';
import { decisionsFile } from '../../../../electron/core/suggestions/decisions-file';
import { KEEP_DECISIONS_MS, SuggestionDecisions } from '../../../../electron/core/suggestions/suggestion-decisions';
import { FakeClock } from '../support/fake-clock';
import { tempDir } from '../support/temp-dir';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
const aliases = new Map<string, string>();
const corrupt: string[] = [];

beforeEach(async () => {
  dir = await tempDir();
  clock = new FakeClock();
  aliases.clear();
  corrupt.length = 0;
});
afterEach(() => dir.remove());

function decisions(): SuggestionDecisions {
  return new SuggestionDecisions({
    clock,
    logger: createLogger({ sink: () => undefined }),
    file: decisionsFile(join(dir.path, 'suggestions.json'), {
      onCorrupt: (message) => corrupt.push(message),
      now: () => clock.now(),
    }),
    currentId: (id) => aliases.get(id) ?? id,
  });
}

describe('the decisions about suggestions', () => {
  it('keep dismissed and added ones across a restart, with the conversation of the item added', async () => {
    const first = decisions();
    await first.load();
    await first.dismiss('c1\u0000call ana', 'c1');
    await first.adding('c1\u0000send the deck', 'c1', 'local-1');
    await first.addQueued('c1\u0000send the deck');
    await first.settled();

    aliases.set('local-1', 'server-1');
    const again = decisions();
    await again.load();
    expect(again.decided('c1\u0000call ana')).toBe(true);
    expect(again.decided('c1\u0000send the deck')).toBe(true);
    expect(again.decided('c1\u0000book the room')).toBe(false);
    expect(again.conversationOf('server-1')).toBe('c1');
    expect(again.keyOf('local-1')).toBe('c1\u0000send the deck');
  });

  it('keep the server id once the item is created, so the tie outlives the outbox', async () => {
    const kept = decisions();
    await kept.load();
    await kept.adding('c1\u0000send the deck', 'c1', 'local-1');
    await kept.addQueued('c1\u0000send the deck');
    aliases.set('local-1', 'server-1');
    kept.idsSettled();
    await kept.settled();
    const file = JSON.parse(await readFile(join(dir.path, 'suggestions.json'), 'utf8')) as {
      decisions: Record<string, { itemId: string }>;
    };
    expect(file.decisions['c1\u0000send the deck']?.itemId).toBe('server-1');
  });

  it('forget an Add that was undone', async () => {
    const kept = decisions();
    await kept.load();
    await kept.adding('c1\u0000send the deck', 'c1', 'local-1');
    await kept.addQueued('c1\u0000send the deck');
    await kept.forget('c1\u0000send the deck');
    expect(kept.decided('c1\u0000send the deck')).toBe(false);
    expect(kept.conversationOf('local-1')).toBeNull();
  });

  it('tell whether any item was added from a suggestion: not for a dismissal, until the Add is undone', async () => {
    const kept = decisions();
    await kept.load();
    expect(kept.anyAdded()).toBe(false);
    await kept.dismiss('c1\u0000call ana', 'c1');
    expect(kept.anyAdded()).toBe(false);
    await kept.adding('c1\u0000send the deck', 'c1', 'local-1');
    expect(kept.anyAdded()).toBe(true);
    await kept.addQueued('c1\u0000send the deck');
    expect(kept.anyAdded()).toBe(true);
    await kept.forget('c1\u0000send the deck');
    expect(kept.anyAdded()).toBe(false);
  });

  it('settle at start an Add the app stopped in: added when its create was queued or made, else forgotten', async () => {
    const first = decisions();
    await first.load();
    await first.adding('c1\u0000queued', 'c1', 'local-queued');
    await first.adding('c1\u0000made', 'c1', 'local-made');
    await first.adding('c1\u0000never queued', 'c1', 'local-never');
    await first.adding('c1\u0000done', 'c1', 'local-done');
    await first.addQueued('c1\u0000done');
    await first.settled();

    aliases.set('local-made', 'server-made');
    const again = decisions();
    await again.load();
    await again.settleAdds((id) => id === 'local-queued');
    expect(again.conversationOf('local-queued')).toBe('c1');
    expect(again.conversationOf('server-made')).toBe('c1');
    expect(again.decided('c1\u0000never queued')).toBe(false);
    // Settled before the stop: kept even though its create has left the outbox (deleted before it was sent).
    expect(again.decided('c1\u0000done')).toBe(true);
    await again.settled();
    const file = await readFile(join(dir.path, 'suggestions.json'), 'utf8');
    expect(file).not.toContain('adding');
  });

  it('prune decisions older than a month', async () => {
    const kept = decisions();
    await kept.load();
    await kept.dismiss('c1\u0000old', 'c1');
    clock.advance(KEEP_DECISIONS_MS + 1);
    await kept.dismiss('c2\u0000new', 'c2');
    await kept.settled();
    const again = decisions();
    await again.load();
    expect(again.decided('c1\u0000old')).toBe(false);
    expect(again.decided('c2\u0000new')).toBe(true);
  });

  it('move a corrupt file aside, say so, and start with nothing decided', async () => {
    await writeFile(join(dir.path, 'suggestions.json'), '{"version":1,"decisions":{"k":{"kind":"maybe"}}}');
    const kept = decisions();
    await kept.load();
    expect(kept.decided('k')).toBe(false);
    expect(corrupt).toHaveLength(1);
    const names = await readdir(dir.path);
    expect(names.some((name) => name.startsWith('suggestions.json.') || name.includes('corrupt'))).toBe(true);
    await kept.dismiss('c1\u0000call ana', 'c1');
    await kept.settled();
    expect(JSON.parse(await readFile(join(dir.path, 'suggestions.json'), 'utf8'))).toMatchObject({
      version: 1,
      decisions: { 'c1\u0000call ana': { kind: 'dismissed' } },
    });
  });
});
