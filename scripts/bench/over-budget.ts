/**
 * The verdict of a figures command: every figure beyond its budget, named. A figures command (bench,
 * soak, coverage) exits non-zero when this names anything.
 */
import { withinBudget, type Figure } from './figure';

/** One line per figure over its budget, e.g. `soak-edits-lost is 3 edits, over its budget of ≤0`. */
function overBudget(figures: readonly Figure[]): string[] {
  return figures
    .filter((figure) => withinBudget(figure) === false)
    .map((figure) => `${figure.name} is ${figure.value} ${figure.unit}, over its budget of ≤${figure.budget}`);
}

/** The exit code: 1 when a figure is over budget or a measurement failed, each said on `error`. */
export function figuresExitCode(
  figures: readonly Figure[],
  failures: readonly string[],
  error: (line: string) => void,
): number {
  const over = overBudget(figures);
  for (const line of over) error(`OVER BUDGET: ${line}`);
  for (const line of failures) error(`NOT MEASURED: ${line}`);
  return over.length === 0 && failures.length === 0 ? 0 : 1;
}
