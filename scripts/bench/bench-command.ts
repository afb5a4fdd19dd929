/**
 * What `npm run bench` does with its arguments and its measurements: runs the chosen ones, prints
 * each figure (or one JSON array), and answers the exit code: 1 when a figure is over its budget
 * (named on stderr) or a measurement could not be made.
 */
import { figureJson, formatFigure, type Figure } from './figure';
import { figuresExitCode } from './over-budget';

export type Bench = () => Promise<Figure | Figure[]>;

export interface FiguresOutput {
  /** A figure line or the JSON (stdout). */
  print(line: string): void;
  /** Progress, failures and the verdict (stderr). */
  error(line: string, detail?: unknown): void;
}

export interface BenchCommand {
  argv: readonly string[];
  benches: readonly Bench[];
  output: FiguresOutput;
  /** Called once the chosen benches are known, before any runs (e.g. to build the renderer). */
  prepare?: () => void;
  /**
   * How busy the machine is, in words (its cores and load): told on stderr before the first
   * measurement and after the last, as the figures move with what else the machine is doing.
   */
  machine?: () => string;
}

export async function runBench({ argv, benches, output, prepare, machine }: BenchCommand): Promise<number> {
  const json = argv.includes('--json');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt === -1 ? null : (argv[onlyAt + 1] ?? '').toLowerCase();
  const chosen = only === null ? benches : benches.filter((bench) => bench.name.toLowerCase().includes(only));
  if (chosen.length === 0) {
    output.error(
      `No measurement is called like "${only ?? ''}". There are: ${benches.map((bench) => bench.name).join(', ')}.`,
    );
    return 1;
  }
  prepare?.();
  if (machine) output.error(`Before the first measurement: ${machine()}`);
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const bench of chosen) {
    try {
      const result = await bench();
      for (const figure of Array.isArray(result) ? result : [result]) {
        figures.push(figure);
        if (!json) output.print(formatFigure(figure));
      }
    } catch (error) {
      failures.push(`${bench.name} could not be measured`);
      output.error(`${bench.name} could not be measured:`, error);
    }
  }
  if (json) output.print(JSON.stringify(figures.map(figureJson), null, 2));
  if (machine) output.error(`After the last measurement: ${machine()}`);
  return figuresExitCode(figures, failures, (line) => output.error(line));
}
