/** The most requests one key sent inside any one-hour window, as Omi counts each key on its own. */
import type { RecordedRequest } from '../../tests/fake-omi/server';

const HOUR_MS = 3_600_000;

/** Omi counts each key on its own, and a run may connect a second key midway: the worst key's hour. */
export function worstKeyHour(requests: readonly Pick<RecordedRequest, 'headers' | 'at'>[]): number {
  const byKey = new Map<string, number[]>();
  for (const request of requests) {
    const key = request.headers['authorization'] ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), request.at]);
  }
  return Math.max(0, ...[...byKey.values()].map(worstHour));
}

/** The most of these times inside any one-hour window. */
function worstHour(at: readonly number[]): number {
  const times = [...at].sort((a, b) => a - b);
  let worst = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= HOUR_MS) start++;
    worst = Math.max(worst, end - start + 1);
  }
  return worst;
}
