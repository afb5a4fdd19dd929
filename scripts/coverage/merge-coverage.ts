/**
 * One coverage map from two instrumentations of the same sources. The vitest runs (instrumented from
 * each source file's syntax tree, every measured file included, loaded or not) decide which lines
 * can run at all; a line also counts as covered when the built bundles ran it in an e2e or keychain
 * run (v8-to-istanbul, through the source maps). v8-to-istanbul counts every line of a file, comments
 * and type declarations included, so its lines are only used where the vitest map has a statement:
 * the denominator is the same whichever run covered a line. A file the vitest map holds no statement
 * of (a component no unit test loaded) is measured by the built runs alone.
 */
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage';

export function mergeBuiltIntoTested(tested: CoverageMap, built: CoverageMap): CoverageMap {
  const merged = libCoverage.createCoverageMap(tested.toJSON());
  for (const file of built.files()) {
    const known = merged.files().includes(file);
    if (!known || Object.keys(merged.fileCoverageFor(file).data.statementMap).length === 0) {
      // Svelte components that no vitest run loaded come out of vitest with no statements at all
      // (it cannot read them unloaded): then the built bundle's own line map is the only measure.
      if (known) merged.data[file] = built.fileCoverageFor(file);
      else merged.addFileCoverage(built.fileCoverageFor(file));
      continue;
    }
    const ranLines = new Set(
      Object.entries(built.fileCoverageFor(file).getLineCoverage())
        .filter(([, count]) => count > 0)
        .map(([line]) => Number(line)),
    );
    const data = merged.fileCoverageFor(file).data;
    for (const [id, statement] of Object.entries(data.statementMap)) {
      if (ranLines.has(statement.start.line)) data.s[id] = (data.s[id] ?? 0) + 1;
    }
    for (const [id, fn] of Object.entries(data.fnMap)) {
      if (ranLines.has(fn.decl.start.line) && data.f[id] === 0) data.f[id] = 1;
    }
  }
  return merged;
}
