/**
 * GET /v1/dev/user/conversations/{id}: one conversation's summary (DeveloperConversation), checked
 * with zod and turned into a ConversationSummary at the border. The transcript is never asked for:
 * the popover shows the summary only, and the answer stays small.
 */
import { z } from 'zod';
import type { ConversationSummary } from '../../shared/conversation';
import type { AppError, Result } from '../../shared/app-error';
import { isApiId } from '../../shared/api-id';
import { fail, ok } from '../../shared/app-error';
import { describeIssues, optionalTimestamp, timestamp } from './api-item';
import { unreadableAnswer } from './http-errors';
import type { HttpTransport } from './http-transport';

export const CONVERSATIONS_PATH = '/v1/dev/user/conversations';

export const apiConversationSchema = z.object({
  id: z.string().min(1),
  created_at: timestamp,
  started_at: optionalTimestamp,
  finished_at: optionalTimestamp,
  structured: z.object({
    title: z.string(),
    overview: z.string(),
    // The document's default; a server may leave it out.
    emoji: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    // CategoryEnum grows on the server; any text is accepted and only shown as it is.
    category: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
  }),
});

export type ApiConversation = z.output<typeof apiConversationSchema>;

export function toConversationSummary(conversation: ApiConversation): ConversationSummary {
  return {
    id: conversation.id,
    title: conversation.structured.title,
    overview: conversation.structured.overview,
    emoji: conversation.structured.emoji,
    category: conversation.structured.category,
    startedAt: conversation.started_at,
    finishedAt: conversation.finished_at,
    createdAt: conversation.created_at,
  };
}

export function conversationPath(id: string): string {
  return `${CONVERSATIONS_PATH}/${encodeURIComponent(id)}`;
}

/** An id that is not a plain path segment is never put into a URL (it could be `..`). */
export function unsendableId(): AppError {
  return { kind: 'invalid_input', message: 'This id cannot be sent to Omi.' };
}

export async function fetchConversation(http: HttpTransport, id: string): Promise<Result<ConversationSummary>> {
  if (!isApiId(id)) return fail(unsendableId());
  const answer = await http.send({ method: 'GET', path: conversationPath(id), operation: 'conversation' });
  if (!answer.ok) return answer;
  const parsed = apiConversationSchema.safeParse(answer.value);
  return parsed.success ? ok(toConversationSummary(parsed.data)) : fail(unreadableAnswer(describeIssues(parsed.error)));
}
