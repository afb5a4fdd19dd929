/**
 * `npm run bench`: every speed and memory figure with its budget, one `name value unit ≤budget` line
 * each (`OVER BUDGET` appended to a figure that misses it), or with --json one JSON array of
 * {name, value, unit, budget, withinBudget} on stdout. Progress and errors go to stderr.
 *
 * Exit code: a figure over budget is reported, not failed (shared machines are noisy, and the figures
 * are for reading); the exit code is 1 only when a measurement could not be made (it threw). The other
 * figures are still measured and printed.
 *
 * `--only <word>` runs the measurements whose name holds the word (e.g. `--only tick`).
 *
 * Needs a built renderer (`npm run build`), which it makes when missing.
 */
import { exitWith } from './exit-with';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { figureJson, formatFigure, type Figure } from './figure';
import { popoverBundleSize } from './bundle-size';
import { reminderReplan } from './reminder-replan';
import { fullSyncRequests } from './full-sync-requests';
import { coreHeap } from './core-heap';
import { editBurstRequests } from './edit-burst-requests';
import { listPaint } from './list-paint';
import { tickPaint } from './tick-paint';
import { frameFloor } from './frame-floor';
import { quickEditFilter } from './quick-edit-filter';
import { reminderLateness } from './reminder-lateness';
import { conversationExpand } from './conversation-expand';
import { dueReading } from './due-reading';

type Bench = () => Promise<Figure | Figure[]>;

const benches: Bench[] = [
  popoverBundleSize,
  listPaint,
  frameFloor,
  tickPaint,
  fullSyncRequests,
  coreHeap,
  quickEditFilter,
  dueReading,
  editBurstRequests,
  reminderReplan,
  reminderLateness,
  conversationExpand,
];

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt === -1 ? null : (process.argv[onlyAt + 1] ?? '').toLowerCase();
  const chosen = only === null ? benches : benches.filter((bench) => bench.name.toLowerCase().includes(only));
  if (chosen.length === 0) {
    console.error(`No measurement is called like "${only ?? ''}". There are: ${benches.map((bench) => bench.name).join(', ')}.`);
    return 1;
  }
  if (!existsSync('out/renderer/index.html')) execSync('npx electron-vite build', { stdio: ['ignore', 2, 2] });
  const figures: Figure[] = [];
  let failed = 0;
  for (const bench of chosen) {
    try {
      const result = await bench();
      for (const figure of Array.isArray(result) ? result : [result]) {
        figures.push(figure);
        if (!json) console.log(formatFigure(figure));
      }
    } catch (error) {
      failed++;
      console.error(`${bench.name} could not be measured:`, error);
    }
  }
  if (json) console.log(JSON.stringify(figures.map(figureJson), null, 2));
  return failed === 0 ? 0 : 1;
}

exitWith(main);
