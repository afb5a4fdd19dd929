/** `npm run coverage` fails when a folder is below its target, and says which. */
import { describe, expect, it } from 'vitest';
import { coverageExitCode } from '../../../scripts/coverage/coverage-verdict';
import type { FolderFigure } from '../../../scripts/coverage/folder-table';

const figure = (path: string, target: number | null, percent: number): FolderFigure => ({
  folder: { path, target },
  covered: percent,
  total: 100,
  percent,
  meetsTarget: target === null || percent >= target,
});

describe('npm run coverage exit code', () => {
  it('is 0 when every folder meets its target and every run passed', () => {
    const err: string[] = [];
    expect(
      coverageExitCode([figure('electron/main', 90, 93), figure('electron/shared', null, 12)], [], (line) =>
        err.push(line),
      ),
    ).toBe(0);
    expect(err).toEqual([]);
  });

  it('is 1 when a folder is below its target, naming it', () => {
    const err: string[] = [];
    expect(
      coverageExitCode([figure('electron/main', 90, 93), figure('src', 80, 78.25)], [], (line) => err.push(line)),
    ).toBe(1);
    expect(err).toEqual(['BELOW TARGET: src is 78.3 % of lines, under its target of 80 %']);
  });

  it('is 1 when a run failed', () => {
    const err: string[] = [];
    expect(coverageExitCode([figure('src', 80, 90)], ['e2e (exit 1)'], (line) => err.push(line))).toBe(1);
    expect(err.join('\n')).toMatch(/e2e \(exit 1\)/);
  });
});
