/**
 * The built bundles' raw V8 coverage made into istanbul form for the source files, through the
 * bundles' source maps. Two kinds of raw data come in:
 * - Node's NODE_V8_COVERAGE files (`{ result: [{ url, functions }] }`) from processes that ran
 *   out/main or out/preload;
 * - Playwright's page coverage (`[{ url, source, functions }]`) of the popover pages, whose scripts
 *   are the files of out/renderer served over loopback HTTP.
 * Only scripts that are files of out/ count; everything else these processes ran (the test runner,
 * node_modules, the page bridge) is dropped.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profiler } from 'node:inspector';
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage';
import v8ToIstanbul from 'v8-to-istanbul';

interface ScriptCoverage {
  url: string;
  functions: Profiler.FunctionCoverage[];
}

/** Reads every raw coverage file under `rawDir` and returns the coverage of the files it maps to. */
export async function builtCodeCoverage(root: string, rawDir: string): Promise<{ map: CoverageMap; scripts: number }> {
  const outDir = resolve(root, 'out');
  const map = libCoverage.createCoverageMap({});
  let scripts = 0;
  for (const file of await jsonFiles(rawDir)) {
    for (const script of scriptsIn(JSON.parse(await readFile(file, 'utf8')))) {
      const path = builtFile(script.url, outDir);
      if (path === null) continue;
      const converter = v8ToIstanbul(path, 0);
      await converter.load();
      converter.applyCoverage(script.functions);
      map.merge(converter.toIstanbul());
      converter.destroy();
      scripts += 1;
    }
  }
  return { map, scripts };
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
  } else if (/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) {
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
