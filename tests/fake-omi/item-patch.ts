/**
 * How Omi reads the body of `PATCH /v1/dev/user/action-items/{id}` (docs/omi-server-rules.md): deployed
 * servers ignore nulls, so a body with nothing else is a 422 "At least one field must be provided".
 * Kinder, as the document reads: `clearsDueDateOnNull`, where `due_at: null` removes the due date.
 * The one model of Omi reads every PATCH here (item-list.ts), for both fakes.
 */

/** What the 422 says when nothing is left to change. */
export const NOTHING_TO_CHANGE = 'At least one field must be provided';

export interface PatchFields {
  description?: string | null;
  completed?: boolean | null;
  dueAt?: string | null;
}

/** The changes the server makes: a field is present when it changes; `dueAt: null` removes the due date. */
export interface Patch {
  description?: string;
  completed?: boolean;
  dueAt?: string | null;
}

/** What a PATCH changes; null when the server answers 422 (no field left once nulls are ignored). */
export function readPatch(fields: PatchFields, clearsDueDateOnNull: boolean): Patch | null {
  const ignoreNulls = !clearsDueDateOnNull;
  const given = Object.values(fields).filter((value) => value !== undefined && !(ignoreNulls && value === null));
  if (given.length === 0) return null;
  const patch: Patch = {};
  if (typeof fields.description === 'string') patch.description = fields.description;
  if (typeof fields.completed === 'boolean') patch.completed = fields.completed;
  if (typeof fields.dueAt === 'string' || (fields.dueAt === null && !ignoreNulls)) patch.dueAt = fields.dueAt;
  return patch;
}
