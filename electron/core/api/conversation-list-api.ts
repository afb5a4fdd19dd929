/**
 * GET /v1/dev/user/conversations: the conversations Omi finished since a moment, newest first,
 * each with the to-dos Omi heard in it (`structured.action_items`: words, done, due date; no id).
 * One page of at most 100 (the document's largest), never the transcript. Checked with zod at the
 * border; a to-do Omi wrote without words is left out there.
 */
import { z } from 'zod';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import { describeIssues } from './api-item';
import { toUtcIso } from './api-time';
import { apiConversationSchema, CONVERSATIONS_PATH, toConversationSummary } from './conversation-api';
import { unreadableAnswer } from './http-errors';
import type { HeardConversation } from './heard-conversation';
import type { HttpTransport } from './http-transport';

/** The document's largest page. */
export const CONVERSATION_PAGE_LIMIT = 100;

const heardToDoSchema = z.object({
  description: z.string().nullish(),
  completed: z.boolean().nullish(),
  // A due date that cannot be read is left out (read after the check, as the other times are).
  due_at: z.unknown().optional(),
});

const listedConversationSchema = apiConversationSchema.extend({
  structured: apiConversationSchema.shape.structured.extend({
    action_items: z.array(heardToDoSchema).nullish(),
  }),
});

const conversationListSchema = z.array(listedConversationSchema);

/** One conversation of one to-do, as Omi writes them: every part of the check runs on it. */
const SAMPLE_LIST = [
  {
    id: 'sample',
    created_at: '2026-01-01T00:00:00Z',
    started_at: null,
    finished_at: null,
    structured: { title: '', overview: '', action_items: [{ description: '', completed: false, due_at: null }] },
  },
];

/**
 * Runs the check once on a made-up list. A process's first check of a conversation list builds
 * zod's checks and compiles them (about 4 ms of a 7 ms first check here); core does this once it
 * has started, so the first look after a start does not wait for it. True when the sample passed.
 */
export function prepareConversationListCheck(): boolean {
  return conversationListSchema.safeParse(SAMPLE_LIST).success;
}

export async function fetchConversationsSince(
  http: HttpTransport,
  since: string,
  offset = 0,
): Promise<Result<HeardConversation[]>> {
  const query = { start_date: since, limit: String(CONVERSATION_PAGE_LIMIT), offset: String(offset) };
  const answer = await http.send({ method: 'GET', path: CONVERSATIONS_PATH, query, operation: 'conversation' });
  if (!answer.ok) return answer;
  const parsed = conversationListSchema.safeParse(answer.value);
  if (!parsed.success) return fail(unreadableAnswer(describeIssues(parsed.error)));
  const heard: HeardConversation[] = [];
  for (const [index, conversation] of parsed.data.entries()) {
    const summary = toConversationSummary(conversation, String(index));
    if (!summary.ok) return summary;
    heard.push({
      summary: summary.value,
      toDos: (conversation.structured.action_items ?? []).flatMap((item) => {
        const words = (item.description ?? '').trim();
        const dueAt = typeof item.due_at === 'string' ? toUtcIso(item.due_at) : null;
        return words === '' ? [] : [{ words, done: item.completed ?? false, dueAt }];
      }),
    });
  }
  return ok(heard);
}
