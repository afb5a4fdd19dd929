/**
 * `npm run coverage` counts a line of a built bundle's sources as covered only when V8 saw code on it
 * run. Each test builds a small real bundle with esbuild (with its source map), runs it in Node with
 * NODE_V8_COVERAGE, and feeds that raw coverage to the script: a function nobody calls, a branch not
 * taken and code the bundler dropped must not come out covered, the code that ran must.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import libCoverage from 'istanbul-lib-coverage';
import { builtCodeCoverage } from '../../../scripts/coverage/built-code-coverage';
import { mergeBuiltIntoTested } from '../../../scripts/coverage/merge-coverage';
import { PRELOAD_PREFIX, preloadScript } from '../../electron-double/preload-script';

/** src/sample.ts; the comments name the lines the tests look at. */
const SAMPLE = `export function sign(n: number): string {
  if (n > 0) {
    return 'positive'; // line 3: runs
  }
  return 'not positive'; // line 5: the branch no run takes
}

export function neverCalled(): string {
  return 'dead'; // line 9: kept by the bundler, called by nobody
}

export function dropped(): string {
  return 'dropped'; // line 13: no entry imports it, so the bundle has no code for it
}
`;

const ENTRY = `import { neverCalled, sign } from './sample';

(globalThis as Record<string, unknown>).keep = neverCalled;
console.log(sign(1));
`;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'built-coverage-'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'sample.ts'), SAMPLE);
  await writeFile(join(root, 'src', 'entry.ts'), ENTRY);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Bundles src/entry.ts into `out/<name>` with a source map file beside it, as the real build does. */
async function bundle(name: string, minify = false): Promise<string> {
  const outfile = join(root, 'out', name);
  await build({
    entryPoints: [join(root, 'src', 'entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    sourcemap: true,
    minify,
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** Runs a script in Node with NODE_V8_COVERAGE; answers the raw coverage directory. */
async function runWithCoverage(script: string): Promise<string> {
  const rawDir = join(root, 'raw', 'node');
  const result = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_V8_COVERAGE: rawDir } });
  expect(result.status, result.stderr.toString()).toBe(0);
  expect(result.stdout.toString()).toBe('positive\n');
  return dirname(rawDir);
}

async function sampleLines(rawDir: string): Promise<Record<string, number>> {
  const { map, unmatched } = await builtCodeCoverage(root, rawDir);
  expect(unmatched).toEqual([]);
  return map.fileCoverageFor(join(root, 'src', 'sample.ts')).getLineCoverage();
}

function expectHonestLines(lines: Record<string, number>): void {
  expect(lines[3]).toBeGreaterThan(0);
  expect(lines[5]).toBe(0);
  expect(lines[9]).toBe(0);
  expect(lines).not.toHaveProperty('13');
  // Comments, blank lines and closing braces are no statements either.
  expect(lines).not.toHaveProperty('6');
  expect(lines).not.toHaveProperty('7');
}

describe('coverage of a built bundle', () => {
  it("counts what Node's run executed, and neither the uncalled function, the untaken branch nor dropped code", async () => {
    const script = await bundle('main/index.js');
    expectHonestLines(await sampleLines(await runWithCoverage(script)));
  });

  it('sums the runs of the same bundle', async () => {
    const script = await bundle('main/index.js');
    await runWithCoverage(script);
    const lines = await sampleLines(await runWithCoverage(script));
    expect(lines[3]).toBe(2);
    expect(lines[5]).toBe(0);
  });

  it.each([false, true])(
    'merged with an unrun unit-test map, covers only the lines the bundle ran (minified: %s)',
    async (minify) => {
      const rawDir = await runWithCoverage(await bundle('main/index.js', minify));
      const file = join(root, 'src', 'sample.ts');
      const statement = (line: number) => ({ start: { line, column: 2 }, end: { line, column: 20 } });
      const lines = [2, 3, 5, 9, 13];
      const tested = libCoverage.createCoverageMap({
        [file]: {
          path: file,
          statementMap: Object.fromEntries(lines.map((line) => [String(line), statement(line)])),
          s: Object.fromEntries(lines.map((line) => [String(line), 0])),
          fnMap: {},
          f: {},
          branchMap: {},
          b: {},
        },
      });
      const built = await builtCodeCoverage(root, rawDir);
      // Token by token: lines of sign() ran (closing braces included), none of the rest did.
      const ran = built.linesRan.get(file) ?? new Set();
      expect([2, 3].every((line) => ran.has(line))).toBe(true);
      expect([5, 8, 9, 12, 13].some((line) => ran.has(line))).toBe(false);
      const merged = mergeBuiltIntoTested(tested, built.map, built.linesRan);
      expect(merged.fileCoverageFor(file).getLineCoverage()).toEqual({ 2: 1, 3: 1, 5: 0, 9: 0, 13: 0 });
    },
  );

  it('maps a script the page ran inside a wrapper from where the file starts in what ran', async () => {
    const file = await bundle('preload/index.cjs');
    // What the electron-double page runs: the wrapped preload, inside a guard like Playwright's.
    const runner =
      "globalThis[Symbol.for('electron-double:run-preload')] = (body) => body(require, module, exports);\n";
    const ran = `${runner}(() => {\n  if (globalThis.guard) return;\n  ${await preloadScript(file)}\n})();\n`;
    expect(ran.indexOf(await readFile(file, 'utf8'))).toBeGreaterThan(PRELOAD_PREFIX.length);
    const wrapped = join(root, 'wrapped.js');
    await writeFile(wrapped, ran);
    const nodeDir = join(await runWithCoverage(wrapped), 'node');
    // Page coverage as Playwright writes it: the URL the script names (its sourceURL), the text that ran.
    const scripts = [];
    for (const name of await readdir(nodeDir)) {
      const { result } = JSON.parse(await readFile(join(nodeDir, name), 'utf8')) as {
        result: { url: string; functions: unknown[] }[];
      };
      const entry = result.find(({ url }) => url === pathToFileURL(file).href);
      if (entry) scripts.push({ url: entry.url, source: ran, functions: entry.functions });
    }
    expect(scripts).toHaveLength(1);
    const rendererDir = join(root, 'raw-page');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'page.json'), JSON.stringify(scripts));
    expectHonestLines(await sampleLines(rendererDir));
  });

  it('leaves out a Node run of a file built again differently since', async () => {
    const script = await bundle('main/index.js');
    const rawDir = await runWithCoverage(script);
    await writeFile(join(root, 'src', 'entry.ts'), `${ENTRY}console.log('one more line');\n`);
    await bundle('main/index.js');
    const { map, unmatched } = await builtCodeCoverage(root, rawDir);
    expect(unmatched).toEqual([script]);
    expect(map.files()).toEqual([]);
  });

  it('leaves out a page script whose text no longer holds the built file', async () => {
    const file = await bundle('preload/index.cjs');
    const rawDir = join(root, 'raw-page');
    await mkdir(rawDir);
    await writeFile(
      join(rawDir, 'page.json'),
      JSON.stringify([{ url: pathToFileURL(file).href, source: 'other();', functions: [] }]),
    );
    const { map, unmatched } = await builtCodeCoverage(root, rawDir);
    expect(unmatched).toEqual([file]);
    expect(map.files()).toEqual([]);
  });
});
