/** `npm run bench` fails when a figure is over its budget, and says which; a median says how it was made. */
import { describe, expect, it } from 'vitest';
import { runBench, type Bench } from '../../../scripts/bench/bench-command';
import { formatFigure, medianOf } from '../../../scripts/bench/figure';

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

  it('tells how busy the machine was before the first measurement and after the last', async () => {
    const { out, err, output } = captured();
    const loads = ['2 cores, load average 0.50', '2 cores, load average 3.10'];
    const machine = () => loads.shift() ?? 'asked too often';
    expect(await runBench({ argv: [], benches: [within], output, machine })).toBe(0);
    expect(err).toEqual([
      'Before the first measurement: 2 cores, load average 0.50',
      'After the last measurement: 2 cores, load average 3.10',
    ]);
    expect(out).toEqual(['list-first-screen-2000-items 40 ms ≤100']);
  });

  it('runs only the measurements --only names', async () => {
    const { out, output } = captured();
    expect(await runBench({ argv: ['--only', 'list'], benches: [within, over], output })).toBe(0);
    expect(out).toEqual(['list-first-screen-2000-items 40 ms ≤100']);
  });
});

describe('a figure made from timed samples', () => {
  const samples = [31, 12, 14, 13, 90, 15, 16, 11];

  it('is their median, printed with how many there were and where the middle half lay', () => {
    const figure = medianOf(samples, { name: 'tick-click-to-checked', unit: 'ms', budget: 16 });
    expect(figure).toEqual({
      name: 'tick-click-to-checked',
      value: 14.5,
      unit: 'ms',
      budget: 16,
      spread: { samples: 8, low: 12.8, high: 19.8 },
    });
    expect(formatFigure(figure)).toBe('tick-click-to-checked 14.5 ms ≤16 (median of 8, middle half 12.8–19.8)');
  });

  it('still fails over its budget, and says so after the spread', async () => {
    const { out, err, output } = captured();
    const slow: Bench = async function inboxPaint() {
      return medianOf([60, 70, 65], { name: 'inbox-2000-open-100-conversations', unit: 'ms', budget: 50 });
    };
    expect(await runBench({ argv: [], benches: [slow], output })).toBe(1);
    expect(out).toEqual([
      'inbox-2000-open-100-conversations 65 ms ≤50 (median of 3, middle half 62.5–67.5) OVER BUDGET',
    ]);
    expect(err).toEqual(['OVER BUDGET: inbox-2000-open-100-conversations is 65 ms, over its budget of ≤50']);
  });

  it('carries the spread in --json', async () => {
    const { out, output } = captured();
    const timed: Bench = async function dueReading() {
      return medianOf([10, 20], { name: 'due-words-keystroke-to-understood', unit: 'ms', budget: 50 });
    };
    await runBench({ argv: ['--json'], benches: [timed], output });
    expect(JSON.parse(out.join('\n'))).toEqual([
      {
        name: 'due-words-keystroke-to-understood',
        value: 15,
        unit: 'ms',
        budget: 50,
        spread: { samples: 2, low: 12.5, high: 17.5 },
        withinBudget: true,
      },
    ]);
  });

  it('cannot be made from no samples', () => {
    expect(() => medianOf([], { name: 'list-first-screen-2000-items', unit: 'ms', budget: 100 })).toThrow(/nothing/);
  });
});
