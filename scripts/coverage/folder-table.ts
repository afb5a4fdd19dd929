/**
 * The per-folder line coverage beside each folder's target, and for a folder below its target the
 * files with lines no run reached (and which lines), so the gap has names.
 */
import type { CoverageMap } from 'istanbul-lib-coverage';
import { FOLDERS, folderOf, type Folder } from './measured-files';

export interface FolderFigure {
  folder: Folder;
  covered: number;
  total: number;
  /** Percent of lines covered (100 for a folder with no executable line). */
  percent: number;
  meetsTarget: boolean;
}

interface FileGap {
  path: string;
  covered: number;
  total: number;
  uncovered: number[];
}

export function folderFigures(map: CoverageMap, pathOf: (file: string) => string): FolderFigure[] {
  return FOLDERS.map((folder) => {
    let covered = 0;
    let total = 0;
    for (const file of map.files()) {
      if (folderOf(pathOf(file)) !== folder) continue;
      const lines = map.fileCoverageFor(file).toSummary().lines;
      covered += lines.covered;
      total += lines.total;
    }
    const percent = total === 0 ? 100 : (covered / total) * 100;
    return { folder, covered, total, percent, meetsTarget: folder.target === null || percent >= folder.target };
  });
}

export function folderTable(figures: FolderFigure[]): string {
  const rows = figures.map(({ folder, covered, total, percent, meetsTarget }) => [
    folder.path,
    `${covered}/${total}`,
    `${percent.toFixed(1)} %`,
    folder.target === null ? '—' : `${folder.target === 100 ? '' : '≥ '}${folder.target} %`,
    folder.target === null ? '' : meetsTarget ? 'met' : `MISSED by ${(folder.target - percent).toFixed(1)} points`,
  ]);
  const header = ['folder', 'lines', 'covered', 'target', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The files of the folders below target that have lines no run reached, most uncovered first. */
export function gapsBelowTarget(map: CoverageMap, figures: FolderFigure[], pathOf: (file: string) => string): string {
  const out: string[] = [];
  for (const figure of figures.filter((f) => !f.meetsTarget)) {
    const gaps: FileGap[] = [];
    for (const file of map.files()) {
      const path = pathOf(file);
      if (folderOf(path) !== figure.folder) continue;
      const fileCoverage = map.fileCoverageFor(file);
      const summary = fileCoverage.toSummary().lines;
      const uncovered = fileCoverage.getUncoveredLines().map(Number);
      if (uncovered.length > 0) gaps.push({ path, covered: summary.covered, total: summary.total, uncovered });
    }
    gaps.sort((a, b) => b.uncovered.length - a.uncovered.length);
    out.push(`\n${figure.folder.path}: lines no run reached`);
    for (const gap of gaps) out.push(`  ${gap.path}  ${gap.covered}/${gap.total}  lines ${ranges(gap.uncovered)}`);
  }
  return out.join('\n');
}

function ranges(lines: number[]): string {
  const parts: string[] = [];
  let start = lines[0];
  let previous = lines[0];
  for (const line of [...lines.slice(1), Number.NaN]) {
    if (line === (previous ?? 0) + 1) {
      previous = line;
      continue;
    }
    parts.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = line;
    previous = line;
  }
  return parts.join(', ');
}
