/**
 * Trouble at random: each request the fake receives fails with probability `rate`, in one of the ways
 * a real network and server fail (503, a dropped connection, a timeout, a write saved whose answer is
 * lost, a write saved only after the client gave up, 429 with Retry-After, a proxy's HTML 502, a
 * gateway's HTML 502/504 that comes after Omi saved). Armed for that very request as it arrives.
 */
import type { FakeOmi, RecordedRequest } from '../../tests/fake-omi/server';
import type { SeededRandom } from './seeded-random';

const FAULT_KINDS = [
  '503',
  'dropped-connection',
  'timeout',
  'lost-answer',
  'late-save',
  '429-retry-after',
  'html-502',
  'gateway-after-saving',
] as const;
type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultCounts {
  requests: number;
  faults: Record<FaultKind, number>;
  /** The trouble armed for each request, by its serial number (see RecordedRequest). */
  bySerial: Map<number, FaultKind>;
}

/**
 * Starts failing requests at random; returns what was done so far (live) and a stop function.
 * `clientTimeoutMs` (real milliseconds): a late save lands after the client's time limit.
 */
export function injectRandomFaults(
  fake: FakeOmi,
  random: SeededRandom,
  rate: number,
  clientTimeoutMs: number,
): { counts: FaultCounts; stop(): void } {
  const counts: FaultCounts = {
    requests: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>,
    bySerial: new Map(),
  };
  fake.onRequest((request: RecordedRequest) => {
    if (request.path === '/v1/dev/key') return;
    counts.requests += 1;
    if (!random.chance(rate)) return;
    const kind = random.pick(FAULT_KINDS);
    counts.faults[kind] += 1;
    if (request.serial !== undefined) counts.bySerial.set(request.serial, kind);
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
      case 'lost-answer':
        // Saved now, answered never (the client's time limit ends it): the outcome is unknown to the client.
        fake.answerLate({ ...filter, ms: 'never' });
        break;
      case 'late-save':
        // Saved only after the client gave up on it, up to twice its time limit later.
        fake.answerLate({ ...filter, ms: 'never', actAfterMs: Math.round(clientTimeoutMs * (1 + random.next())) });
        break;
      case '429-retry-after':
        fake.failNext({ ...filter, status: 429, headers: { 'Retry-After': String(random.int(1, 90)) } });
        break;
      case 'html-502':
        fake.proxyError({ ...filter, status: 502 });
        break;
      case 'gateway-after-saving':
        // Omi acts, then the gateway in front answers its HTML 502 or 504: the client cannot tell it saved.
        fake.proxyError({ ...filter, status: random.chance(0.5) ? 502 : 504, afterActing: true });
        break;
    }
  });
  return { counts, stop: () => fake.onRequest(null) };
}
