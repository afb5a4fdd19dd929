/**
 * `npm run soak`: the real core against the fake Omi server under faults, judged against what the user
 * intended. Prints `name value unit ≤budget` per figure (`OVER BUDGET` after a miss), or with --json a
 * JSON array like the bench's. Progress, the seed and the findings go to stderr.
 *
 *   --seed N   replay a run (the seed is printed at the start)
 *   --short    a quick version (what `npm test` runs)
 *   --only W   the parts whose name holds W (edits, kill, files, hours)
 *   SOAK_DEBUG=1 (environment) also prints every request of the edit soak and every slow action
 *
 * Exit code: 1 when any figure is over its budget (each named on stderr, after the figures) or a part
 * could not run (it threw).
 */
import { exitWith } from '../bench/exit-with';
import { fileFaultsSoak } from './file-faults';
import { killSoak } from './kill-soak';
import { randomEditsSoak } from './random-edits';
import { runSoak, type SoakPart } from './soak-command';
import { simulatedHoursSoak } from './simulated-hours';

const parts: SoakPart[] = [
  {
    name: 'edits',
    run: (random, short, log, findings) =>
      randomEditsSoak({ random, edits: short ? 60 : 500, runs: short ? 2 : 5, failureRate: 0.3, log, findings }),
  },
  {
    name: 'kill',
    run: (random, short, log, findings) =>
      killSoak({ random, edits: short ? 40 : 500, kills: short ? 4 : 50, failureRate: 0.3, log, findings }),
  },
  // Every file in every way, also in the short run (about 30 s).
  { name: 'files', run: (random, _short, log, findings) => fileFaultsSoak({ random, log, findings }) },
  {
    name: 'hours',
    run: (random, short, log, findings) => simulatedHoursSoak({ random, hours: short ? 1 : 2, log, findings }),
  },
];

exitWith(() =>
  runSoak({
    argv: process.argv,
    parts,
    newSeed: () => Math.floor(Math.random() * 2 ** 31),
    output: {
      print: (line) => console.log(line),
      error: (line, detail) => (detail === undefined ? console.error(line) : console.error(line, detail)),
    },
  }),
);
