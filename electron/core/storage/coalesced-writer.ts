/**
 * Saves a value that changes often without writing it once per change: a save asked for while one
 * is waiting joins it, and the waiting write takes the value as it is when it starts. Every caller
 * still gets a promise that resolves once its change is on disk.
 */
import type { JsonFile } from './json-file';

export class CoalescedWriter<T> {
  private waiting: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();
  /** Whether the last write to finish failed: the file may hold less than the value did then. */
  private lastFailed = false;

  constructor(
    private readonly file: Pick<JsonFile<T>, 'write'>,
    private readonly current: () => T,
  ) {}

  save(): Promise<void> {
    if (this.waiting) return this.waiting;
    const next = this.running.then(async () => {
      this.waiting = null;
      try {
        await this.file.write(this.current());
        this.lastFailed = false;
      } catch (error) {
        this.lastFailed = true;
        throw error;
      }
    });
    this.waiting = next;
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every save asked for so far has finished (successfully or not). */
  async settled(): Promise<void> {
    await this.running;
  }

  /**
   * Resolves once the value as it is now is on disk: waits for the saves asked for so far, and
   * saves again only when the last of them failed (nothing is written when the file holds it).
   */
  async flush(): Promise<void> {
    await this.running;
    if (this.lastFailed) await this.save();
  }
}
