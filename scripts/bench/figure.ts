/** One measured figure against its budget, and how it is printed. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /**
   * The budget as `≤ N`: the figure passes when value <= budget. Every figure of the app has one; null
   * only for a figure printed beside one it explains: of the machine (the HTTP round trip, the frame
   * floor), or a share of the figure's time (the inbox's main-process part).
   */
  budget: number | null;
  /** For a median of timed samples: how many, and where the middle half of them lay. */
  spread?: Spread;
}

/** How a median was made: `samples` timed, the middle half of them from `low` to `high` (the quartiles). */
interface Spread {
  samples: number;
  low: number;
  high: number;
}

export interface FigureJson extends Figure {
  /** null when the figure has no budget. */
  withinBudget: boolean | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error('median of nothing');
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value at `share` (0..1) of the sorted values, between its neighbours where it falls between two. */
function quantile(sorted: readonly number[], share: number): number {
  const at = (sorted.length - 1) * share;
  const below = sorted[Math.floor(at)]!;
  const above = sorted[Math.ceil(at)]!;
  return below + (above - below) * (at - Math.floor(at));
}

/**
 * A figure that is the median of timed samples, printed with how many there were and where the
 * middle half lay: on a shared machine two runs differ, and the spread says by how much.
 */
export function medianOf(samples: readonly number[], figure: Omit<Figure, 'value' | 'spread'>, digits = 1): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    ...figure,
    value: rounded(median(sorted), digits),
    spread: {
      samples: sorted.length,
      low: rounded(quantile(sorted, 0.25), digits),
      high: rounded(quantile(sorted, 0.75), digits),
    },
  };
}

/** Rounded to `digits` decimals, so printed and JSON values agree. */
export function rounded(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function withinBudget(figure: Figure): boolean | null {
  return figure.budget === null ? null : figure.value <= figure.budget;
}

/**
 * `name value unit ≤budget`, then for a median `(median of N, middle half A–B)`, and `OVER BUDGET`
 * after a figure that misses its budget.
 */
export function formatFigure(figure: Figure): string {
  const budget = figure.budget === null ? '(no budget)' : `≤${figure.budget}`;
  const spread =
    figure.spread === undefined
      ? ''
      : ` (median of ${figure.spread.samples}, middle half ${figure.spread.low}–${figure.spread.high})`;
  const line = `${figure.name} ${figure.value} ${figure.unit} ${budget}${spread}`;
  return withinBudget(figure) === false ? `${line} OVER BUDGET` : line;
}

export function figureJson(figure: Figure): FigureJson {
  return { ...figure, withinBudget: withinBudget(figure) };
}
