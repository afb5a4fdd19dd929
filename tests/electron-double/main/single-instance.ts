/**
 * The single-instance lock, kept in the data folder as Electron keeps it (so each data folder is its
 * own app): a lock file naming the owner's pid, and a Unix socket beside it over which a second
 * instance hands its argv and working directory to the first ('second-instance') before it quits.
 */
import { createConnection, createServer, type Server } from 'node:net';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface SecondInstance {
  argv: string[];
  cwd: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class SingleInstanceLock {
  private server: Server | null = null;
  private lockFile: string | null = null;
  /** A second instance's message still on its way; quitting waits for it. */
  handingOver: Promise<void> = Promise.resolve();

  /** True when this process now owns the folder; false (after telling the owner) otherwise. */
  request(folder: string, onSecond: (second: SecondInstance) => void): boolean {
    const lockFile = join(folder, 'SingletonLock');
    const socket = join(folder, 'SingletonSocket');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lockFile, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.lockFile = lockFile;
        rmSync(socket, { force: true });
        this.server = createServer((connection) => {
          let text = '';
          connection.setEncoding('utf8');
          connection.on('data', (chunk) => (text += chunk));
          connection.on('end', () => {
            const parsed = JSON.parse(text) as SecondInstance;
            onSecond(parsed);
          });
        });
        this.server.listen(socket);
        this.server.unref();
        return true;
      } catch {
        const owner = Number(readFileSync(lockFile, 'utf8'));
        if (alive(owner)) break;
        // Left behind by an instance that was killed: the lock is free.
        rmSync(lockFile, { force: true });
      }
    }
    this.handingOver = new Promise((resolve) => {
      const connection = createConnection(socket, () => {
        connection.end(JSON.stringify({ argv: process.argv, cwd: process.cwd() } satisfies SecondInstance));
      });
      connection.on('close', () => resolve());
      connection.on('error', () => resolve());
    });
    return false;
  }

  release(): void {
    this.server?.close();
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}
