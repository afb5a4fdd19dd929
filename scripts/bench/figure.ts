/** One measured figure against its budget, and how it is printed. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /**
   * The budget as `≤ N`: the figure passes when value <= budget. Every figure of the app has one; null
   * only for a figure of the machine printed beside those it explains (the HTTP round trip, the frame floor).
   */
  budget: number | null;
}

export interface FigureJson extends Figure {
  /** null when the figure has no budget. */
  withinBudget: boolean | null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error('median of nothing');
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounded to `digits` decimals, so printed and JSON values agree. */
export function rounded(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function withinBudget(figure: Figure): boolean | null {
  return figure.budget === null ? null : figure.value <= figure.budget;
}

/** `name value unit ≤budget`, with `OVER BUDGET` after a figure that misses it. */
export function formatFigure(figure: Figure): string {
  const budget = figure.budget === null ? '(no budget)' : `≤${figure.budget}`;
  const line = `${figure.name} ${figure.value} ${figure.unit} ${budget}`;
  return withinBudget(figure) === false ? `${line} OVER BUDGET` : line;
}

export function figureJson(figure: Figure): FigureJson {
  return { ...figure, withinBudget: withinBudget(figure) };
}
