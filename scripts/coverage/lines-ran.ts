/**
 * The source lines on which a run executed code, token by token: every position of the bundle its
 * source map ties to a source line, counted by the innermost V8 range around that position. A
 * minifier folds several statements into one expression (`if (a) { b(); c(); }` becomes
 * `a&&(b(),c())`), so a statement-level map would credit only the line the expression starts on;
 * its mapped tokens still say which lines ran. Code no range with a count reached adds no line.
 */
import { fileURLToPath } from 'node:url';
import type { Profiler } from 'node:inspector';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import type { BuiltBundle } from './built-bundle';

/** Source file path → lines on which code ran. */
export type LinesRan = Map<string, Set<number>>;

interface Position {
  offset: number;
  file: string;
  line: number;
}

export function linesRan(bundle: BuiltBundle, functions: Profiler.FunctionCoverage[], wrapperLength: number): LinesRan {
  const ran: LinesRan = new Map();
  if (bundle.sourceMap === undefined) return ran;
  const ranges = functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  const open: Profiler.CoverageRange[] = [];
  let next = 0;
  for (const position of mappedPositions(bundle, wrapperLength)) {
    // Ranges nest: after opening every range that starts at or before the position (and closing
    // those that ended), the innermost one around it is on top.
    while (next < ranges.length && ranges[next]!.startOffset <= position.offset) {
      closeEnded(open, ranges[next]!.startOffset);
      open.push(ranges[next]!);
      next += 1;
    }
    closeEnded(open, position.offset);
    if ((open.at(-1)?.count ?? 0) === 0) continue;
    const lines = ran.get(position.file) ?? new Set<number>();
    lines.add(position.line);
    ran.set(position.file, lines);
  }
  return ran;
}

/** Adds `more` to `into`. */
export function addLinesRan(into: LinesRan, more: LinesRan): void {
  for (const [file, lines] of more) {
    const known = into.get(file) ?? new Set<number>();
    for (const line of lines) known.add(line);
    into.set(file, known);
  }
}

function closeEnded(open: Profiler.CoverageRange[], offset: number): void {
  while (open.length > 0 && open.at(-1)!.endOffset <= offset) open.pop();
}

/** Every mapped position of the bundle, as an offset in the script that ran, in order. */
function mappedPositions(bundle: BuiltBundle, wrapperLength: number): Position[] {
  const lineStarts = [0];
  for (let i = bundle.code.indexOf('\n'); i !== -1; i = bundle.code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positions: Position[] = [];
  eachMapping(new TraceMap(bundle.sourceMap as ConstructorParameters<typeof TraceMap>[0]), (mapping) => {
    if (mapping.source === null || !mapping.source.startsWith('file://')) return;
    const offset = lineStarts[mapping.generatedLine - 1]! + mapping.generatedColumn + wrapperLength;
    positions.push({ offset, file: fileURLToPath(mapping.source), line: mapping.originalLine });
  });
  return positions.sort((a, b) => a.offset - b.offset);
}
