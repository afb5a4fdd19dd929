/**
 * Saves a value that changes often without writing it once per change: a save asked for while one
 * is waiting joins it, and the waiting write takes the value as it is when it starts. Every caller
 * still gets a promise that resolves once its change is on disk.
 */
import type { JsonFile } from './json-file';

export class CoalescedWriter<T> {
  private waiting: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: JsonFile<T>,
    private readonly current: () => T,
  ) {}

  save(): Promise<void> {
    if (this.waiting) return this.waiting;
    const next = this.running.then(() => {
      this.waiting = null;
      return this.file.write(this.current());
    });
    this.waiting = next;
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every save asked for so far has finished (successfully or not). */
  async settled(): Promise<void> {
    await this.running;
  }
}
