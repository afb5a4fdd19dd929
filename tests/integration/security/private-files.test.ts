/**
 * Everything Omi Tray writes into its data folder is readable by this user only: folders 0700,
 * files 0600 (settings, items, pending edits, reminders, the log, temp files of atomic writes),
 * also where an older version left them open to others.
 */
import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/core/logging/logger';
import { createOmiTray } from '../../../electron/core/omi-tray';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store';
import { DATA_FILES } from '../../../electron/core/storage/data-files';
import { JsonFile } from '../../../electron/core/storage/json-file';
import { createLogSink } from '../../../electron/main/adapters/log-sink';
import { ensurePrivateFolder } from '../../../electron/main/adapters/private-folder';
import { CONVERSATIONS_READ_SCOPE, READ_WRITE, startFakeOmi } from '../../fake-omi/server';
import { recordingPlatform } from '../../harness/recording-platform';
import { tempDir } from '../../unit/core/support/temp-dir';
import { until } from '../../unit/core/support/until';

const KEY = 'omi_dev_private_files_key_0c4f9a';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every folder and file under `root` whose mode is not the private one, as "path mode". */
async function notPrivate(root: string): Promise<string[]> {
  const wrong: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const folderMode = (await stat(dir)).mode & 0o777;
    if (folderMode !== 0o700) wrong.push(`${dir} ${folderMode.toString(8)}`);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const mode = (await stat(path)).mode & 0o777;
        if (mode !== 0o600) wrong.push(`${path} ${mode.toString(8)}`);
      }
    }
  };
  await walk(root);
  return wrong;
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

describe.skipIf(process.platform === 'win32')('the data folder is private', () => {
  it('holds only 0600 files in 0700 folders after a session of use', async () => {
    const parent = await tempDir();
    cleanups.push(parent.remove);
    const dataDir = join(parent.path, 'Omi Tray');
    ensurePrivateFolder(dataDir);
    const logSink = createLogSink({ dataDir, echo: false });
    // The session ticks, creates and opens a conversation, so the key is granted those by name.
    const omi = await startFakeOmi({
      keys: [{ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] }],
      items: [{ id: 'a1', description: 'Call Ana about the lease', conversation_id: 'conv-lease' }],
      conversations: [{ id: 'conv-lease', title: 'Lease call', overview: 'Ana sends the lease on Monday.' }],
    });
    cleanups.push(() => omi.close());
    const { platform } = recordingPlatform({
      dataDir,
      secrets: new MemorySecretStore(),
      env: { OMI_API_BASE_URL: omi.url },
      timeZone: 'UTC',
      logger: createLogger({ sink: (line) => logSink.write(line) }),
    });
    const core = createOmiTray(platform);
    await core.start();
    expect((await core.handlers['auth:connect']({ apiKey: KEY })).ok).toBe(true);
    expect((await core.handlers['items:update']({ id: 'a1', changes: { completed: true } })).ok).toBe(true);
    expect(
      (await core.handlers['items:create']({ description: 'Book the train', dueAt: '2030-01-02T09:00:00Z' })).ok,
    ).toBe(true);
    expect((await core.handlers['settings:update']({ reminderLeadMinutes: 15 })).ok).toBe(true);
    expect(await core.handlers['conversations:get']({ id: 'conv-lease' })).toMatchObject({
      ok: true,
      value: { kind: 'found' },
    });
    await until(() => core.snapshot().outboxSize === 0, 'the edits sent');
    await core.shutdown();
    await logSink.close();
    omi.assertNoViolations();

    const files = await listFiles(dataDir);
    expect(files).toEqual(
      expect.arrayContaining(['logs/omi-tray.log', 'settings.json', 'items.json', 'outbox.json', 'conversations.json']),
    );
    // Every file it keeps is one the app names in its list of data files (which the file-fault soak damages).
    const named: string[] = Object.values(DATA_FILES);
    expect(files.filter((file) => !file.startsWith('logs/') && !named.includes(file))).toEqual([]);
    expect(await notPrivate(dataDir)).toEqual([]);
  });

  it('tightens a folder and log an older version left open to others', async () => {
    const parent = await tempDir();
    cleanups.push(parent.remove);
    const dataDir = join(parent.path, 'data');
    await mkdir(join(dataDir, 'logs'), { recursive: true, mode: 0o755 });
    await chmod(dataDir, 0o755);
    await chmod(join(dataDir, 'logs'), 0o755);
    await writeFile(join(dataDir, 'logs', 'omi-tray.log'), 'an old line\n', { mode: 0o644 });
    // An atomic write's temp file that a crashed run of this process id left behind, 0644.
    await writeFile(join(dataDir, `settings.json.${process.pid}.tmp`), '{}', { mode: 0o644 });

    ensurePrivateFolder(dataDir, { tighten: true });
    const logSink = createLogSink({ dataDir, echo: false, tighten: true });
    logSink.write('a new line');
    await logSink.close();
    const file = new JsonFile<{ a: number }>({
      path: join(dataDir, 'settings.json'),
      parse: (raw) => ({ ok: true, value: raw as { a: number } }),
    });
    await file.write({ a: 1 });

    expect(await notPrivate(dataDir)).toEqual([]);
  });
});
