/**
 * Windows of created_at (docs/omi-server-rules.md): they cover all time with shared edges, hold about
 * half a page of known creation times each, and a full one splits in two, or says it cannot.
 */
import { describe, expect, it } from 'vitest';
import { covers, planWindows, splitWindow, windowQuery } from '../../../../electron/core/api/created-windows';

describe('windows of created_at', () => {
  it('cover all time, neighbours sharing their edge, about 500 known times each', () => {
    const times = Array.from({ length: 1000 }, (_, index) => 1_000_000 + index * 1000);
    const windows = planWindows(times);
    expect(windows).toHaveLength(2);
    expect(windows[0]).toEqual({ from: null, to: 1_500_000 });
    expect(windows[1]).toEqual({ from: 1_500_000, to: null });
    for (const at of times) expect(windows.filter((window) => covers(window, at))).toHaveLength(1);
  });

  it('split a full window at the middle of the times known inside it', () => {
    const halves = splitWindow({ from: 0, to: 100 }, [10, 20, 30, 40, 200]);
    expect(halves).toEqual([
      { from: 0, to: 30 },
      { from: 30, to: 100 },
    ]);
  });

  it('cannot split a window whose items were all made in one millisecond', () => {
    expect(splitWindow({ from: null, to: 5 }, [5, 5, 5])).toBeNull();
    expect(splitWindow({ from: 5, to: 6 }, [5, 5])).toBeNull();
  });

  it('asks Omi with both bounds inclusive, in UTC', () => {
    expect(windowQuery({ from: Date.parse('2026-01-02T00:00:00Z'), to: null })).toEqual({
      createdFrom: '2026-01-02T00:00:00.000Z',
    });
    expect(windowQuery({ from: null, to: Date.parse('2026-01-03T00:00:00Z') })).toEqual({
      createdTo: '2026-01-03T00:00:00.000Z',
    });
  });
});
