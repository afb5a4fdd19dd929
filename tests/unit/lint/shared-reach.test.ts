/**
 * `electron/shared` holds only what both sides use: every module there is reached by the imports of
 * the renderer (src/) or the preload bridge. Code only main and core run lives in electron/core.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SHARED = join(ROOT, 'electron', 'shared');

function filesUnder(folder: string, ends: string[]): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ends);
    return ends.some((end) => name.endsWith(end)) ? [path] : [];
  });
}

/** The file a relative import names, as TypeScript finds it; null for a package or a missing file. */
function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, false);
  return importedFiles.map((file) => resolved(path, file.fileName)).filter((file): file is string => file !== null);
}

/** Every file the renderer or the preload reaches, following imports through shared code. */
function reachedFromPage(): Set<string> {
  const start = [...filesUnder(join(ROOT, 'src'), ['.ts', '.svelte']), join(ROOT, 'electron', 'preload', 'index.ts')];
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file));
  }
  return seen;
}

describe('electron/shared', () => {
  it('holds only modules the renderer or the preload imports', () => {
    const reached = reachedFromPage();
    const unreached = filesUnder(SHARED, ['.ts'])
      .filter((file) => !reached.has(file))
      .map((file) => relative(ROOT, file));
    expect(unreached).toEqual([]);
  });

  it('finds the imports of a Svelte component', () => {
    expect(reachedFromPage().has(join(SHARED, 'ipc-contract.ts'))).toBe(true);
  });
});
