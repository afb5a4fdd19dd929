/**
 * The built bundles' raw V8 coverage made into istanbul form for the source files, through the
 * bundles' source maps. Two kinds of raw data come in:
 * - Node's NODE_V8_COVERAGE files (`{ result: [{ url, functions }] }`) from processes that ran
 *   out/main or out/preload;
 * - Playwright's page coverage (`[{ url, source, functions }]`) of the popover pages, whose scripts
 *   are the files of out/renderer served over loopback HTTP (browser shell) or at the electron-double
 *   shell's stand-in `.localhost` URL for app:// (tests/electron-double/scheme-url.ts), and the
 *   preload, which ran inside a wrapper (tests/electron-double/preload-script.ts, Playwright's
 *   init-script guard): its offsets are taken from where the file's text starts in what the page ran.
 * Only scripts that are files of out/ count; everything else these processes ran (the test runner,
 * node_modules, the page bridge) is dropped.
 *
 * ast-v8-to-istanbul walks each bundle's syntax tree: a statement, function or branch is one of the
 * bundle's own nodes mapped to a source line, counted by the innermost V8 range around it. So code
 * the bundler dropped, comments, types and CSS are no statements at all, and a function no run
 * called is uncovered (V8 reports it with count 0).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Profiler } from 'node:inspector';
import { mergeScriptCovs } from '@bcoe/v8-coverage';
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage';
import { bundleReader, type BuiltBundle } from './built-bundle';
import { addLinesRan, linesRan, type LinesRan } from './lines-ran';

interface ScriptCoverage {
  url: string;
  /** The text V8 ran, in Playwright's page coverage (Node's files do not hold it). */
  source?: string;
  functions: Profiler.FunctionCoverage[];
}

export interface BuiltCoverage {
  map: CoverageMap;
  /** The lines each source file had code run on, token by token (lines-ran.ts). */
  linesRan: LinesRan;
  /** Scripts of out/ mapped. */
  scripts: number;
  /** Files of out/ that a run ran other text under (out/ rebuilt since?); their runs are left out. */
  unmatched: string[];
}

/** Reads every raw coverage file under `rawDir` and returns the coverage of the files it maps to. */
export async function builtCodeCoverage(root: string, rawDir: string): Promise<BuiltCoverage> {
  const outDir = resolve(root, 'out');
  const load = bundleReader();
  const runs = new Map<string, { bundle: BuiltBundle; wrapperLength: number; runs: Profiler.FunctionCoverage[][] }>();
  const unmatched = new Set<string>();
  let scripts = 0;
  for (const file of await jsonFiles(rawDir)) {
    for (const script of scriptsIn(JSON.parse(await readFile(file, 'utf8')))) {
      const path = builtFile(script.url, outDir);
      if (path === null) continue;
      const bundle = await load(path);
      const wrapperLength = offsetIn(script, bundle.code);
      if (wrapperLength < 0) {
        unmatched.add(path);
        continue;
      }
      const key = `${wrapperLength} ${path}`;
      const same = runs.get(key) ?? { bundle, wrapperLength, runs: [] };
      same.runs.push(script.functions);
      runs.set(key, same);
      scripts += 1;
    }
  }
  const map = libCoverage.createCoverageMap({});
  const ran: LinesRan = new Map();
  // Runs of the same text are summed first (as c8 and vitest do), so each bundle is walked once.
  for (const { bundle, wrapperLength, runs: each } of runs.values()) {
    const merged = mergeScriptCovs(each.map((functions) => ({ scriptId: '0', url: bundle.path, functions })));
    map.merge(await scriptCoverage(bundle, merged?.functions ?? [], wrapperLength));
    addLinesRan(ran, linesRan(bundle, merged?.functions ?? [], wrapperLength));
  }
  return { map, linesRan: ran, scripts, unmatched: [...unmatched] };
}

/**
 * Where the file's text starts in the script that ran, or -1 when the script did not run this text
 * (out/ rebuilt since). A page's script comes with its text; Node's does not, but its top-level
 * function spans the whole file, so its length must be the file's.
 */
function offsetIn(script: ScriptCoverage, code: string): number {
  if (script.source !== undefined) return script.source.indexOf(code);
  const whole = script.functions.find((fn) => fn.ranges[0]?.startOffset === 0)?.ranges[0];
  return whole === undefined || whole.endOffset === code.length ? 0 : -1;
}

/** One run of one bundle; `wrapperLength` characters ran before the bundle's first one. */
async function scriptCoverage(
  bundle: BuiltBundle,
  functions: Profiler.FunctionCoverage[],
  wrapperLength: number,
): Promise<CoverageMap> {
  // ESM only, and so are its dependencies: tsx runs this script as CommonJS, which cannot require them.
  const { convert } = await import('ast-v8-to-istanbul');
  const data = await convert({
    code: bundle.code,
    ast: bundle.ast,
    sourceMap: bundle.sourceMap,
    coverage: { url: pathToFileURL(bundle.path).href, functions },
    wrapperLength,
  });
  return libCoverage.createCoverageMap(data);
}

function scriptsIn(raw: unknown): ScriptCoverage[] {
  if (Array.isArray(raw)) return raw as ScriptCoverage[];
  if (typeof raw === 'object' && raw !== null && Array.isArray((raw as { result?: unknown }).result)) {
    return (raw as { result: ScriptCoverage[] }).result;
  }
  return [];
}

/**
 * The file of out/ a script came from: a file:// URL (Node's modules, or a page script named with
 * `//# sourceURL=file://…`), a plain path (a script Node's vm ran with that filename), or the path
 * the popover page was served from.
 */
function builtFile(url: string, outDir: string): string | null {
  let path: string;
  if (url.startsWith('file://')) {
    path = fileURLToPath(url);
  } else if (isAbsolute(url)) {
    path = url;
  } else if (/^https?:\/\/(127\.0\.0\.1|([a-z0-9.-]+\.)?localhost)(:\d+)?\//.test(url)) {
    const served = decodeURIComponent(new URL(url).pathname);
    path = join(outDir, 'renderer', served);
  } else {
    return null;
  }
  if (!path.startsWith(outDir + sep) || !/\.(c|m)?js$/.test(path) || !existsSync(path)) return null;
  return path;
}

async function jsonFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await jsonFiles(path)));
    else if (entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}
