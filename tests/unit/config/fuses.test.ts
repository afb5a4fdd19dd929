/** The fuses electron-builder flips in the packaged binary: the checklist's, and file:// without extra privileges. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function fuses(): Record<string, string> {
  const text = readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+.*\n?)+)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^\s+(\w+):\s*(\S+)/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]),
  );
}

describe('electron fuses', () => {
  it('turn off what the packaged app does not need', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
