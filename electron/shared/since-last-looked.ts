/**
 * "Since you last looked": what changed on Omi's side between two looks at the list, as the
 * snapshot carries it. Each change is one kind; more kinds may join (the union is open), and the
 * page draws a kind it does not know as a plain row.
 *
 * A change to an item still on the list names it by id only: the page shows it with the words and
 * due date the list has for it (the same snapshot carries both), so after a big sync the region does
 * not carry 2,000 items' words a second time. A removed item is on the list no more, so its change
 * carries its words and due date, for the row and for Restore.
 */
export type LookChange =
  /** On the list now, not when the person last looked. */
  | { kind: 'new'; id: string }
  /** Open when the person last looked, done now; the app did not tick it. */
  | { kind: 'done'; id: string }
  /** On the list when the person last looked, gone now; the app did not delete it. Can be restored. */
  | { kind: 'removed'; id: string; description: string; dueAt: string | null }
  /** Its due date moved (or was set or cleared) elsewhere; the list has the new one. */
  | { kind: 'redated'; id: string; dueBefore: string | null }
  /**
   * New on Omi's side with the same words as an item added here from a suggestion: most likely the
   * same to-do accepted in Omi's own app too. `id` is the copy (the newer one), `copyOf` the item
   * added here; deleting the copy leaves one.
   */
  | { kind: 'copy'; id: string; copyOf: string };

export interface SinceLastLooked {
  /** The changes counted in words, e.g. "2 new · 1 done elsewhere · 1 removed". */
  words: string;
  changes: LookChange[];
}
