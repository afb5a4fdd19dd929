/** `npm run soak` fails when a figure is over its budget, and says which. */
import { describe, expect, it } from 'vitest';
import { runSoak, type SoakPart } from '../../../scripts/soak/soak-command';

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { print: (line: string) => out.push(line), error: (line: string) => err.push(line) } };
}

const clean: SoakPart = { name: 'edits', run: async () => [{ name: 'soak-edits-lost', value: 0, unit: 'edits', budget: 0 }] };
const violating: SoakPart = { name: 'hours', run: async () => [{ name: 'soak-contract-violations', value: 2, unit: 'requests', budget: 0 }] };

describe('npm run soak', () => {
  it('exits 0 when every figure is within its budget', async () => {
    const { output } = captured();
    expect(await runSoak({ argv: ['--short'], parts: [clean], output, newSeed: () => 7 })).toBe(0);
  });

  it.each([[['--short']], [[]], [['--short', '--json']]])('exits 1 when a figure is over its budget, naming it (%j)', async (argv) => {
    const { err, output } = captured();
    expect(await runSoak({ argv, parts: [clean, violating], output, newSeed: () => 7 })).toBe(1);
    expect(err).toContain('OVER BUDGET: soak-contract-violations is 2 requests, over its budget of ≤0');
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
