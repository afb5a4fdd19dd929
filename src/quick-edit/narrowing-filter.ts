/**
 * filterBy with a memory of its recent answers for one list, because quick edit filters on every
 * keystroke: typing on narrows an earlier, smaller answer instead of the whole list, and erasing
 * finds the answer it had before. Answers are the same as filterBy's, in the same order.
 *
 * Why narrowing is exact: an item matches a query when each of its words is in the item's text.
 * If each word of an earlier query lies inside some word of the new one ("ca" in "cal"), every
 * item matching the new query matched the earlier one, so filtering that earlier answer is enough.
 */
import { filterBy, queryWords } from './filter-items';

const REMEMBERED = 32;

interface Answer<T> {
  words: string[];
  matches: T[];
}

export class NarrowingFilter<T> {
  #items: readonly T[] | null = null;
  /** Normalised query → its answer; oldest first. */
  #answers = new Map<string, Answer<T>>();

  constructor(private readonly textOf: (item: T) => string) {}

  filter(items: readonly T[], query: string): T[] {
    if (items !== this.#items) {
      this.#items = items;
      this.#answers.clear();
    }
    const words = queryWords(query);
    if (words.length === 0) return [...items];
    const key = words.join(' ');
    const known = this.#answers.get(key);
    if (known) return known.matches;
    const matches = filterBy(this.#narrowest(words) ?? items, query, this.textOf);
    if (this.#answers.size >= REMEMBERED) this.#answers.delete(this.#answers.keys().next().value!);
    this.#answers.set(key, { words, matches });
    return matches;
  }

  /** The smallest remembered answer that holds every match of `words`, or null. */
  #narrowest(words: readonly string[]): T[] | null {
    let best: T[] | null = null;
    for (const answer of this.#answers.values()) {
      const holds = answer.words.every((earlier) => words.some((word) => word.includes(earlier)));
      if (holds && (best === null || answer.matches.length < best.length)) best = answer.matches;
    }
    return best;
  }
}
