/**
 * The API's item JSON, checked with zod and turned into the app's ActionItem once, at the border.
 * Missing optional fields count as null; times become UTC ISO strings; unknown fields are dropped.
 */
import { z } from 'zod';
import type { ActionItem } from '../../shared/action-item';
import type { KeyInfo } from './action-items-api';
import { toUtcIso } from './api-time';

/** A time as the API sends it, read into the app's UTC ISO form (see api-time.ts). */
const timestamp = z.string().transform((text, context) => {
  const iso = toUtcIso(text);
  if (iso === null) {
    context.addIssue({ code: 'custom', message: 'is not a date and time' });
    return z.NEVER;
  }
  return iso;
});

const optionalTimestamp = timestamp.nullish().transform((value) => value ?? null);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

export const apiItemSchema = z.object({
  id: z.string().min(1),
  description: z.string(),
  completed: z.boolean(),
  due_at: optionalTimestamp,
  created_at: optionalTimestamp,
  updated_at: optionalTimestamp,
  completed_at: optionalTimestamp,
  conversation_id: optionalText,
});

export type ApiItem = z.output<typeof apiItemSchema>;

export function toActionItem(item: ApiItem): ActionItem {
  return {
    id: item.id,
    description: item.description,
    completed: item.completed,
    dueAt: item.due_at,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    completedAt: item.completed_at,
    conversationId: item.conversation_id,
  };
}

/** GET /v1/dev/key (newer than the published document). */
export const apiKeyInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  key_prefix: z.string(),
  scopes: z.array(z.string()).nullish(),
});

/** Null when the server does not list the key's scopes: what it may do is then unknown. */
export function toKeyInfo(info: z.output<typeof apiKeyInfoSchema>): KeyInfo | null {
  if (info.scopes === null || info.scopes === undefined) return null;
  return { id: info.id, name: info.name, keyPrefix: info.key_prefix, scopes: info.scopes };
}

/** Where a response broke the expected shape, without echoing its values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the answer'}: ${issue.message}`)
    .join('; ');
}
