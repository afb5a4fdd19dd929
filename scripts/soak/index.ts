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
 * Exit code: figures over budget are reported, not failed (the figures are for reading); 1 only when a
 * part could not run (it threw).
 */
import { exitWith } from '../bench/exit-with';
import { figureJson, formatFigure, type Figure } from '../bench/figure';
import { fileFaultsSoak } from './file-faults';
import { killSoak } from './kill-soak';
import { randomEditsSoak } from './random-edits';
import { SeededRandom } from './seeded-random';
import { simulatedHoursSoak } from './simulated-hours';

interface Part {
  name: string;
  run: (random: SeededRandom, short: boolean, log: (line: string) => void) => Promise<Figure[]>;
}

const parts: Part[] = [
  { name: 'edits', run: (random, short, log) => randomEditsSoak({ random, edits: short ? 60 : 500, runs: short ? 2 : 5, failureRate: 0.3, log }) },
  { name: 'kill', run: (random, short, log) => killSoak({ random, edits: short ? 40 : 500, kills: short ? 4 : 50, failureRate: 0.3, log }) },
  { name: 'files', run: (random, short, log) => fileFaultsSoak({ random, short, log }) },
  { name: 'hours', run: (random, short, log) => simulatedHoursSoak({ random, hours: short ? 1 : 2, log }) },
];

function argument(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : (process.argv[at + 1] ?? '');
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const short = process.argv.includes('--short');
  const seedText = argument('--seed');
  const seed = seedText === null ? Math.floor(Math.random() * 2 ** 31) : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0) {
    console.error(`--seed must be a whole number ≥ 0, not "${seedText ?? ''}"`);
    return 1;
  }
  const only = argument('--only')?.toLowerCase() ?? null;
  const chosen = only === null ? parts : parts.filter((part) => part.name.includes(only));
  if (chosen.length === 0) {
    console.error(`No soak part is called like "${only ?? ''}". There are: ${parts.map((part) => part.name).join(', ')}.`);
    return 1;
  }
  const log = (line: string) => console.error(line);
  log(`soak seed ${seed}${short ? ' (short)' : ''}: replay with npm run soak -- --seed ${seed}${short ? ' --short' : ''}`);
  const figures: Figure[] = [];
  let failed = 0;
  for (const part of chosen) {
    const started = Date.now();
    log(`soak ${part.name}…`);
    try {
      const result = await part.run(new SeededRandom(seed).fork(part.name), short, log);
      for (const figure of result) {
        figures.push(figure);
        if (!json) console.log(formatFigure(figure));
      }
    } catch (error) {
      failed++;
      console.error(`soak ${part.name} could not run:`, error);
    }
    log(`soak ${part.name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (json) console.log(JSON.stringify(figures.map(figureJson), null, 2));
  return failed === 0 ? 0 : 1;
}

exitWith(main);
