import { glob, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';
import { SCOPING_HASH_LENGTH, shortScopingClass } from '../../../scripts/build/scoping-class';

/** Svelte's own hash, as its compiler hands it to cssHash. */
function sveltesHash(): (input: string) => string {
  let given: ((input: string) => string) | undefined;
  compile('<p>x</p><style>p { color: red; }</style>', {
    cssHash: ({ hash }) => {
      given = hash;
      return 'x';
    },
  });
  if (given === undefined) throw new Error('Svelte did not ask for a scoping class');
  return given;
}
const hash = sveltesHash();

describe('the scoping class of a component', () => {
  it('is "s" and the last characters of Svelte\'s hash of its styles', () => {
    const scope = shortScopingClass();
    const css = '.row { display: flex; }';
    expect(scope({ hash, css, filename: 'Row.svelte' })).toBe(`s${hash(css).slice(-SCOPING_HASH_LENGTH)}`);
    expect(scope({ hash, css, filename: 'Row.svelte' })).toMatch(/^s[0-9a-z]{4}$/);
  });

  it('is the same for the same styles, as when a component is compiled again', () => {
    const scope = shortScopingClass();
    const first = scope({ hash, css: '.a { color: red; }', filename: 'A.svelte' });
    expect(scope({ hash, css: '.a { color: red; }', filename: 'A.svelte' })).toBe(first);
  });

  it('stops the build when two different style sheets would share one, naming both files', () => {
    const scope = shortScopingClass();
    const sameEnding = () => 'zzabcd';
    scope({ hash: sameEnding, css: '.a { color: red; }', filename: 'A.svelte' });
    expect(() => scope({ hash: sameEnding, css: '.b { color: blue; }', filename: 'B.svelte' })).toThrow(
      /same scoping class "sabcd" \(A\.svelte and B\.svelte\)/,
    );
  });

  it("tells apart the popover's components today", async () => {
    const scope = shortScopingClass();
    const names = new Set<string>();
    let components = 0;
    for await (const file of glob('src/**/*.svelte')) {
      const source = await readFile(file, 'utf8');
      if (!source.includes('<style')) continue;
      components++;
      const { css } = compile(source, { filename: file, cssHash: scope, generate: 'client' });
      const name = css?.code.match(/\.(s[0-9a-z]{4})\b/)?.[1];
      expect(name, file).toBeDefined();
      names.add(name!);
    }
    expect(components).toBeGreaterThan(20);
    expect(names.size).toBe(components);
  });
});
