/**
 * Whether "Since you last looked" shows the same now as before: the snapshot then keeps the object
 * it last numbered, and a push leaves it out (after a big sync it holds thousands of changes).
 */
import type { SinceLastLooked } from '../../shared/since-last-looked';
import { sameFields, sameList } from '../../shared/same-values';

/** The same changes, in the same order and words. */
export function sameLooks(a: SinceLastLooked | null, b: SinceLastLooked | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && a.words === b.words && sameList(a.changes, b.changes, sameFields);
}
