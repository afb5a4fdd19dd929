/**
 * The "possible copy" pair. Omi's own app may still offer a suggestion the person already added
 * here; accepted there too, the list holds it twice. A new item (new on Omi's side since the last
 * look) whose words, once folded, are those of an item added here from a suggestion is named as a
 * possible copy of it, instead of as new. The items added here are folded once into a map, so each
 * new item is one lookup.
 */
import type { SeenChange } from './look-baseline';
import { foldWords } from '../suggestions/fold-words';

export interface AddedHere {
  id: string;
  description: string;
}

export function namePossibleCopies(changes: readonly SeenChange[], addedHere: readonly AddedHere[]): SeenChange[] {
  if (addedHere.length === 0 || !changes.some((change) => change.kind === 'new')) return [...changes];
  const byWords = new Map<string, string>();
  for (const item of addedHere) byWords.set(foldWords(item.description), item.id);
  return changes.map((change) => {
    if (change.kind !== 'new') return change;
    const copyOf = byWords.get(foldWords(change.description));
    return copyOf === undefined || copyOf === change.id
      ? change
      : { kind: 'copy', id: change.id, description: change.description, dueAt: change.dueAt, copyOf };
  });
}
