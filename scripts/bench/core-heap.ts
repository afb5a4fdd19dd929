/**
 * The heap of the core's item store and checklist views holding 10,000 items (not the whole core: no
 * outbox, reminders or snapshot, so the name says store and views): measured in a child
 * `node --expose-gc` (see ./core-heap-child), so full collections can be forced and nothing of this
 * process (browsers, servers) is counted.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { rounded, type Figure } from './figure';

const answerSchema = z.object({ bytes: z.number(), items: z.number() });

export async function coreHeap(): Promise<Figure> {
  const child = join(__dirname, 'core-heap-child.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', child], { timeout: 120_000 });
  const answer = answerSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
  return { name: 'core-item-store-and-views-heap-10000-items', value: rounded(answer.bytes / 1024 / 1024), unit: 'MB', budget: 30 };
}
