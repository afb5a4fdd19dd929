import { describe, expect, it, vi } from 'vitest';
import { shiftedClock } from '../../harness/shifted-clock';

/** A shifted clock on fake real time, so the test sees both what real time and advance() do. */
function onFakeRealTime() {
  vi.useFakeTimers({ now: 1_000_000 });
  return shiftedClock({
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
  });
}

describe('shiftedClock', () => {
  it('reads real time plus every advance, and runs on with real time', () => {
    const clock = onFakeRealTime();
    expect(clock.now()).toBe(1_000_000);
    clock.advance(5 * 60_000);
    expect(clock.now()).toBe(1_300_000);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(1_301_000);
    vi.useRealTimers();
  });

  it('fires the timers due by the new time, oldest first and each once; later ones wait', () => {
    const clock = onFakeRealTime();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('ten minutes'), 10 * 60_000);
    clock.setTimeout(() => fired.push('five seconds'), 5_000);
    clock.setTimeout(() => fired.push('two minutes'), 2 * 60_000);
    clock.advance(2 * 60_000);
    expect(fired).toEqual(['five seconds', 'two minutes']);
    vi.advanceTimersByTime(2 * 60_000);
    expect(fired).toEqual(['five seconds', 'two minutes']);
    clock.advance(8 * 60_000);
    expect(fired).toEqual(['five seconds', 'two minutes', 'ten minutes']);
    vi.advanceTimersByTime(20 * 60_000);
    expect(fired).toHaveLength(3);
    vi.useRealTimers();
  });

  it('never fires a cleared timer, and real time still fires the others', () => {
    const clock = onFakeRealTime();
    const fired: string[] = [];
    const cleared = clock.setTimeout(() => fired.push('cleared'), 1_000);
    clock.setTimeout(() => fired.push('kept'), 1_000);
    clock.clearTimeout(cleared);
    vi.advanceTimersByTime(1_000);
    clock.advance(60_000);
    expect(fired).toEqual(['kept']);
    vi.useRealTimers();
  });

  it('a timer armed while others fire counts from the new time', () => {
    const clock = onFakeRealTime();
    const fired: number[] = [];
    clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 60_000), 1_000);
    clock.advance(90_000);
    expect(fired).toEqual([]);
    clock.advance(60_000);
    expect(fired).toEqual([1_000_000 + 150_000]);
    vi.useRealTimers();
  });

  it('refuses to move time back', () => {
    expect(() => onFakeRealTime().advance(-1)).toThrow('Time only moves on');
    vi.useRealTimers();
  });
});
