/**
 * The heap of the whole core (createOmiTray with the recording adapters: item store, outbox,
 * reminders, conversations, the last snapshot) after its first full sync of 10,000 items from the
 * fake Omi over HTTP. Measured in a child `node --expose-gc` (see ./core-heap-child), so full
 * collections can be forced and nothing of this process (the server and its items) is counted.
 * Budget 30 MB.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { generateItems } from '../../tests/fake-omi/sample-items';
import { READ_WRITE, startFakeOmi } from '../../tests/fake-omi/server';
import { rounded, type Figure } from './figure';

const ITEMS = 10_000;
const KEY = 'omi_dev_bench_key_0004';
const answerSchema = z.object({ bytes: z.number(), stored: z.number(), rows: z.number() });

export async function coreHeap(): Promise<Figure> {
  // A quarter done, due dates and creation times spread around today, as sample-items makes them.
  const omi = await startFakeOmi({
    keys: [{ key: KEY, scopes: READ_WRITE }],
    items: generateItems(ITEMS, { now: new Date() }),
  });
  try {
    const child = join(__dirname, 'core-heap-child.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', child, omi.url, KEY, String(ITEMS)],
      { timeout: 180_000 },
    );
    const answer = answerSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
    if (answer.stored !== ITEMS) throw new Error(`the core holds ${answer.stored} items after its sync, not ${ITEMS}`);
    omi.assertNoViolations();
    return { name: 'core-heap-10000-items', value: rounded(answer.bytes / 1024 / 1024), unit: 'MB', budget: 30 };
  } finally {
    await omi.close();
  }
}
