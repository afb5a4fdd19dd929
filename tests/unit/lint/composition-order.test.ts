/**
 * The composition root builds each service after what it needs: eslint's no-use-before-define on
 * electron/core/omi-tray.ts refuses a closure that reaches a service declared further down, and the
 * file as it stands has none.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-use-before-define';
const eslint = new ESLint({ cwd: process.cwd() });

const forwardFindings = (results: ESLint.LintResult[]) =>
  results.flatMap((result) => result.messages).filter((message) => message.ruleId === RULE);

describe('the composition root', () => {
  it('refuses a closure that reaches a service declared later', async () => {
    const source = [
      'export function build(): () => number {',
      '  const early = { ask: () => later.value };',
      '  const later = { value: 1 };',
      '  return early.ask;',
      '}',
      '',
    ].join('\n');
    const found = forwardFindings(await eslint.lintText(source, { filePath: 'electron/core/omi-tray.ts' }));
    expect(found.map((message) => message.message)).toEqual([
      expect.stringContaining("'later' was used before it was defined"),
    ]);
  }, 30_000);

  it('declares every service after what it needs', async () => {
    expect(forwardFindings(await eslint.lintFiles(['electron/core/omi-tray.ts']))).toEqual([]);
  }, 60_000);
});
