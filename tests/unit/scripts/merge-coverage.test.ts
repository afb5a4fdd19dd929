/**
 * `npm run coverage` merges two measures of the same sources; a file with no statements in vitest's
 * map must be measured by the built runs instead of counting as 0 of 0, and a component's template
 * code that only the client build holds still counts.
 */
import libCoverage from 'istanbul-lib-coverage';
import { describe, expect, it } from 'vitest';
import { mergeBuiltIntoTested } from '../../../scripts/coverage/merge-coverage';

const FILE = '/project/src/checklist/ItemRow.svelte';

function fileData(lines: Record<number, number>, path = FILE) {
  const statementMap: Record<
    string,
    { start: { line: number; column: number }; end: { line: number; column: number } }
  > = {};
  const s: Record<string, number> = {};
  for (const [line, count] of Object.entries(lines)) {
    statementMap[line] = { start: { line: Number(line), column: 0 }, end: { line: Number(line), column: 10 } };
    s[line] = count;
  }
  return { path, statementMap, fnMap: {}, branchMap: {}, s, f: {}, b: {} };
}

describe('merging built-run coverage into the vitest map', () => {
  it('takes the built measure for a file vitest saw no statement of', () => {
    const tested = libCoverage.createCoverageMap({ [FILE]: fileData({}) });
    const built = libCoverage.createCoverageMap({ [FILE]: fileData({ 3: 1, 4: 0, 5: 2 }) });
    const summary = mergeBuiltIntoTested(tested, built).fileCoverageFor(FILE).toSummary();
    expect(summary.lines).toMatchObject({ total: 3, covered: 2 });
  });

  it("keeps vitest's statements as the denominator where it has them, and counts lines the built runs ran", () => {
    const file = '/project/electron/core/outbox/outbox.ts';
    const tested = libCoverage.createCoverageMap({ [file]: fileData({ 3: 0, 5: 0 }, file) });
    const built = libCoverage.createCoverageMap({ [file]: fileData({ 1: 1, 2: 1, 3: 1, 4: 1 }, file) });
    const summary = mergeBuiltIntoTested(tested, built).fileCoverageFor(file).toSummary();
    expect(summary.lines).toMatchObject({ total: 2, covered: 1 });
  });

  it("adds to a component's lines those the built client bundle has code on, with the built counts", () => {
    const tested = libCoverage.createCoverageMap({ [FILE]: fileData({ 3: 0, 5: 0 }) });
    const built = libCoverage.createCoverageMap({ [FILE]: fileData({ 3: 1, 7: 0, 8: 2 }) });
    const merged = mergeBuiltIntoTested(tested, built).fileCoverageFor(FILE);
    expect(merged.getLineCoverage()).toEqual({ 3: 1, 5: 0, 7: 0, 8: 2 });
  });

  it('keeps vitest alone deciding which lines of a TypeScript file are statements', () => {
    const file = '/project/src/common/focus.ts';
    const tested = libCoverage.createCoverageMap({ [file]: fileData({ 3: 0, 5: 0 }, file) });
    const built = libCoverage.createCoverageMap({ [file]: fileData({ 3: 1, 7: 1 }, file) });
    expect(mergeBuiltIntoTested(tested, built).fileCoverageFor(file).getLineCoverage()).toEqual({ 3: 1, 5: 0 });
  });

  it('takes a token run on a line from the built runs only where the built map has no statement on it', () => {
    const file = '/project/src/App.svelte';
    const tested = libCoverage.createCoverageMap({ [file]: fileData({ 3: 0, 5: 0, 7: 0 }, file) });
    const built = libCoverage.createCoverageMap({ [file]: fileData({ 3: 0, 5: 1 }, file) });
    const ran = new Map([[file, new Set([3, 7])]]);
    expect(mergeBuiltIntoTested(tested, built, ran).fileCoverageFor(file).getLineCoverage()).toEqual({
      3: 0,
      5: 1,
      7: 1,
    });
  });
});
