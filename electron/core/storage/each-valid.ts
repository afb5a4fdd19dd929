/**
 * A file's list read one element at a time: an element that does not validate is left out and
 * counted, so one bad element never sets the whole file aside with everything good in it.
 */
import type { z } from 'zod';

export function eachValid<T>(raw: readonly unknown[], schema: z.ZodType<T>): { kept: T[]; dropped: number } {
  const kept: T[] = [];
  let dropped = 0;
  for (const element of raw) {
    const parsed = schema.safeParse(element);
    if (parsed.success) kept.push(parsed.data);
    else dropped += 1;
  }
  return { kept, dropped };
}
