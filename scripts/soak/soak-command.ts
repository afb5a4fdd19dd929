/**
 * What `npm run soak` does with its arguments and its parts: runs the chosen parts on one seed,
 * prints each figure (or one JSON array), and answers the exit code: 1 when a figure is over its
 * budget (named on stderr) or a part could not run.
 */
import type { FiguresOutput } from '../bench/bench-command';
import { figureJson, formatFigure, type Figure } from '../bench/figure';
import { figuresExitCode } from '../bench/over-budget';
import { SeededRandom } from './seeded-random';
import { SoakFindings } from './soak-findings';

export interface SoakPart {
  name: string;
  /** The part's own figures; what every part must report goes to `findings`. */
  run: (random: SeededRandom, short: boolean, log: (line: string) => void, findings: SoakFindings) => Promise<Figure[]>;
}

export interface SoakCommand {
  argv: readonly string[];
  parts: readonly SoakPart[];
  output: FiguresOutput;
  /** The seed when --seed is not given. */
  newSeed: () => number;
  /** Milliseconds now, for the time each part took. */
  now?: () => number;
}

function argument(argv: readonly string[], name: string): string | null {
  const at = argv.indexOf(name);
  return at === -1 ? null : (argv[at + 1] ?? '');
}

export async function runSoak({ argv, parts, output, newSeed, now = Date.now }: SoakCommand): Promise<number> {
  const json = argv.includes('--json');
  const short = argv.includes('--short');
  const seedText = argument(argv, '--seed');
  const seed = seedText === null ? newSeed() : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0) {
    output.error(`--seed must be a whole number ≥ 0, not "${seedText ?? ''}"`);
    return 1;
  }
  const only = argument(argv, '--only')?.toLowerCase() ?? null;
  const chosen = only === null ? parts : parts.filter((part) => part.name.includes(only));
  if (chosen.length === 0) {
    output.error(
      `No soak part is called like "${only ?? ''}". There are: ${parts.map((part) => part.name).join(', ')}.`,
    );
    return 1;
  }
  const log = (line: string) => output.error(line);
  log(
    `soak seed ${seed}${short ? ' (short)' : ''}: replay with npm run soak -- --seed ${seed}${short ? ' --short' : ''}`,
  );
  const figures: Figure[] = [];
  const failures: string[] = [];
  const findings = new SoakFindings(log);
  for (const part of chosen) {
    const started = now();
    log(`soak ${part.name}…`);
    try {
      const result = await part.run(new SeededRandom(seed).fork(part.name), short, log, findings);
      for (const figure of result) {
        figures.push(figure);
        if (!json) output.print(formatFigure(figure));
      }
    } catch (error) {
      failures.push(`soak ${part.name} could not run`);
      output.error(`soak ${part.name} could not run:`, error);
    }
    log(`soak ${part.name} took ${((now() - started) / 1000).toFixed(1)} s`);
  }
  for (const figure of findings.figures()) {
    figures.push(figure);
    if (!json) output.print(formatFigure(figure));
  }
  if (json) output.print(JSON.stringify(figures.map(figureJson), null, 2));
  return figuresExitCode(figures, failures, log);
}
