/**
 * The electron-double shell runs the app against tests/electron-double: every value the app's main
 * process imports from 'electron' must be there (types are checked by tsc against Electron's own
 * declarations; this catches a new import the double does not provide yet).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronMain } from '../../electron-double/electron-main';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'electron'/g)]
    .filter((match) => match[1] === undefined)
    .flatMap((match) => match[2]!.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0]!);
}

describe('the Electron double', () => {
  const imported = [...new Set(sources(join(process.cwd(), 'electron', 'main')).flatMap(valueImports))].sort();

  it('finds the app importing Electron at all (the scan works)', () => {
    expect(imported).toContain('app');
    expect(imported).toContain('BrowserWindow');
  });

  it('provides every value the main process imports from electron', () => {
    const missing = imported.filter((name) => !(name in electronMain));
    expect(missing).toEqual([]);
  });

  it('provides what the preload imports: contextBridge and ipcRenderer', () => {
    const preload = valueImports(join(process.cwd(), 'electron', 'preload', 'index.ts'));
    expect(preload.sort()).toEqual(['contextBridge', 'ipcRenderer']);
    const host = readFileSync(join(process.cwd(), 'tests', 'electron-double', 'renderer', 'preload-host.ts'), 'utf8');
    expect(host).toContain('sandboxedRequire({ contextBridge, ipcRenderer })');
  });
});
