/** The `electron` Playwright project can only be green when Electron ran (and the reporter that makes it so). */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { describe, expect, it, vi } from 'vitest';
import { electronProjectDecision, electronRunProblem, requiresElectron } from '../../e2e/electron-project';
import ElectronRequiredReporter from '../../e2e/electron-required-reporter';
import { electronBinaryCandidate, electronBinaryPath, platformExecutable } from '../../harness/electron-binary';

const facts = {
  lookedAt: '/x/node_modules/electron/path.txt (missing)',
  missing: 'Electron shell SKIPPED: not installed.',
};

describe('the electron project', () => {
  it('runs where the binary is', () => {
    expect(electronProjectDecision({ ...facts, binary: '/opt/electron/electron', required: true })).toEqual({
      kind: 'run',
      binary: '/opt/electron/electron',
    });
    expect(electronProjectDecision({ ...facts, binary: '/opt/electron/electron', required: false }).kind).toBe('run');
  });

  it('is left out with a loud banner where the binary is missing', () => {
    const decision = electronProjectDecision({ ...facts, binary: null, required: false });
    expect(decision.kind).toBe('leave-out');
    expect(decision.kind === 'leave-out' && decision.banner).toMatch(
      /!{100}\nElectron shell SKIPPED[^]*left out of this run[^]*path\.txt/,
    );
  });

  it('fails the run with REQUIRE_ELECTRON=1 where the binary is missing, saying where it looked', () => {
    const decision = electronProjectDecision({ ...facts, binary: null, required: true });
    expect(decision).toEqual({
      kind: 'fail',
      reason: expect.stringMatching(
        /REQUIRE_ELECTRON=1 but the Electron binary is missing: looked for \/x\/node_modules\/electron\/path\.txt/,
      ),
    });
  });

  it('is required only by REQUIRE_ELECTRON=1', () => {
    expect(requiresElectron({ REQUIRE_ELECTRON: '1' })).toBe(true);
    expect(requiresElectron({})).toBe(false);
    expect(requiresElectron({ REQUIRE_ELECTRON: '0' })).toBe(false);
  });
});

describe('a required electron run', () => {
  it('is green only when an electron test passed', () => {
    expect(electronRunProblem(['passed', 'skipped'])).toBeNull();
    expect(electronRunProblem(['skipped', 'skipped'])).toMatch(/none of the 2 "electron" tests passed \(2 skipped\)/);
    expect(electronRunProblem([])).toMatch(/no test of the "electron" project ran/);
    expect(electronRunProblem(['failed'])).toMatch(/none of the 1/);
  });
});

describe('the Electron binary', () => {
  it('is taken from ELECTRON_OVERRIDE_DIST_PATH when that is set', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'electron-dist-'));
    try {
      const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
      expect(electronBinaryPath(env)).toBeNull();
      expect(electronBinaryCandidate(env).lookedAt).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      const binary = join(dist, platformExecutable());
      await mkdir(join(binary, '..'), { recursive: true });
      await writeFile(binary, '');
      expect(electronBinaryPath(env)).toBe(binary);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('is named as each platform installs it', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('the reporter a required run adds', () => {
  type Status = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  const end = (reporter: ElectronRequiredReporter, project: string, status: Status) =>
    reporter.onTestEnd(
      { parent: { project: () => ({ name: project }) } } as unknown as TestCase,
      { status } as TestResult,
    );
  const quietly = async <T>(run: () => Promise<T>): Promise<{ value: T; said: string }> => {
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      said.push(String(text));
      return true;
    });
    try {
      return { value: await run(), said: said.join('') };
    } finally {
      write.mockRestore();
    }
  };

  it('turns a green run red, in words, when every electron test skipped (other projects passing do not count)', async () => {
    const reporter = new ElectronRequiredReporter();
    end(reporter, 'electron-double', 'passed');
    end(reporter, 'electron', 'skipped');
    end(reporter, 'electron', 'skipped');
    const { value, said } = await quietly(() => reporter.onEnd({ status: 'passed' } as FullResult));
    expect(value).toEqual({ status: 'failed' });
    expect(said).toMatch(/none of the 2 "electron" tests passed/);
  });

  it('fails a run where no electron test ran at all, and keeps a run that already failed as it was', async () => {
    const empty = new ElectronRequiredReporter();
    end(empty, 'browser', 'passed');
    expect((await quietly(() => empty.onEnd({ status: 'passed' } as FullResult))).value).toEqual({ status: 'failed' });
    const interrupted = new ElectronRequiredReporter();
    expect((await quietly(() => interrupted.onEnd({ status: 'interrupted' } as FullResult))).value).toEqual({
      status: 'interrupted',
    });
  });

  it('leaves a run alone when an electron test passed', async () => {
    const reporter = new ElectronRequiredReporter();
    end(reporter, 'electron', 'skipped');
    end(reporter, 'electron', 'passed');
    const { value, said } = await quietly(() => reporter.onEnd({ status: 'passed' } as FullResult));
    expect(value).toBeUndefined();
    expect(said).toBe('');
  });
});
