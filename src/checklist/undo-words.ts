/**
 * The Undo bar's line: what just happened to which item, naming the item by its first words so the
 * line stays short however long the description ("Deleted “Call the plumber about…”").
 */
import { firstWords } from '../../electron/shared/short-text';
import type { UndoOffer } from '../notices/notices.svelte';

/** How much of an item's words the line quotes. */
const QUOTED_GRAPHEMES = 40;

const WHAT: Record<Exclude<UndoOffer['kind'], 'edited'>, string> = {
  completed: 'Marked done',
  deleted: 'Deleted',
  restored: 'Restored',
  added: 'Added',
};

export function undoWords(offer: UndoOffer): string {
  const what = offer.kind === 'edited' ? `${offer.words}:` : WHAT[offer.kind];
  return `${what} “${firstWords(offer.description, QUOTED_GRAPHEMES)}”`;
}
