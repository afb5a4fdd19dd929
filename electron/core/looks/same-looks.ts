/**
 * Whether "Since you last looked" shows the same now as before: the snapshot then keeps the object
 * it last numbered, and a push leaves it out (after a big sync it holds thousands of changes).
 */
import type { LookChange, SinceLastLooked } from '../../shared/since-last-looked';

/** The same changes, in the same order and words. */
export function sameLooks(a: SinceLastLooked | null, b: SinceLastLooked | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.words !== b.words || a.changes.length !== b.changes.length) return false;
  return a.changes.every((change, index) => sameChange(change, b.changes[index]));
}

function sameChange(a: LookChange, b: LookChange | undefined): boolean {
  if (b === undefined) return false;
  const entries = Object.entries(a);
  return (
    entries.length === Object.keys(b).length &&
    entries.every(([key, value]) => (b as unknown as Record<string, unknown>)[key] === value)
  );
}
