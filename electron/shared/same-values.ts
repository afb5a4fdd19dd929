/**
 * Whether two values a snapshot is worked out from, or two parts of it, are alike: used where a part
 * worked out again as new objects must be known to show the same as before (in core, and in the
 * page's checklist build).
 */

/** Two plain objects with the same keys, each with the same value (compared with ===, or by `same`). */
export function sameFields<T = unknown>(
  a: object,
  b: object,
  same: (x: T, y: T) => boolean = (x, y) => x === y,
): boolean {
  const entries = Object.entries(a) as [string, T][];
  const other = b as Readonly<Record<string, T>>;
  return (
    entries.length === Object.keys(b).length &&
    entries.every(([key, value]) => Object.hasOwn(other, key) && same(value, other[key]!))
  );
}

/** Two lists of the same length whose entries, in order, are alike by `same`. */
export function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((entry, index) => same(entry, b[index]!));
}
