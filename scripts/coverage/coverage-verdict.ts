/**
 * The exit code of `npm run coverage`: 1 when a run failed or any folder is below its target (its
 * budget), each said by name on `error`.
 */
import type { FolderFigure } from './folder-table';

export function coverageExitCode(figures: readonly FolderFigure[], failedRuns: readonly string[], error: (line: string) => void): number {
  const missed = figures.filter((figure) => !figure.meetsTarget);
  for (const { folder, percent } of missed) error(`BELOW TARGET: ${folder.path} is ${percent.toFixed(1)} % of lines, under its target of ${folder.target} %`);
  if (failedRuns.length > 0) error(`These runs failed, so the figures above may be low:\n  ${failedRuns.join('\n  ')}`);
  return missed.length === 0 && failedRuns.length === 0 ? 0 : 1;
}
