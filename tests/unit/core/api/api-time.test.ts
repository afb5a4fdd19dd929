import { describe, expect, it } from 'vitest';
import { toUtcIso } from '../../../../electron/core/api/api-time';
import { seededRandom } from '../../../fake-omi/seeded-random';

/** Every time read the long way: checked, parsed by Date, written out again. */
function readTheLongWay(text: string): string | null {
  const isoDateTime = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:?\d{2})?)?$/;
  if (!isoDateTime.test(text)) return null;
  const zoned = /[T ]\d{2}:\d{2}/.test(text) && !/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Times as Omi writes them and near misses: fields past their range, other fractions, zones, separators. */
function someTimes(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const number = (below: number, width: number) => String(Math.floor(random() * below)).padStart(width, '0');
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  return Array.from({ length: count }, () => {
    const year = pick(['0000', '0004', '1900', '1970', '2000', '2024', '2026', '2100', '9999', number(10_000, 4)]);
    const date = `${year}-${number(14, 2)}-${number(33, 2)}`;
    const time = `${number(26, 2)}:${number(62, 2)}:${number(62, 2)}`;
    const fraction = pick([
      '',
      '.',
      `.${number(10, 1)}`,
      `.${number(100, 2)}`,
      `.${number(1000, 3)}`,
      `.${number(1e6, 6)}`,
      `.${number(1e9, 9)}1234`,
    ]);
    return `${date}${pick(['T', 'T', 'T', ' ', 't'])}${time}${fraction}${pick(['Z', 'Z', 'Z', 'z', '+00:00', '-05:30', ''])}`;
  });
}

describe('reading a time from Omi', () => {
  it('answers what Date makes of it, for times as Omi writes them and every near miss', () => {
    for (const seed of [1, 2, 3])
      for (const text of someTimes(20_000, seed)) expect(toUtcIso(text), text).toBe(readTheLongWay(text));
  });

  it('keeps milliseconds, cuts microseconds and fills a shorter fraction', () => {
    expect(toUtcIso('2026-03-02T09:15:00.123Z')).toBe('2026-03-02T09:15:00.123Z');
    expect(toUtcIso('2026-03-02T09:15:00.123999Z')).toBe('2026-03-02T09:15:00.123Z');
    expect(toUtcIso('2026-03-02T09:15:00.5Z')).toBe('2026-03-02T09:15:00.500Z');
    expect(toUtcIso('2026-03-02T09:15:00Z')).toBe('2026-03-02T09:15:00.000Z');
  });

  it('reads a day past the end of its month, and hour 24, as Date does', () => {
    expect(toUtcIso('2026-02-29T00:00:00Z')).toBe('2026-03-01T00:00:00.000Z');
    expect(toUtcIso('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(toUtcIso('2026-01-01T24:00:00Z')).toBe('2026-01-02T00:00:00.000Z');
    expect(toUtcIso('2026-13-01T00:00:00Z')).toBeNull();
    expect(toUtcIso('2026-01-01T23:59:60Z')).toBeNull();
  });
});
