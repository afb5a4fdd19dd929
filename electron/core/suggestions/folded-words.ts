/**
 * foldWords with a memory of the last round: the suggestions are worked out again on every change
 * of the list or of what was heard, and each time the same 2,000 descriptions and 1,000 to-dos
 * would be folded again. A text folded in the last round is looked up; a text the last round did
 * not use is forgotten, so the memory holds about what the list and the conversations hold.
 */
import { foldWords } from './fold-words';

export class FoldedWords {
  private last = new Map<string, string>();
  private current = new Map<string, string>();

  fold = (text: string): string => {
    let folded = this.current.get(text);
    if (folded === undefined) {
      folded = this.last.get(text) ?? foldWords(text);
      this.current.set(text, folded);
    }
    return folded;
  };

  /** One working-out is done: what it did not fold is forgotten. */
  endRound(): void {
    this.last = this.current;
    this.current = new Map();
  }

  /** Texts remembered now (this round's and the last's). */
  get size(): number {
    return new Set([...this.last.keys(), ...this.current.keys()]).size;
  }
}
