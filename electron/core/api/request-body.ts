/**
 * The app's changes as the API's JSON bodies (snake_case). An update carries exactly the fields
 * given; `dueAt: null` becomes `"due_at": null`, which the document says removes the due date.
 */
import type { ItemChanges } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { NewActionItem } from './action-items-api';
import { isZonedDateTime } from './api-time';

export interface UpdateBody {
  description?: string;
  completed?: boolean;
  due_at?: string | null;
}

export interface CreateBody {
  description: string;
  completed: boolean;
  due_at: string | null;
}

export function updateBody(changes: ItemChanges): Result<UpdateBody> {
  const body: UpdateBody = {};
  if (changes.description !== undefined) body.description = changes.description;
  if (changes.completed !== undefined) body.completed = changes.completed;
  if (changes.dueAt !== undefined) body.due_at = changes.dueAt;
  if (Object.keys(body).length === 0) return fail({ kind: 'invalid_input', message: 'There is nothing to change.' });
  const due = checkDueAt(changes.dueAt);
  return due.ok ? ok(body) : due;
}

export function createBody(item: NewActionItem): Result<CreateBody> {
  const due = checkDueAt(item.dueAt);
  if (!due.ok) return due;
  return ok({ description: item.description, completed: item.completed ?? false, due_at: item.dueAt ?? null });
}

/** Only PATCH bodies whose every field is null meet the servers that ignore nulls. */
export function isNullOnly(body: UpdateBody): boolean {
  return Object.values(body).every((value) => value === null);
}

/** A time without its offset would be read as UTC and land on the wrong day west of Greenwich. */
function checkDueAt(dueAt: string | null | undefined): Result<null> {
  if (dueAt === undefined || dueAt === null || isZonedDateTime(dueAt)) return ok(null);
  return fail({
    kind: 'invalid_input',
    message: 'The due date needs a full date and time with its UTC offset.',
    detail: dueAt,
  });
}
