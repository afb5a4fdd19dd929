/**
 * A Svelte component in the coverage figure: its lines come from the client bundle the compiler
 * and the bundler make of it, as in the real build. This test compiles a small real component,
 * bundles it with its source map, mounts it in a DOM under NODE_V8_COVERAGE and reads the coverage
 * back: script, template expressions and elements whose creation ran are covered; a function nobody
 * calls and a block never shown are not; static markup (folded into the template's text), CSS,
 * comment and blank lines are no statements at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCodeCoverage } from '../../../scripts/coverage/built-code-coverage';

/** src/Counter.svelte; the comments in the test name the lines it looks at. */
const COMPONENT = `<script>
  let count = $state(0);

  function neverCalled() {
    return 'dead';
  }

  const label = (n) => \`Count \${n}\`;
</script>

<!-- a comment in the markup -->
<section>
  <p>Plain words</p>

  {#if count > 5}
    <strong>{count * 2} clicks</strong>
  {/if}
  <button>{label(count)}</button>
</section>

<style>
  p {
    color: red;
  }
</style>
`;

const ENTRY = `import { createRequire } from 'node:module';
// The project's jsdom, loaded at run time (the bundle holds only the component and Svelte).
const { JSDOM } = createRequire(process.cwd() + '/package.json')('jsdom');
const { window } = new JSDOM('<!doctype html><body></body>');
for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'Comment', 'Event'])
  globalThis[name] ??= name === 'window' ? window : window[name];
const { mount, flushSync } = await import('svelte');
const { default: Counter } = await import('./Counter.svelte');
mount(Counter, { target: document.body });
flushSync();
console.log(document.body.textContent.replace(/\\s+/g, ' ').trim());
`;

/** Compiles .svelte files for the client, each with its own source map inline, as the build's plugin does. */
const svelteFiles: Plugin = {
  name: 'svelte',
  setup(bundler) {
    bundler.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', css: 'external' });
      const map = Buffer.from(JSON.stringify(js.map)).toString('base64');
      return { contents: `${js.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`, loader: 'js' };
    });
  },
};

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'component-coverage-'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'Counter.svelte'), COMPONENT);
  await writeFile(join(root, 'src', 'entry.mjs'), ENTRY);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function componentLines(): Promise<Record<string, number>> {
  const outfile = join(root, 'out', 'renderer', 'index.mjs');
  await build({
    entryPoints: [join(root, 'src', 'entry.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['browser'],
    // The sample lives in a temporary folder: Svelte comes from the project's node_modules.
    nodePaths: [join(process.cwd(), 'node_modules')],
    sourcemap: true,
    outfile,
    plugins: [svelteFiles],
    logLevel: 'silent',
  });
  const rawDir = join(root, 'raw', 'node');
  const result = spawnSync(process.execPath, [outfile], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_V8_COVERAGE: rawDir },
  });
  expect(result.status, result.stderr.toString()).toBe(0);
  expect(result.stdout.toString()).toBe('Plain words Count 0\n');
  const { map, unmatched } = await builtCodeCoverage(root, dirname(rawDir));
  expect(unmatched).toEqual([]);
  return map.fileCoverageFor(join(root, 'src', 'Counter.svelte')).getLineCoverage();
}

describe('coverage of a built Svelte component', () => {
  it('covers what ran, not the uncalled function or the block never shown, and counts no static markup, CSS, comment or blank line', async () => {
    const lines = await componentLines();
    expect(lines[2], 'the state it starts with').toBeGreaterThan(0);
    expect(lines[5], 'the body of a function nobody calls').toBe(0);
    expect(lines[8], 'a helper the template calls').toBeGreaterThan(0);
    expect(lines[12], 'the element whose creation ran').toBeGreaterThan(0);
    expect(lines[15], 'the condition, checked').toBeGreaterThan(0);
    expect(lines[16], 'a block whose condition never held').toBe(0);
    expect(lines[18], 'the expression in the button').toBeGreaterThan(0);
    for (const line of [1, 3, 4, 6, 7, 9, 10, 11, 13, 14, 17, 19, 20, 21, 22, 23, 24, 25, 26])
      expect(lines, `line ${line}: ${COMPONENT.split('\n')[line - 1]}`).not.toHaveProperty(String(line));
  });
});
