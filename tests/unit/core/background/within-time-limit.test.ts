/** Quitting waits for the outbox's deletes only so long: the work, or the time limit, whichever ends first. */
import { describe, expect, it } from 'vitest';
import { withinTimeLimit } from '../../../../electron/core/background/within-time-limit';
import { FakeClock } from '../support/fake-clock';

describe('a time limit', () => {
  it('ends with the work when it finishes first, and clears its timer', async () => {
    const clock = new FakeClock();
    await withinTimeLimit(clock, 3000, Promise.resolve());
    expect(clock.pendingTimers()).toBe(0);
  });

  it('gives up on work that outlasts it', async () => {
    const clock = new FakeClock();
    let ended = false;
    const waiting = withinTimeLimit(clock, 3000, new Promise<void>(() => undefined)).then(() => void (ended = true));
    await Promise.resolve();
    expect(ended).toBe(false);
    clock.advance(3000);
    await waiting;
    expect(ended).toBe(true);
  });
});
