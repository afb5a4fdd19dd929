/**
 * A big part of the snapshot that most pushes do not change (the items, "Since you last looked",
 * the suggestions): numbered, so a push can leave it out and the page show the one it holds under
 * that number. The number moves on only when the part shows something else (`same`
 * says when two are alike); meanwhile the part stays the object numbered before.
 */
export class NumberedPart<T> {
  private seq = 0;
  private current: T;
  /** What the last push carried (null: no push carried the part yet). */
  private told: { value: T } | null = null;

  constructor(
    initial: T,
    private readonly same: (a: T, b: T) => boolean,
  ) {
    this.current = initial;
  }

  /** The part as it is now, and its number: the object numbered before while it shows the same. */
  take(now: T): { seq: number; value: T } {
    if (!this.same(now, this.current)) {
      this.current = now;
      this.seq += 1;
    }
    return { seq: this.seq, value: this.current };
  }

  /** For a push: the part, or undefined when the last push already carried this very object. */
  forPush(value: T): T | undefined {
    if (this.told !== null && this.told.value === value) return undefined;
    this.told = { value };
    return value;
  }
}
