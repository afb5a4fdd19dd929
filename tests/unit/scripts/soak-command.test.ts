/** `npm run soak` fails when a figure is over its budget, and says which. */
import { describe, expect, it } from 'vitest';
import { runSoak, type SoakPart } from '../../../scripts/soak/soak-command';

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { print: (line: string) => out.push(line), error: (line: string) => err.push(line) } };
}

const clean: SoakPart = {
  name: 'edits',
  run: async () => [{ name: 'soak-edits-lost', value: 0, unit: 'edits', budget: 0 }],
};
const violating: SoakPart = {
  name: 'hours',
  run: async (_random, _short, _log, findings) => {
    // Three violations from two requests: the first broke two rules.
    findings.contractViolations([
      {
        request: 1,
        direction: 'request',
        method: 'PATCH',
        path: '/v1/dev/user/action-items/a',
        message: 'due_at is not a date-time',
      },
      {
        request: 1,
        direction: 'request',
        method: 'PATCH',
        path: '/v1/dev/user/action-items/a',
        message: 'Extra inputs are not permitted: "dueAt"',
      },
      {
        request: 4,
        direction: 'request',
        method: 'POST',
        path: '/v1/dev/user/action-items',
        message: 'description is empty',
      },
    ]);
    return [{ name: 'soak-worst-item-reads-per-hour', value: 12, unit: 'requests', budget: 100 }];
  },
};

describe('npm run soak', () => {
  it('exits 0 when every figure is within its budget', async () => {
    const { output } = captured();
    expect(await runSoak({ argv: ['--short'], parts: [clean], output, newSeed: () => 7 })).toBe(0);
  });

  it.each([[['--short']], [[]], [['--short', '--json']]])(
    'exits 1 when a figure is over its budget, naming it (%j)',
    async (argv) => {
      const { err, output } = captured();
      expect(await runSoak({ argv, parts: [clean, violating], output, newSeed: () => 7 })).toBe(1);
      expect(err).toContain('OVER BUDGET: soak-contract-violations is 2 requests, over its budget of ≤0');
    },
  );

  it('prints every finding at 0 whichever parts ran, in the JSON too', async () => {
    const { out, output } = captured();
    expect(
      await runSoak({
        argv: ['--short', '--json', '--only', 'edits'],
        parts: [clean, violating],
        output,
        newSeed: () => 7,
      }),
    ).toBe(0);
    const figures = JSON.parse(out.join('\n')) as { name: string; value: number; budget: number }[];
    expect(figures.map(({ name, value, budget }) => [name, value, budget])).toEqual([
      ['soak-edits-lost', 0, 0],
      ['soak-told-without-cause', 0, 0],
      ['soak-contract-violations', 0, 0],
      ['soak-missing-fault-targets', 0, 0],
      ['soak-edits-not-made', 0, 0],
    ]);
  });

  it('counts a file the file-fault soak could not hit, and fails', async () => {
    const { out, err, output } = captured();
    const files: SoakPart = {
      name: 'files',
      run: async (_random, _short, _log, findings) => (
        findings.missingFaultTarget('reminders.json: the app wrote none'),
        []
      ),
    };
    expect(await runSoak({ argv: [], parts: [files], output, newSeed: () => 7 })).toBe(1);
    expect(out).toContain('soak-missing-fault-targets 1 files ≤0 OVER BUDGET');
    expect(err).toContain('OVER BUDGET: soak-missing-fault-targets is 1 files, over its budget of ≤0');
  });

  it('prints the seed and replays it', async () => {
    const { err, output } = captured();
    const seen: number[] = [];
    const part: SoakPart = { name: 'kill', run: async (random) => (seen.push(random.next()), []) };
    await runSoak({ argv: ['--seed', '42'], parts: [part], output, newSeed: () => 1 });
    await runSoak({ argv: ['--seed', '42'], parts: [part], output, newSeed: () => 2 });
    expect(seen[0]).toBe(seen[1]);
    expect(err[0]).toMatch(/soak seed 42/);
  });

  it('exits 1 when a part cannot run', async () => {
    const { err, output } = captured();
    const broken: SoakPart = { name: 'files', run: () => Promise.reject(new Error('no')) };
    expect(await runSoak({ argv: [], parts: [broken, clean], output, newSeed: () => 7 })).toBe(1);
    expect(err.join('\n')).toMatch(/NOT MEASURED: soak files could not run/);
  });
});
