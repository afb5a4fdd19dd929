/**
 * A `test.only` left in a spec or test fails the run in CI (`CI` set) instead of quietly running
 * alone: every Playwright and Vitest config at the project's root says so, and none does outside CI.
 */
import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const PLAYWRIGHT = globSync('playwright*.config.ts');
const VITEST = globSync('vitest*.config.ts');

/** The config as its runner reads it, with CI set or not. */
async function configWith(file: string, ci: boolean): Promise<Record<string, unknown>> {
  vi.stubEnv('CI', ci ? 'true' : '');
  // Whether Electron is here is not this test's business: no failure for its absence, no banner.
  vi.stubEnv('REQUIRE_ELECTRON', '');
  vi.spyOn(process.stderr, 'write').mockReturnValue(true);
  const loaded = (await import(`${pathToFileURL(resolve(file)).href}?ci=${ci}`)) as {
    default: Record<string, unknown>;
  };
  return loaded.default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('test.only in CI', () => {
  it('finds the configs', () => {
    expect(PLAYWRIGHT).toEqual(expect.arrayContaining(['playwright.config.ts', 'playwright.packaged.config.ts']));
    expect(VITEST).toEqual(expect.arrayContaining(['vitest.config.ts', 'vitest.keychain.config.ts']));
  });

  it.each(PLAYWRIGHT)('%s forbids it in CI only', async (file) => {
    expect((await configWith(file, true)).forbidOnly).toBe(true);
    expect((await configWith(file, false)).forbidOnly).toBe(false);
  });

  it.each(VITEST)('%s refuses it in CI only', async (file) => {
    const test = async (ci: boolean) => ((await configWith(file, ci)).test as { allowOnly?: boolean }).allowOnly;
    expect(await test(true)).toBe(false);
    expect(await test(false)).toBe(true);
  });
});
