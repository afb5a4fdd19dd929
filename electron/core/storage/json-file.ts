/**
 * One JSON document in the data folder, written atomically (temp file, fsync, rename) and read
 * through a validator. A file that cannot be parsed or does not validate is moved aside (never
 * deleted) and reported; the caller gets its fallback value and the app keeps running.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type Parse<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string };

export interface JsonFileOptions<T> {
  path: string;
  parse: Parse<T>;
  /** Told when a corrupt file was moved aside, in words the user can read. */
  onCorrupt?: (message: string) => void;
  /** Time source for the moved-aside file's name; injected for tests. */
  now?: () => number;
}

export class JsonFile<T> {
  readonly path: string;
  private readonly parse: Parse<T>;
  private readonly onCorrupt: (message: string) => void;
  private readonly now: () => number;
  /** Writes are serialised so a later write never lands before an earlier one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(options: JsonFileOptions<T>) {
    this.path = options.path;
    this.parse = options.parse;
    this.onCorrupt = options.onCorrupt ?? (() => undefined);
    this.now = options.now ?? Date.now;
  }

  /** The stored value, or `fallback` when there is no file yet or it was corrupt. */
  async read(fallback: T): Promise<T> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return fallback;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      await this.moveAside('it is not valid JSON');
      return fallback;
    }
    const parsed = this.parse(raw);
    if (parsed.ok) return parsed.value;
    await this.moveAside(parsed.reason);
    return fallback;
  }

  /** Replaces the file's content atomically. Resolves once the data is on disk. */
  write(value: T): Promise<void> {
    const next = this.chain.then(() => this.writeNow(value));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async writeNow(value: T): Promise<void> {
    // The data folder is private to this user (0700), like the 0600 files in it.
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      // A temp file a crash left behind keeps its old mode when reopened: private again before writing.
      await handle.chmod(0o600);
      await handle.writeFile(`${JSON.stringify(value, null, 1)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(this.path));
  }

  private async moveAside(reason: string): Promise<void> {
    const aside = `${this.path}.corrupt-${this.now()}`;
    await rename(this.path, aside);
    this.onCorrupt(`${basename(this.path)} could not be read (${reason}); it was moved to ${aside} and a fresh one started.`);
  }
}

function basename(path: string): string {
  return join(path).split(/[\\/]/).pop() ?? path;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'ENOENT';
}

/** fsync the folder so the rename itself survives a power cut; not possible on Windows, where rename is already durable enough. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
