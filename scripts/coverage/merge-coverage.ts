/**
 * One coverage map from two instrumentations of the same sources. The vitest runs (instrumented from
 * each source file's syntax tree, every measured file included, loaded or not) decide which lines
 * hold statements; a statement also counts as covered when a built bundle ran a statement on its line
 * in an e2e or keychain run, and a function when a built run called the function declared on its
 * line. The built map (built-code-coverage.ts) holds only code the bundles contain, each statement
 * counted by what V8 saw run, and lines-ran.ts adds the lines without a built statement that a run
 * executed a mapped token on (a minified statement spans several source lines); a line no run
 * executed code on stays uncovered. A file the vitest map holds
 * no statement of is measured by the built map alone. A component vitest did not load it compiles
 * for the server, which leaves out the client's template code (event handlers, bindings, effects):
 * so in a `.svelte` file a line the built client bundle has a statement on is a statement too. Its
 * script and template expressions are statements, its markup, CSS, comments and blank lines are not.
 */
import libCoverage, { type CoverageMap, type FileCoverage } from 'istanbul-lib-coverage';
import type { LinesRan } from './lines-ran';

/** `ran`: the lines built runs executed code on, token by token, beside the built map's statements. */
export function mergeBuiltIntoTested(tested: CoverageMap, built: CoverageMap, ran: LinesRan = new Map()): CoverageMap {
  const merged = libCoverage.createCoverageMap(tested.toJSON());
  for (const file of built.files()) {
    const builtFile = built.fileCoverageFor(file);
    const known = merged.files().includes(file);
    if (!known || Object.keys(merged.fileCoverageFor(file).data.statementMap).length === 0) {
      // A file vitest could not read (no statements at all): the built bundle's map is the measure.
      if (known) merged.data[file] = builtFile;
      else merged.addFileCoverage(builtFile);
      continue;
    }
    const fileCoverage = merged.fileCoverageFor(file);
    const data = fileCoverage.data;
    const ranLines = linesRanIn(builtFile, ran.get(file));
    for (const [id, statement] of Object.entries(data.statementMap)) {
      if (ranLines.has(statement.start.line)) data.s[id] = (data.s[id] ?? 0) + 1;
    }
    if (file.endsWith('.svelte')) addBuiltOnlyLines(fileCoverage, builtFile, ranLines);
    const calledAt = linesOfCalledFunctions(builtFile);
    for (const [id, fn] of Object.entries(data.fnMap)) {
      if (calledAt.has(fn.decl.start.line) && data.f[id] === 0) data.f[id] = 1;
    }
  }
  return merged;
}

/** Adds the built statements that start on a line `into` holds no statement on, with their counts. */
function addBuiltOnlyLines(into: FileCoverage, built: FileCoverage, ranLines: Set<number>): void {
  const { statementMap, s } = into.data;
  const known = new Set(Object.values(statementMap).map((statement) => statement.start.line));
  let next = Object.keys(statementMap).length;
  for (const [id, statement] of Object.entries(built.data.statementMap)) {
    if (known.has(statement.start.line)) continue;
    while (String(next) in statementMap) next += 1;
    statementMap[String(next)] = statement;
    s[String(next)] = Math.max(built.data.s[id] ?? 0, ranLines.has(statement.start.line) ? 1 : 0);
  }
}

/**
 * Lines on which the built code ran: where the built map has statements on a line, what they
 * counted (so a line holding only an uncalled callback stays uncovered though the code creating
 * the callback ran); elsewhere a token run on the line (a minified expression spanning lines).
 */
function linesRanIn(file: FileCoverage, tokensRan: ReadonlySet<number> = new Set()): Set<number> {
  const withStatements = new Set(Object.values(file.data.statementMap).map((statement) => statement.start.line));
  const ran = statementLinesRan(file);
  for (const line of tokensRan) if (!withStatements.has(line)) ran.add(line);
  return ran;
}

/** Lines on which a statement of the built code ran. */
function statementLinesRan(file: FileCoverage): Set<number> {
  return new Set(
    Object.entries(file.getLineCoverage())
      .filter(([, count]) => count > 0)
      .map(([line]) => Number(line)),
  );
}

/** Lines on which a function the built code called is declared. */
function linesOfCalledFunctions(file: FileCoverage): Set<number> {
  const { fnMap, f } = file.data;
  return new Set(
    Object.entries(fnMap)
      .filter(([id]) => (f[id] ?? 0) > 0)
      .map(([, fn]) => fn.decl.start.line),
  );
}
