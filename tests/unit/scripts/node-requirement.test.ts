/** One Node requirement, said the same everywhere: 22.12 or newer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { nodeVersionProblem, REQUIRED_NODE } from '../../../scripts/ensure-electron.mjs';

const check = nodeVersionProblem as (version: string) => string | null;

describe('the Node requirement', () => {
  it('is 22.12 in package.json, the README and the start script', () => {
    expect(REQUIRED_NODE).toEqual([22, 12]);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22.12');
    expect(readFileSync('README.md', 'utf8')).toMatch(/Node\.js 22\.12 or newer/);
    expect(readFileSync('scripts/start.mjs', 'utf8')).toMatch(/Needs Node 22\.12 or newer/);
  });

  it.each(['20.20.2', 'v22.11.0', '18.0.0'])('refuses Node %s in words', (version) => {
    expect(check(version)).toMatch(/needs Node 22\.12 or newer .*this is Node \d+\.\d+\.\d+/);
  });

  it.each(['22.12.0', 'v24.21.0', '23.0.0', '30.1.2'])('accepts Node %s', (version) => {
    expect(check(version)).toBeNull();
  });

  it('CI runs the suite on Node 24 from the npm registry', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/npm install .*node@24/);
    expect(ci.indexOf('node@24')).toBeLessThan(ci.indexOf('npm ci'));
    expect(ci).toMatch(/v24\.\*\)/);
  });
});
