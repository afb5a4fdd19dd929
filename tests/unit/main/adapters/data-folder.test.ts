/**
 * The data folder and the log in it hold item text, so they are this user's alone: folders 0700,
 * files 0600 whatever the umask, tightened when an older version left them open. The log keeps one
 * earlier file beside it, and a data folder named for tests or the demo is its own app.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDataDir } from '../../../../electron/main/adapters/data-dir';
import { ensurePrivateFolder } from '../../../../electron/main/adapters/private-folder';
import { createLogSink } from '../../../../electron/main/adapters/log-sink';
import { app } from '../../../electron-double/main/app';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const mode = (path: string) => statSync(path).mode & 0o777;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'omi-tray-data-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('is the folder OMI_TRAY_DATA_DIR names, made private, and Electron keeps its profile there', () => {
    const chosen = join(dir, 'demo');
    expect(useDataDir({ OMI_TRAY_DATA_DIR: chosen })).toEqual({ path: chosen, own: false, problem: null });
    expect(app.getPath('userData')).toBe(chosen);
    expect(mode(chosen)).toBe(0o700);
  });

  it("is Electron's own folder otherwise, tightened if an older version left it open", () => {
    const own = join(dir, 'Omi Tray');
    mkdirSync(own, { mode: 0o755 });
    chmodSync(own, 0o755);
    app.setPath('userData', own);
    expect(useDataDir({})).toEqual({ path: own, own: true, problem: null });
    expect(mode(own)).toBe(0o700);
  });

  it('is never chmod-ed when OMI_TRAY_DATA_DIR names a folder that already exists ($HOME, say)', () => {
    const home = join(dir, 'home');
    mkdirSync(home, { mode: 0o755 });
    chmodSync(home, 0o755);
    expect(useDataDir({ OMI_TRAY_DATA_DIR: home })).toEqual({ path: home, own: false, problem: null });
    expect(mode(home)).toBe(0o755);
    const sink = createLogSink({ dataDir: home, echo: false });
    void sink.close();
    expect(mode(join(home, 'logs'))).toBe(0o700);
  });

  it('a chmod that fails is said in words, not thrown', () => {
    const own = join(dir, 'Omi Tray');
    const chmod = () => {
      throw new Error('EPERM: operation not permitted');
    };
    expect(ensurePrivateFolder(own, { tighten: true, chmod })).toBe(
      `The data folder ${own} could not be made private (EPERM: operation not permitted).`,
    );
  });
});

describe.skipIf(process.platform === 'win32')('the log', () => {
  it('is written to logs/omi-tray.log in private files', async () => {
    const sink = createLogSink({ dataDir: dir, echo: false });
    sink.write('{"msg":"Omi Tray started"}');
    sink.write('{"msg":"Signed in"}');
    await sink.close();
    const file = join(dir, 'logs', 'omi-tray.log');
    expect(readFileSync(file, 'utf8')).toBe('{"msg":"Omi Tray started"}\n{"msg":"Signed in"}\n');
    expect(mode(join(dir, 'logs'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
  });

  it('tightens a log and its earlier file that an older version left readable to others', async () => {
    mkdirSync(join(dir, 'logs'));
    const file = join(dir, 'logs', 'omi-tray.log');
    for (const path of [file, `${file}.1`]) {
      writeFileSync(path, 'old\n', { mode: 0o644 });
      chmodSync(path, 0o644);
    }
    await createLogSink({ dataDir: dir, echo: false }).close();
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}.1`)).toBe(0o600);
  });

  it('starts a new file past 1 MB, keeping the earlier one beside it', async () => {
    mkdirSync(join(dir, 'logs'));
    const file = join(dir, 'logs', 'omi-tray.log');
    writeFileSync(file, 'x'.repeat(1024 * 1024 + 1));
    const sink = createLogSink({ dataDir: dir, echo: false });
    sink.write('fresh');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('fresh\n');
    expect(statSync(`${file}.1`).size).toBe(1024 * 1024 + 1);
  });

  it('keeps a log under 1 MB, appending to it', async () => {
    mkdirSync(join(dir, 'logs'));
    const file = join(dir, 'logs', 'omi-tray.log');
    writeFileSync(file, 'earlier\n');
    const sink = createLogSink({ dataDir: dir, echo: false });
    sink.write('later');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('earlier\nlater\n');
    expect(existsSync(`${file}.1`)).toBe(false);
  });

  it('also shows each line in the terminal of an unpackaged run', async () => {
    const shown: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      shown.push(String(chunk));
      return true;
    });
    const sink = createLogSink({ dataDir: dir, echo: true });
    sink.write('{"msg":"hello"}');
    await sink.close();
    expect(shown).toEqual(['{"msg":"hello"}\n']);
  });
});
