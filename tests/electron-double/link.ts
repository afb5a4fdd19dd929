/**
 * Request/answer messages over the IPC channel between the harness and the app's process (Node's
 * fork channel, structured clone). Both sides ask and answer: the app asks for pages, the harness
 * asks the app's Electron objects what they hold and plays the user's clicks on them.
 */
export interface Port {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

type Message =
  | { link: 'ask'; id: number; name: string; args: unknown[] }
  | { link: 'answer'; id: number; ok: true; value: unknown }
  | { link: 'answer'; id: number; ok: false; error: string };

export type Handler = (...args: never[]) => unknown;

export class Link {
  private next = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
  /** Set once the other side is gone for good: no question waits for an answer that cannot come. */
  private closedBecause: string | null = null;

  constructor(private readonly port: Port) {
    port.onMessage((raw) => this.receive(raw as Message));
  }

  answer(name: string, handler: Handler): void {
    this.handlers.set(name, handler as (...args: unknown[]) => unknown);
  }

  ask<T = unknown>(name: string, ...args: unknown[]): Promise<T> {
    if (this.closedBecause !== null) return Promise.reject(new Error(`${this.closedBecause} (asked "${name}")`));
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.port.send({ link: 'ask', id, name, args } satisfies Message);
    });
  }

  /** Every question still open fails with this reason (the other side is gone). */
  failAll(reason: string): void {
    for (const { reject } of this.waiting.values()) reject(new Error(reason));
    this.waiting.clear();
  }

  /** The other side is gone for good: open questions fail, and so does every later one, at once. */
  close(reason: string): void {
    this.closedBecause = reason;
    this.failAll(reason);
  }

  get closed(): boolean {
    return this.closedBecause !== null;
  }

  private receive(message: Message): void {
    if (typeof message !== 'object' || message === null || !('link' in message)) return;
    if (message.link === 'answer') {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(message.error));
      return;
    }
    const handler = this.handlers.get(message.name);
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`Nothing answers "${message.name}"`);
        return handler(...message.args);
      })
      .then(
        (value) => this.port.send({ link: 'answer', id: message.id, ok: true, value } satisfies Message),
        (error: unknown) =>
          this.port.send({
            link: 'answer',
            id: message.id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          } satisfies Message),
      );
  }
}
