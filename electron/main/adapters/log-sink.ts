/**
 * Where log lines go: data folder/logs/omi-tray.log, and the terminal when not packaged. Lines
 * arrive already redacted by core's logger; they still hold item text, so the files are private.
 */
import { createWriteStream, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateFolder, makeFilePrivate, PRIVATE_FILE_MODE } from './private-folder';

/** One earlier file is kept beside the current one. */
const MAX_BYTES = 1024 * 1024;

export interface LogSink {
  write(line: string): void;
  close(): Promise<void>;
}

/** The folder of the log, inside the data folder. */
export const logFolder = (dataDir: string): string => join(dataDir, 'logs');

/** `tighten`: the data folder is the app's own, so an existing logs folder in it is made private too. */
export function createLogSink(options: { dataDir: string; echo: boolean; tighten?: boolean }): LogSink {
  const dir = logFolder(options.dataDir);
  const file = join(dir, 'omi-tray.log');
  ensurePrivateFolder(dir, { tighten: options.tighten ?? false });
  rotateIfLarge(file);
  // A log written by an older version may be 0644: tightened before anything is appended.
  makeFilePrivate(file);
  makeFilePrivate(`${file}.1`);
  const stream = createWriteStream(file, { flags: 'a', mode: PRIVATE_FILE_MODE });
  // A log that cannot be written must never take the app down.
  stream.on('error', () => undefined);

  return {
    write(line) {
      stream.write(`${line}\n`);
      if (options.echo) process.stdout.write(`${line}\n`);
    },
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

function rotateIfLarge(file: string): void {
  try {
    if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet.
  }
}
