/**
 * `npm run coverage` merges two measures of the same sources; a component no unit test loaded has no
 * statements in vitest's map and must be measured by the built runs instead of counting as 0 of 0.
 */
import libCoverage from 'istanbul-lib-coverage';
import { describe, expect, it } from 'vitest';
import { mergeBuiltIntoTested } from '../../../scripts/coverage/merge-coverage';

const FILE = '/project/src/components/ItemRow.svelte';

function fileData(lines: Record<number, number>) {
  const statementMap: Record<string, { start: { line: number; column: number }; end: { line: number; column: number } }> = {};
  const s: Record<string, number> = {};
  for (const [line, count] of Object.entries(lines)) {
    statementMap[line] = { start: { line: Number(line), column: 0 }, end: { line: Number(line), column: 10 } };
    s[line] = count;
  }
  return { path: FILE, statementMap, fnMap: {}, branchMap: {}, s, f: {}, b: {} };
}

describe('merging built-run coverage into the vitest map', () => {
  it('takes the built measure for a file vitest saw no statement of', () => {
    const tested = libCoverage.createCoverageMap({ [FILE]: fileData({}) });
    const built = libCoverage.createCoverageMap({ [FILE]: fileData({ 3: 1, 4: 0, 5: 2 }) });
    const summary = mergeBuiltIntoTested(tested, built).fileCoverageFor(FILE).toSummary();
    expect(summary.lines).toMatchObject({ total: 3, covered: 2 });
  });

  it("keeps vitest's statements as the denominator where it has them, and counts lines the built runs ran", () => {
    const tested = libCoverage.createCoverageMap({ [FILE]: fileData({ 3: 0, 5: 0 }) });
    const built = libCoverage.createCoverageMap({ [FILE]: fileData({ 1: 1, 2: 1, 3: 1, 4: 1 }) });
    const summary = mergeBuiltIntoTested(tested, built).fileCoverageFor(FILE).toSummary();
    expect(summary.lines).toMatchObject({ total: 2, covered: 1 });
  });
});
