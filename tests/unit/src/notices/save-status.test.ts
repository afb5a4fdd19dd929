import { describe, expect, it } from 'vitest';
import type { OutboxStatus } from '../../../../electron/shared/app-state';
import { saveLine, SLOW_SAVE_MS, type SaveFacts } from '../../../../src/notices/save-status';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const outbox = (changes: Partial<OutboxStatus> = {}): OutboxStatus => ({
  waiting: 1,
  oldestSince: null,
  reason: null,
  canRetry: true,
  ...changes,
});
const facts = (changes: Partial<SaveFacts> = {}): SaveFacts => ({
  outbox: outbox(),
  undoableDeletes: 0,
  firstSeenWaiting: T0,
  now: T0,
  ...changes,
});

describe('saveLine', () => {
  it('says nothing while nothing waits or a save is young', () => {
    expect(saveLine(facts({ outbox: outbox({ waiting: 0, canRetry: false }) }))).toBeNull();
    expect(saveLine(facts({ now: T0 + SLOW_SAVE_MS - 1 }))).toBeNull();
  });

  it('speaks once a change has waited long enough, counted from oldestSince when the core gives it', () => {
    expect(saveLine(facts({ now: T0 + SLOW_SAVE_MS }))?.words).toMatch(/^1 change waiting to sync, kept safe/);
    const old = facts({
      outbox: outbox({ waiting: 2, oldestSince: new Date(T0 - SLOW_SAVE_MS).toISOString() }),
      firstSeenWaiting: T0,
    });
    expect(saveLine(old)?.words).toMatch(/^2 changes waiting/);
  });

  it('does not count deletes still inside their Undo window', () => {
    expect(saveLine(facts({ undoableDeletes: 1, now: T0 + 60_000 }))).toBeNull();
  });

  it('gives the reason at once, on its own line, and Retry only where it can help', () => {
    const line = saveLine(
      facts({
        outbox: outbox({
          reason: { kind: 'rate_limited', words: 'Omi asked to wait: sending again at 10:05.', retryAt: null },
          canRetry: false,
        }),
      }),
    );
    expect(line).toEqual({
      words: '1 change waiting to sync.',
      why: 'Omi asked to wait: sending again at 10:05.',
      canRetry: false,
    });
  });

  it('asks about changes made before a key change, with Send and Discard (Discard only for another server)', () => {
    const sameServer = outbox({
      waiting: 3,
      stranded: { count: 3, words: 'Send 3 changes made before you changed keys?', canSend: true },
    });
    expect(saveLine(facts({ outbox: sameServer }))).toEqual({
      words: 'Send 3 changes made before you changed keys?',
      canRetry: false,
      stranded: { canSend: true },
    });
    const otherServer = outbox({
      stranded: {
        count: 1,
        words: '1 change made for another Omi server waits until Omi Tray uses that server again.',
        canSend: false,
      },
    });
    expect(saveLine(facts({ outbox: otherServer }))?.stranded).toEqual({ canSend: false });
  });
});
