/**
 * One JSON document in the data folder, written atomically (temp file, fsync, rename) and read
 * through a validator. A file that cannot be parsed or does not validate is moved aside (never
 * deleted) and reported; the caller gets its fallback value and the app keeps running.
 *
 * A file that cannot be read at all (busy, locked by a virus scanner, no permission) is tried again
 * a few times; if it stays unreadable it is moved aside too, and if even that fails, this JsonFile
 * refuses every write: a file whose content is unknown is never written over. Temp files that a
 * killed process left behind are removed on the first read.
 */
import type { CorruptFile } from './file-notice';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type Parse<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string };

export interface JsonFileOptions<T> {
  path: string;
  parse: Parse<T>;
  /** Told when a corrupt file was moved aside, in words the user can read. */
  /** The full account (for the log), and which file it was (for the person's words, core/storage/file-notice). */
  onCorrupt?: (message: string, corrupt?: CorruptFile) => void;
  /** Time source for the moved-aside file's name; injected for tests. */
  now?: () => number;
  /** What a moved-aside file held, in words ("it held 3 unsent edits"); raw is undefined when it was not JSON. */
  describeKept?: (raw: unknown) => string | null;
  /** Reads the file's text; injected for tests of read errors. */
  readText?: (path: string) => Promise<string>;
  /** Waits between read attempts; injected for tests. */
  pause?: (ms: number) => Promise<void>;
  /** Moves a file that cannot be used aside; injected for tests of a folder that refuses it. */
  moveFile?: (from: string, to: string) => Promise<void>;
}

/** Read errors that often pass by themselves (another program holds the file for a moment). */
const PASSING_READ_ERRORS = new Set(['EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE', 'EPERM', 'EACCES', 'EIO', 'ETIMEDOUT']);
const READ_ATTEMPTS = 4;

/** The file exists but could not be read, and could not be moved aside: nothing may write over it. */
class UnreadableFileError extends Error {}

export class JsonFile<T> {
  readonly path: string;
  private readonly parse: Parse<T>;
  private readonly onCorrupt: (message: string, corrupt?: CorruptFile) => void;
  private readonly now: () => number;
  /** Writes are serialised so a later write never lands before an earlier one. */
  private chain: Promise<void> = Promise.resolve();
  private readonly describeKept: (raw: unknown) => string | null;
  private readonly readText: (path: string) => Promise<string>;
  private readonly pause: (ms: number) => Promise<void>;
  private readonly moveFile: (from: string, to: string) => Promise<void>;
  private cleaned = false;
  /** Why writes are refused (the file could not be read nor moved aside); null when they are not. */
  private refusal: string | null = null;

  constructor(options: JsonFileOptions<T>) {
    this.path = options.path;
    this.parse = options.parse;
    this.onCorrupt = options.onCorrupt ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.describeKept = options.describeKept ?? (() => null);
    this.readText = options.readText ?? ((path) => readFile(path, 'utf8'));
    this.pause = options.pause ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.moveFile = options.moveFile ?? rename;
  }

  /** Why this file may not be written now, or null. */
  writeRefusal(): string | null {
    return this.refusal;
  }

  /**
   * The stored value, or `fallback` when there is no file yet or it was corrupt or unreadable (then
   * moved aside and reported). Throws UnreadableFileError when it could be neither read nor moved.
   */
  async read(fallback: T): Promise<T> {
    if (!this.cleaned) {
      this.cleaned = true;
      await this.removeStaleTemps();
    }
    const text = await this.readWithRetries();
    if (text === null) return fallback;
    if (typeof text !== 'string') {
      await this.keepUnreadable(text.error);
      return fallback;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      await this.moveAside('it is not valid JSON', undefined);
      return fallback;
    }
    const parsed = this.parse(raw);
    if (parsed.ok) {
      this.refusal = null;
      return parsed.value;
    }
    await this.moveAside(parsed.reason, raw);
    return fallback;
  }

  /**
   * Copies kept aside at an earlier start because they could not be read, which now read and
   * validate (the program that held them let go), oldest first. Copies still unreadable stay put.
   */
  async readableKeptCopies(): Promise<{ path: string; value: T }[]> {
    const folder = dirname(this.path);
    const prefix = `${basename(this.path)}.unreadable-`;
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return [];
    }
    const copies: { path: string; value: T; at: number }[] = [];
    for (const name of names) {
      if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
      const path = join(folder, name);
      try {
        const parsed = this.parse(JSON.parse(await this.readText(path)));
        if (parsed.ok) copies.push({ path, value: parsed.value, at: Number(name.slice(prefix.length)) });
      } catch {
        // Still unreadable or not JSON: it stays where it is, as the notice at the time said.
      }
    }
    return copies.sort((a, b) => a.at - b.at).map(({ path, value }) => ({ path, value }));
  }

  /** Removes a kept copy whose content was taken back; tells the user in words, if there is news. */
  async forgetKeptCopy(path: string, message: string | null): Promise<void> {
    await unlink(path).catch(() => undefined);
    if (message !== null) this.onCorrupt(message);
  }

  /** Replaces the file's content atomically. Resolves once the data is on disk. */
  write(value: T): Promise<void> {
    if (this.refusal !== null) return Promise.reject(new UnreadableFileError(this.refusal));
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

  /** The text, null when there is no file, or the error that outlasted every attempt. */
  private async readWithRetries(): Promise<string | null | { error: unknown }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.readText(this.path);
      } catch (error) {
        if (isMissing(error)) return null;
        if (attempt >= READ_ATTEMPTS || !PASSING_READ_ERRORS.has(codeOf(error) ?? '')) return { error };
        await this.pause(25 * 2 ** attempt);
      }
    }
  }

  /** The file is there but cannot be read: keep it aside untouched, or refuse to write over it. */
  private async keepUnreadable(error: unknown): Promise<void> {
    const why = codeOf(error) ?? (error instanceof Error ? error.message : String(error));
    const aside = `${this.path}.unreadable-${this.now()}`;
    try {
      await this.moveFile(this.path, aside);
    } catch {
      this.refusal = `${basename(this.path)} could not be read (${why}), so Omi Tray will not write over it. Close any program that holds it, then restart Omi Tray.`;
      throw new UnreadableFileError(this.refusal);
    }
    const kept = this.describeKept(undefined);
    this.onCorrupt(
      `${basename(this.path)} could not be read (${why})${kept ? `; ${kept}` : ''}. It was kept as ${aside} and a fresh one started.`,
      { file: basename(this.path), heldUnsent: kept !== null },
    );
  }

  private async moveAside(reason: string, raw: unknown): Promise<void> {
    const aside = `${this.path}.corrupt-${this.now()}`;
    await this.moveFile(this.path, aside);
    const kept = this.describeKept(raw);
    this.onCorrupt(
      `${basename(this.path)} could not be read (${reason})${kept ? `; ${kept}` : ''}. It was moved to ${aside} and a fresh one started.`,
      { file: basename(this.path), heldUnsent: kept !== null },
    );
  }

  /** `name.<pid>.tmp` files of processes killed mid-write: never renamed into place, safe to remove. */
  private async removeStaleTemps(): Promise<void> {
    const folder = dirname(this.path);
    const prefix = `${basename(this.path)}.`;
    const own = `${prefix}${process.pid}.tmp`;
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (
        name.startsWith(prefix) &&
        name.endsWith('.tmp') &&
        /^\d+$/.test(name.slice(prefix.length, -4)) &&
        name !== own
      ) {
        await unlink(join(folder, name)).catch(() => undefined);
      }
    }
  }
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
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
