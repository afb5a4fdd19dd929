/**
 * No e2e spec sleeps more than a second of real time: a spec that needs time to pass moves the
 * app's clock on (launch({ controlledClock: true }), app.advanceClock). Only a wait that real time
 * alone can answer (outside the app's clock, e.g. real Chromium's own downloads) may be longer,
 * and says so on the line before with "real-time wait:".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SPECS = join(process.cwd(), 'tests', 'e2e');
const LIMIT_MS = 1_000;
const SLEEPS = [/waitForTimeout\(\s*([^)]+?)\s*\)/g, /setTimeout\(\s*resolve\s*,\s*([^)]+?)\s*\)/g];

/** The milliseconds an argument stands for: a number literal, or a constant of the same file set to one. */
function millis(argument: string, source: string): number | null {
  const literal = (text: string) => (/^[\d_]+$/.test(text) ? Number(text.replaceAll('_', '')) : null);
  const direct = literal(argument);
  if (direct !== null) return direct;
  if (!/^[A-Za-z_$][\w$]*$/.test(argument)) return null;
  const constant = new RegExp(`const ${argument}\\s*=\\s*([\\d_]+);`).exec(source);
  return constant ? literal(constant[1]!) : null;
}

/** Each sleep in `source` longer than LIMIT_MS (or of no known length) without a "real-time wait:" note before it. */
function longSleeps(source: string): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    for (const pattern of SLEEPS) {
      for (const match of line.matchAll(pattern)) {
        const ms = millis(match[1]!, source);
        if (ms !== null && ms <= LIMIT_MS) continue;
        if (lines[index - 1]?.includes('real-time wait:')) continue;
        found.push(`line ${index + 1}: ${line.trim()}`);
      }
    }
  });
  return found;
}

describe('real-time waits in e2e specs', () => {
  it('finds a long waitForTimeout, a long sleep in the page and one of unknown length; passes short ones and noted ones', () => {
    const source = [
      'const SETTLE_MS = 3_000;',
      'const SHORT_MS = 500;',
      'await page.waitForTimeout(2_000);',
      'await page.waitForTimeout(SETTLE_MS);',
      'await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2_500)));',
      'await page.waitForTimeout(untilPast(dueMs));',
      'await page.waitForTimeout(1_000);',
      'await page.waitForTimeout(SHORT_MS);',
      '// real-time wait: real Chromium starts its download on its own time',
      'await page.waitForTimeout(2_000);',
    ].join('\n');
    expect(longSleeps(source)).toEqual([
      'line 3: await page.waitForTimeout(2_000);',
      'line 4: await page.waitForTimeout(SETTLE_MS);',
      'line 5: await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2_500)));',
      'line 6: await page.waitForTimeout(untilPast(dueMs));',
    ]);
  });

  it('no spec sleeps more than a second of real time', () => {
    const specs = readdirSync(SPECS).filter((name) => name.endsWith('.spec.ts'));
    expect(specs.length).toBeGreaterThan(10);
    const found = specs.flatMap((name) =>
      longSleeps(readFileSync(join(SPECS, name), 'utf8')).map((where) => `${name} ${where}`),
    );
    expect(found).toEqual([]);
  });
});
