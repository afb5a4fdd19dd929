/**
 * Trouble at random: each request the fake receives fails with probability `rate`, in one of the ways
 * a real network and server fail (503, a dropped connection, a timeout, a write saved whose answer is
 * lost, 429 with Retry-After, a proxy's HTML 502). Armed for that very request as it arrives.
 */
import type { FakeOmi, RecordedRequest } from '../../tests/fake-omi/server';
import type { SeededRandom } from './seeded-random';

export const FAULT_KINDS = ['503', 'dropped-connection', 'timeout', 'late-save', '429-retry-after', 'html-502'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultCounts {
  requests: number;
  faults: Record<FaultKind, number>;
}

/** Starts failing requests at random; returns what was done so far (live) and a stop function. */
export function injectRandomFaults(fake: FakeOmi, random: SeededRandom, rate: number): { counts: FaultCounts; stop(): void } {
  const counts: FaultCounts = { requests: 0, faults: Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number> };
  fake.onRequest((request: RecordedRequest) => {
    if (request.path === '/v1/dev/key') return;
    counts.requests += 1;
    if (!random.chance(rate)) return;
    const kind = random.pick(FAULT_KINDS);
    counts.faults[kind] += 1;
    const filter = { method: request.method, path: request.path };
    switch (kind) {
      case '503':
        fake.failNext({ ...filter, status: 503 });
        break;
      case 'dropped-connection':
        fake.dropConnections(1, filter);
        break;
      case 'timeout':
        fake.answerLate({ ...filter, ms: 'never', withoutActing: true });
        break;
      case 'late-save':
        // Saved now, answered never (the client's time limit ends it): the outcome is unknown to the client.
        fake.answerLate({ ...filter, ms: 'never' });
        break;
      case '429-retry-after':
        fake.failNext({ ...filter, status: 429, headers: { 'Retry-After': String(random.int(1, 90)) } });
        break;
      case 'html-502':
        fake.proxyError({ ...filter, status: 502 });
        break;
    }
  });
  return { counts, stop: () => fake.onRequest(null) };
}
