/**
 * A 422's `detail` in readable words. FastAPI sends a list of `{loc, msg, type}`; some handlers send
 * a plain string.
 */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  description: 'Description',
  due_at: 'Due date',
  completed: 'Completed',
  limit: 'Limit',
  offset: 'Offset',
};

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 3;

export function validationWords(detail: unknown): string | null {
  if (typeof detail === 'string') return detail.trim() || null;
  if (!Array.isArray(detail)) return null;
  const lines = detail.map(problemWords).filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  const listed = lines.slice(0, MAX_LISTED).join('; ');
  const more = lines.length - MAX_LISTED;
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

function problemWords(problem: unknown): string | null {
  if (typeof problem !== 'object' || problem === null) return null;
  const { loc, msg } = problem as { loc?: unknown; msg?: unknown };
  if (typeof msg !== 'string' || msg.trim() === '') return null;
  // Pydantic prefixes custom checks with "Value error, "; the user needs only what follows.
  const message = msg.replace(/^Value error,\s*/i, '').trim();
  const field = fieldName(loc);
  return field === null ? message : `${field}: ${message}`;
}

function fieldName(loc: unknown): string | null {
  if (!Array.isArray(loc)) return null;
  const names = loc.filter(
    (part): part is string => typeof part === 'string' && part !== 'body' && part !== 'query' && part !== 'path',
  );
  const last = names.at(-1);
  if (last === undefined) return null;
  return FIELD_NAMES[last] ?? last.replace(/_/g, ' ');
}
