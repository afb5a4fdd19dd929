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
import { describeIssues } from './api-item';
import { toUtcIso } from './api-time';
import { unreadableAnswer } from './http-errors';
import type { HttpTransport } from './http-transport';

export const CONVERSATIONS_PATH = '/v1/dev/user/conversations';

/**
 * The fields read, each checked for its kind. Times are read into the app's form after the check
 * (toConversationSummary), once each, rather than by a zod transform on every time field: a list
 * of 100 conversations holds some 1,300 times, and the check is plain and quick.
 */
export const apiConversationSchema = z.object({
  id: z.string().min(1),
  created_at: z.string(),
  started_at: z.string().nullish(),
  finished_at: z.string().nullish(),
  structured: z.object({
    title: z.string(),
    overview: z.string(),
    // The document's default; a server may leave it out.
    emoji: z.string().nullish(),
    // CategoryEnum grows on the server; any text is accepted and only shown as it is.
    category: z.string().nullish(),
  }),
});

export type ApiConversation = z.output<typeof apiConversationSchema>;

const NOT_A_TIME = 'is not a date and time';

/**
 * The conversation as the app keeps it, its times in UTC ISO form; `where` names it in the answer
 * ("3" for the fourth of a list) when a time cannot be read, which makes the answer unreadable.
 */
export function toConversationSummary(conversation: ApiConversation, where = ''): Result<ConversationSummary> {
  const at = (field: string) => fail(unreadableAnswer(`${where === '' ? '' : `${where}.`}${field}: ${NOT_A_TIME}`));
  const createdAt = toUtcIso(conversation.created_at);
  if (createdAt === null) return at('created_at');
  const startedAt = optionalTime(conversation.started_at);
  if (startedAt === undefined) return at('started_at');
  const finishedAt = optionalTime(conversation.finished_at);
  if (finishedAt === undefined) return at('finished_at');
  return ok({
    id: conversation.id,
    title: conversation.structured.title,
    overview: conversation.structured.overview,
    emoji: conversation.structured.emoji ?? null,
    category: conversation.structured.category ?? null,
    startedAt,
    finishedAt,
    createdAt,
  });
}

/** A time that may be absent: null when it is, undefined when it is there but cannot be read. */
function optionalTime(text: string | null | undefined): string | null | undefined {
  if (text === null || text === undefined) return null;
  return toUtcIso(text) ?? undefined;
}

function conversationPath(id: string): string {
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
  return parsed.success ? toConversationSummary(parsed.data) : fail(unreadableAnswer(describeIssues(parsed.error)));
}
