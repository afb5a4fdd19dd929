/**
 * The app's time, when the harness asked for a controlled clock: Date and setTimeout of this
 * process run on a shifted clock (tests/harness/shifted-globals.ts) the harness moves on with
 * 'clock:advance'; otherwise they are Node's own and 'clock:advance' is refused.
 */
import type { ShiftedClock } from '../../harness/shifted-clock';
import { shiftProcessTime } from '../../harness/shifted-globals';
import { harness, launchFacts } from './harness-link';

/** Called before the app's main script loads, so every timer it arms runs on this clock. */
export function answerClock(): void {
  const clock: ShiftedClock | null = launchFacts().controlledClock ? shiftProcessTime() : null;
  harness().answer('clock:advance', (ms: number) => {
    if (!clock) throw new Error('The app was launched without a controlled clock (launch({ controlledClock: true }))');
    clock.advance(ms);
    return clock.now();
  });
  harness().answer('clock:now', () => Date.now());
}
