/**
 * "Since you last looked": what changed on Omi's side between two looks at the list, as the
 * snapshot carries it. Each change is one kind; more kinds may join (the union is open), and the
 * page draws a kind it does not know as a plain row.
 */
export type LookChange =
  /** On the list now, not when the person last looked. */
  | { kind: 'new'; id: string; description: string; dueAt: string | null }
  /** Open when the person last looked, done now; the app did not tick it. */
  | { kind: 'done'; id: string; description: string; dueAt: string | null }
  /** On the list when the person last looked, gone now; the app did not delete it. Can be restored. */
  | { kind: 'removed'; id: string; description: string; dueAt: string | null }
  /** Its due date moved (or was set or cleared) elsewhere. */
  | { kind: 'redated'; id: string; description: string; dueAt: string | null; dueBefore: string | null }
  /**
   * New on Omi's side with the same words as an item added here from a suggestion: most likely the
   * same to-do accepted in Omi's own app too. `id` is the copy (the newer one), `copyOf` the item
   * added here; deleting the copy leaves one.
   */
  | { kind: 'copy'; id: string; description: string; dueAt: string | null; copyOf: string };

export interface SinceLastLooked {
  /** The changes counted in words, e.g. "2 new · 1 done elsewhere · 1 removed". */
  words: string;
  changes: LookChange[];
}
