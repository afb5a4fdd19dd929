/**
 * OMI_API_KEY must be gone from process.env before Electron starts any process of its own (GPU,
 * utility, renderer processes inherit the environment they are started with). Electron starts
 * them from `ready` on, so the main script takes the key out in its first statements, before it
 * touches `app` at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takeApiOverrides } from '../../../../electron/main/adapters/environment';

describe('the key leaves the environment', () => {
  it('is taken out of the environment and handed to core only', () => {
    const env: NodeJS.ProcessEnv = {
      OMI_API_KEY: 'omi_dev_env_key_5e8a',
      OMI_API_BASE_URL: 'https://omi.example.org',
      HOME: '/home/ana',
    };
    expect(takeApiOverrides(env)).toEqual({
      OMI_API_KEY: 'omi_dev_env_key_5e8a',
      OMI_API_BASE_URL: 'https://omi.example.org',
    });
    expect(env).toEqual({ OMI_API_BASE_URL: 'https://omi.example.org', HOME: '/home/ana' });
  });

  it('happens in the main script before anything asks Electron for anything', () => {
    const source = readFileSync('electron/main/index.ts', 'utf8');
    const body = source.slice(source.lastIndexOf('\nimport ') + 1);
    const firstStatementAfterImports = body.indexOf('\n') + 1;
    const taken = body.indexOf('takeApiOverrides(', firstStatementAfterImports);
    const firstUseOfElectron = body.search(/\b(app|session|protocol|BrowserWindow)\.\w+/);
    expect(taken).toBeGreaterThan(0);
    expect(firstUseOfElectron).toBeGreaterThan(0);
    expect(taken).toBeLessThan(firstUseOfElectron);
    // Not inside a function that runs later (start() runs after ready).
    expect(body.slice(0, taken)).not.toMatch(/\bfunction\b|=>/);
  });
});
