import { describe, expect, it } from 'vitest';
import { middayZone } from '../../e2e/midday-zone';

const HOUR_MS = 60 * 60_000;
const START = Date.UTC(2026, 11, 4, 0, 0);

function localHour(nowMs: number, zone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(nowMs));
}

describe('middayZone', () => {
  it('names a zone in which it is between 11:00 and 13:00, at every minute of the day', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = START + minute * 60_000;
      const zone = middayZone(now);
      expect([11, 12], `${new Date(now).toISOString()} in ${zone}`).toContain(localHour(now, zone));
    }
  });

  it('names zones the platform knows, from UTC+12 to UTC−11, and never UTC itself (12:00 and 13:00 UTC share UTC−1)', () => {
    const zones = Array.from({ length: 24 }, (_, hour) => middayZone(START + hour * HOUR_MS));
    expect(new Set(zones).size).toBe(23);
    expect(zones).not.toContain('Etc/GMT+0');
    expect(zones).toContain('Etc/GMT-12');
    expect(zones).toContain('Etc/GMT+11');
    for (const zone of zones)
      expect(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone).toBe(zone);
  });
});
