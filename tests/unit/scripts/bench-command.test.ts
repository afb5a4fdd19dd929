/** `npm run bench` fails when a figure is over its budget, and says which. */
import { describe, expect, it } from 'vitest';
import { runBench, type Bench } from '../../../scripts/bench/bench-command';

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { print: (line: string) => out.push(line), error: (line: string) => err.push(line) } };
}

const within: Bench = async function listPaint() {
  return { name: 'list-first-screen-2000-items', value: 40, unit: 'ms', budget: 100 };
};
const over: Bench = async function tickPaint() {
  return [
    { name: 'tick-pointer-to-checked', value: 31.5, unit: 'ms', budget: 16 },
    { name: 'input-to-next-frame-with-no-work', value: 8, unit: 'ms', budget: null },
  ];
};

describe('npm run bench', () => {
  it('exits 0 when every figure is within its budget', async () => {
    const { output } = captured();
    expect(await runBench({ argv: [], benches: [within], output })).toBe(0);
  });

  it('exits 1 when a figure is over its budget, naming it', async () => {
    const { out, err, output } = captured();
    expect(await runBench({ argv: [], benches: [within, over], output })).toBe(1);
    expect(out).toContain('tick-pointer-to-checked 31.5 ms ≤16 OVER BUDGET');
    expect(err).toEqual(['OVER BUDGET: tick-pointer-to-checked is 31.5 ms, over its budget of ≤16']);
  });

  it('keeps --json as one object per figure with name, value and budget, and still fails', async () => {
    const { out, err, output } = captured();
    expect(await runBench({ argv: ['--json'], benches: [within, over], output })).toBe(1);
    const figures = JSON.parse(out.join('\n')) as {
      name: string;
      value: number;
      budget: number | null;
      withinBudget: boolean | null;
    }[];
    expect(figures.map(({ name, value, budget }) => ({ name, value, budget }))).toEqual([
      { name: 'list-first-screen-2000-items', value: 40, budget: 100 },
      { name: 'tick-pointer-to-checked', value: 31.5, budget: 16 },
      { name: 'input-to-next-frame-with-no-work', value: 8, budget: null },
    ]);
    expect(err.join('\n')).toMatch(/tick-pointer-to-checked/);
  });

  it('exits 1 when a measurement throws, measuring the others', async () => {
    const { out, err, output } = captured();
    const broken: Bench = async function reminderLateness() {
      throw new Error('no');
    };
    expect(await runBench({ argv: [], benches: [broken, within], output })).toBe(1);
    expect(out).toEqual(['list-first-screen-2000-items 40 ms ≤100']);
    expect(err.join('\n')).toMatch(/NOT MEASURED: reminderLateness/);
  });

  it('runs only the measurements --only names', async () => {
    const { out, output } = captured();
    expect(await runBench({ argv: ['--only', 'list'], benches: [within, over], output })).toBe(0);
    expect(out).toEqual(['list-first-screen-2000-items 40 ms ≤100']);
  });
});
