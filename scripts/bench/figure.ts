/** One measured figure against its budget. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget as `≤ N`: the figure passes when value <= budget. */
  budget: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error('median of nothing');
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
  const verdict = figure.value <= figure.budget ? 'ok' : 'OVER BUDGET';
  return `${figure.name} ${value} ${figure.unit} ≤${figure.budget} ${verdict}`;
}
