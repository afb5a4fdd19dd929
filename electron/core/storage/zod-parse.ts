/** Turns a zod schema into the validator JsonFile reads through, with the reason in words. */
import { z } from 'zod';
import type { Parse } from './json-file';

export function zodParse<T>(schema: z.ZodType<T>): Parse<T> {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: z.prettifyError(parsed.error) };
  };
}
