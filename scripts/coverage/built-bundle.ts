/**
 * A built bundle of out/ as the coverage conversion needs it: its code, its syntax tree and its
 * source map, with the map's sources made absolute file URLs (so every statement is filed under the
 * source file it came from). Read once per bundle, however many runs executed it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAstAsync } from 'vite';

export interface BuiltBundle {
  path: string;
  code: string;
  ast: Awaited<ReturnType<typeof parseAstAsync>>;
  sourceMap: SourceMap | undefined;
}

interface SourceMap {
  version: number;
  mappings: string;
  names: string[];
  sources: string[];
  sourceRoot?: string;
  sourcesContent?: (string | null)[];
  file?: string;
}

/** Reads bundles once each; `load(path)` answers the same object for the same path. */
export function bundleReader(): (path: string) => Promise<BuiltBundle> {
  const loaded = new Map<string, Promise<BuiltBundle>>();
  return (path) => {
    let bundle = loaded.get(path);
    if (bundle === undefined) {
      bundle = readBundle(path);
      loaded.set(path, bundle);
    }
    return bundle;
  };
}

async function readBundle(path: string): Promise<BuiltBundle> {
  const code = await readFile(path, 'utf8');
  const ast = await parseAstAsync(code);
  return { path, code, ast, sourceMap: await readSourceMap(path, code) };
}

/** The map the bundle names in its last `//# sourceMappingURL=` comment (a file beside it), if any. */
async function readSourceMap(path: string, code: string): Promise<SourceMap | undefined> {
  const name = [...code.matchAll(/\/\/# sourceMappingURL=(\S+)/g)].at(-1)?.[1];
  if (name === undefined || name.startsWith('data:')) return undefined;
  const mapPath = resolve(dirname(path), decodeURIComponent(name));
  if (!existsSync(mapPath)) return undefined;
  const map = JSON.parse(await readFile(mapPath, 'utf8')) as SourceMap;
  const base = resolve(dirname(mapPath), map.sourceRoot ?? '');
  const sources = map.sources.map((source) => pathToFileURL(resolve(base, source)).href);
  return { ...map, sourceRoot: undefined, sources };
}
