/**
 * A request off the API's contract fails whatever made it: every test, bench and script that starts
 * its own fake Omi server also asks it for its violations (assertNoViolations, or the soak's
 * soak-contract-violations figure, budget 0). The files below start a fake no figure or test judges.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

const NOT_JUDGED: Record<string, string> = {
  'scripts/demo-server.ts': 'a sample server for a person trying the app (its test asks it)',
  'tests/fake-omi/serve.ts': 'the fake on its own, for a person to point a build at',
  'tests/fake-omi/server.ts': 'where startFakeOmi is defined',
  'scripts/soak/soak-server.ts': 'each soak part that starts it counts its violations as soak-contract-violations',
};

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The files that start a fake Omi and never ask it for its violations. */
function unjudged(): string[] {
  return [...sourcesUnder(join(ROOT, 'scripts')), ...sourcesUnder(join(ROOT, 'tests'))]
    .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
    .filter(({ text }) => /\b(startFakeOmi|soakServer)\(/.test(text))
    .filter(({ text }) => !/\.assertNoViolations\(\)|findings\.contractViolations\(/.test(text))
    .map(({ path }) => path)
    .filter((path) => !(path in NOT_JUDGED))
    .sort();
}

describe('the fake Omi server', () => {
  it('is asked for its contract violations wherever a test, bench or soak starts one', () => {
    expect(unjudged()).toEqual([]);
  });
});
