/**
 * The answer for the words in a textbox as they are now. Each change is read (the same words once,
 * however often asked); an answer that comes back after the words changed again is dropped, so a
 * slow answer never shows for text that is no longer there. Enter can wait for the answer to what it
 * sees (`whenRead`), so a fast typist's date is saved, not lost. Made while a component starts: it
 * reads the words as they change for as long as the component lives.
 */
export class LatestReading<T> {
  #asked: { text: string; answer: Promise<T> } | null = null;
  #read = $state.raw<{ text: string; value: T } | null>(null);
  readonly #reader: (text: string) => Promise<T>;
  readonly #words: () => string;

  /** `reader` must not reject: its failures are answers too. `words`: the textbox's text (blank is not read). */
  constructor(reader: (text: string) => Promise<T>, words: () => string) {
    this.#reader = reader;
    this.#words = words;
    $effect(() => {
      const text = words();
      if (text.trim() !== '') void this.whenRead(text);
    });
  }

  /** The answer for the words as they are now; null while they are blank or still being read. */
  get current(): T | null {
    const text = this.#words();
    return text.trim() !== '' && this.#read?.text === text ? this.#read.value : null;
  }

  /**
   * The last answer that came, whatever words it was for: shown while the next one is on its way, so
   * the note under a textbox does not flicker back and forth on every key.
   */
  get latest(): T | null {
    return this.#read?.value ?? null;
  }

  /** The answer for `text`: the one already in, or `text` read (unless it was the last thing asked). */
  whenRead(text: string): Promise<T> {
    if (this.#read?.text === text) return Promise.resolve(this.#read.value);
    if (this.#asked?.text === text) return this.#asked.answer;
    const answer = this.#reader(text);
    this.#asked = { text, answer };
    void answer.then((value) => {
      if (this.#asked?.text === text) this.#read = { text, value };
    });
    return answer;
  }
}
