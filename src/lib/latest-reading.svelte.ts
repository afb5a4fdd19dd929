/**
 * The answer for the words in a textbox as they are now. Each change is read (the same words once,
 * however often asked); an answer that comes back after the words changed again is dropped, so a
 * slow answer never shows for text that is no longer there. Enter can wait for the answer to what it
 * sees (`whenRead`), so a fast typist's date is saved, not lost.
 */
export class LatestReading<T> {
  #asked: { text: string; answer: Promise<T> } | null = null;
  #read = $state.raw<{ text: string; value: T } | null>(null);
  readonly #reader: (text: string) => Promise<T>;

  /** `reader` must not reject: its failures are answers too. */
  constructor(reader: (text: string) => Promise<T>) {
    this.#reader = reader;
  }

  /** The answer for `text` once it has come; null while it is still being read. */
  answerFor(text: string): T | null {
    return this.#read?.text === text ? this.#read.value : null;
  }

  /**
   * The last answer that came, whatever words it was for: shown while the next one is on its way, so
   * the note under a textbox does not flicker back and forth on every key.
   */
  get latest(): T | null {
    return this.#read?.value ?? null;
  }

  /** Reads `text` unless it was the last thing asked, and resolves with its answer. */
  whenRead(text: string): Promise<T> {
    if (this.#asked?.text === text) return this.#asked.answer;
    const answer = this.#reader(text);
    this.#asked = { text, answer };
    void answer.then((value) => {
      if (this.#asked?.text === text) this.#read = { text, value };
    });
    return answer;
  }
}
