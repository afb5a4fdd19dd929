/** When the outbox sender wakes by itself: its retry backoff, undo windows and lost-write checks, each on the fake clock. */
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../electron/shared/app-error';
import { LostWriteChecks } from '../../../../electron/core/outbox/lost-write-checks';
import type { OutboxEntry } from '../../../../electron/core/outbox/outbox-entry';
import { RetrySchedule } from '../../../../electron/core/outbox/retry-schedule';
import { FIRST_RETRY_MS } from '../../../../electron/core/outbox/retry-backoff';
import { pastUndoWindow, UndoWindows } from '../../../../electron/core/outbox/undo-windows';
import { WakeTimer } from '../../../../electron/core/outbox/wake-timer';
import { FakeClock } from '../support/fake-clock';

const OFFLINE: AppError = { kind: 'offline', message: 'No connection.' };
const SERVER: AppError = { kind: 'server', message: 'Omi had trouble.' };
const CHECKING: AppError = { kind: 'server', message: 'Omi did not confirm it.' };

/** A clock and a counter of the wake-ups it delivered. */
function counting() {
  const clock = new FakeClock();
  const woken = { count: 0 };
  return { clock, woken, wake: () => void (woken.count += 1) };
}

function entry(key: string, deleteNotBefore?: number): OutboxEntry {
  return {
    key,
    seq: 1,
    queuedAt: 0,
    editedAt: 0,
    changes: {},
    create: null,
    delete: deleteNotBefore === undefined ? null : { notBefore: deleteNotBefore, description: key },
  };
}

describe('a wake timer', () => {
  it('wakes once at the moment asked, and keeps the timer when asked again for the same moment', () => {
    const { clock, woken, wake } = counting();
    const timer = new WakeTimer(clock, wake);
    timer.wakeAt(clock.now() + 1000);
    timer.wakeAt(clock.now() + 1000);
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(999);
    expect(woken.count).toBe(0);
    clock.advance(1);
    expect(woken.count).toBe(1);
    expect(timer.at()).toBeNull();
  });

  it('moves to a new moment, is cleared by null, and arms nothing once stopped', () => {
    const { clock, woken, wake } = counting();
    const timer = new WakeTimer(clock, wake);
    timer.wakeAt(clock.now() + 1000);
    timer.wakeAt(clock.now() + 5000);
    expect(clock.pendingDelays()).toEqual([5000]);
    timer.wakeAt(null);
    expect(clock.pendingTimers()).toBe(0);
    timer.wakeAt(clock.now() + 1000);
    timer.stop();
    timer.wakeAt(clock.now() + 1000);
    clock.advance(10_000);
    expect(woken.count).toBe(0);
  });
});

describe('the retry schedule', () => {
  it('backs off longer with every failure in a row and wakes when the backoff ends', () => {
    const { clock, woken, wake } = counting();
    const retry = new RetrySchedule(clock, wake);
    expect(retry.failed(OFFLINE, 'a1')).toBe(clock.now() + FIRST_RETRY_MS);
    expect(retry.backingOff()).toBe(true);
    expect(retry.lastFailure()).toEqual(OFFLINE);
    clock.advance(FIRST_RETRY_MS);
    expect(woken.count).toBe(1);
    expect(retry.backingOff()).toBe(false);
    expect(retry.failed(OFFLINE, 'a1')).toBe(clock.now() + 2 * FIRST_RETRY_MS);
  });

  it('ends the backoff only when the change that failed goes through or leaves the outbox', () => {
    const { clock, wake } = counting();
    const retry = new RetrySchedule(clock, wake);
    retry.failed(SERVER, 'a1');
    retry.wentThrough('a2', () => true);
    expect(retry.lastFailure()).toEqual(SERVER);
    retry.wentThrough('a2', (key) => key !== 'a1');
    expect(retry.lastFailure()).toBeNull();
    retry.failed(SERVER, 'a1');
    retry.wentThrough('a1', () => true);
    expect(retry.lastFailure()).toBeNull();
    expect(retry.failed(SERVER, 'a1')).toBe(clock.now() + FIRST_RETRY_MS);
  });

  it('hears that the network is back only when the network was the trouble, then starts the backoff over', () => {
    const { clock, wake } = counting();
    const retry = new RetrySchedule(clock, wake);
    retry.failed(SERVER, 'a1');
    expect(retry.networkBack()).toBe(false);
    retry.failed(OFFLINE, 'a1');
    retry.failed(OFFLINE, 'a1');
    expect(retry.networkBack()).toBe(true);
    expect(retry.failed(OFFLINE, 'a1')).toBe(clock.now() + FIRST_RETRY_MS);
  });

  it('plans a try at a Retry-After kept across a restart only when none is planned, and cancel keeps the backoff', () => {
    const { clock, wake } = counting();
    const retry = new RetrySchedule(clock, wake);
    retry.tryAt(clock.now() + 30_000);
    retry.tryAt(clock.now() + 90_000);
    expect(retry.retryAt()).toBe(clock.now() + 30_000);
    retry.cancel();
    expect(retry.retryAt()).toBeNull();
    retry.failed(OFFLINE, 'a1');
    retry.cancel();
    expect(retry.failed(OFFLINE, 'a1')).toBe(clock.now() + 2 * FIRST_RETRY_MS);
  });
});

describe('lost-write checks', () => {
  it('holds a change back until its time, lists the waits soonest first, and wakes at the soonest', () => {
    const { clock, woken, wake } = counting();
    const checks = new LostWriteChecks(clock, wake);
    checks.waitUntil('a1', clock.now() + 120_000, CHECKING);
    checks.waitUntil('a2', clock.now() + 60_000, CHECKING);
    expect(checks.waiting('a1')).toBe(true);
    expect(checks.checking().map((wait) => wait.key)).toEqual(['a2', 'a1']);
    checks.wakeAtSoonest(() => true);
    expect(clock.pendingDelays()).toEqual([60_000]);
    clock.advance(60_000);
    expect(woken.count).toBe(1);
    expect(checks.waiting('a2')).toBe(false);
    expect(checks.checking().map((wait) => wait.key)).toEqual(['a1']);
  });

  it('forgets changes no longer queued and those settled', () => {
    const { clock, wake } = counting();
    const checks = new LostWriteChecks(clock, wake);
    checks.waitUntil('a1', clock.now() + 60_000, CHECKING);
    checks.waitUntil('a2', clock.now() + 60_000, CHECKING);
    checks.settled('a2');
    checks.wakeAtSoonest((key) => key !== 'a1');
    expect(checks.checking()).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('undo windows', () => {
  it('wakes when the earliest window still open closes', () => {
    const { clock, woken, wake } = counting();
    const undo = new UndoWindows(clock, wake);
    const now = clock.now();
    undo.wakeWhenFirstCloses([entry('a1'), entry('a2', now + 5000), entry('a3', now + 3000), entry('a4', now - 1)]);
    expect(clock.pendingDelays()).toEqual([3000]);
    clock.advance(3000);
    expect(woken.count).toBe(1);
    undo.wakeWhenFirstCloses([entry('a2', now + 5000)]);
    undo.clear();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('lets a change leave once it is no delete or its window has closed', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(pastUndoWindow(entry('a1'), now)).toBe(true);
    expect(pastUndoWindow(entry('a1', now), now)).toBe(true);
    expect(pastUndoWindow(entry('a1', now + 1), now)).toBe(false);
  });
});
