/**
 * `npm run bench`: every speed and memory figure with its budget, one `name value unit ≤budget` line
 * each (`OVER BUDGET` appended to a figure that misses it), or with --json one JSON array of
 * {name, value, unit, budget, withinBudget} on stdout. Progress and errors go to stderr, and so does
 * how busy the machine was before the first measurement and after the last (cores, load average).
 *
 * Exit code: 1 when any figure is over its budget (each named on stderr, after the figures) or a
 * measurement could not be made (it threw; the other figures are still measured and printed).
 *
 * `--only <word>` runs the measurements whose name holds the word (e.g. `--only tick`).
 *
 * Builds the app first, as it ships (build-as-shipped), so the figures are those of the code as it is.
 */
import { exitWith } from './exit-with';
import { runBench, type Bench } from './bench-command';
import { popoverBundleSize } from './bundle-size';
import { reminderReplan } from './reminder-replan';
import { fullSyncRequests } from './full-sync-requests';
import { coreHeap } from './core-heap';
import { editBurstRequests } from './edit-burst-requests';
import { listPaint } from './list-paint';
import { tickPaint } from './tick-paint';
import { quickEditFilter } from './quick-edit-filter';
import { reminderLateness } from './reminder-lateness';
import { conversationExpand } from './conversation-expand';
import { dueReading } from './due-reading';
import { inboxPaint } from './inbox-paint';
import { buildAsShipped } from './build-as-shipped';
import { machineLoad } from './machine-load';

const benches: Bench[] = [
  popoverBundleSize,
  listPaint,
  tickPaint,
  fullSyncRequests,
  coreHeap,
  quickEditFilter,
  dueReading,
  editBurstRequests,
  reminderReplan,
  reminderLateness,
  conversationExpand,
  inboxPaint,
];

exitWith(() =>
  runBench({
    argv: process.argv,
    benches,
    prepare: () => buildAsShipped(),
    machine: machineLoad,
    output: {
      print: (line) => console.log(line),
      error: (line, detail) => (detail === undefined ? console.error(line) : console.error(line, detail)),
    },
  }),
);
