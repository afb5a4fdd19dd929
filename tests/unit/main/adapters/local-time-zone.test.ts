import { describe, expect, it } from 'vitest';
import { localTimeZoneReader, ZONE_READ_MS } from '../../../../electron/main/adapters/environment';

describe("the machine's zone", () => {
  it('is read again once a reading is ZONE_READ_MS old, or the clock went back', () => {
    let now = 1_000_000;
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
    let reads = 0;
    const zone = localTimeZoneReader(
      () => now,
      () => zones[reads++]!,
    );
    expect(zone()).toBe('Europe/Berlin');
    now += ZONE_READ_MS - 1;
    expect(zone()).toBe('Europe/Berlin');
    expect(reads).toBe(1);
    now += 1;
    expect(zone()).toBe('America/New_York');
    now -= 10;
    expect(zone()).toBe('Asia/Tokyo');
  });

  it('is the zone Intl reads, by default', () => {
    expect(localTimeZoneReader()()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
