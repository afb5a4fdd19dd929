/** The suggestion factory of the unit tests: one to-do heard in a conversation, with plain defaults. */
import type { Suggestion } from '../../../electron/shared/suggestion';

export function suggestion(words: string, fields: Partial<Suggestion> = {}): Suggestion {
  const conversationId = fields.conversationId ?? 'c1';
  return {
    key: `${conversationId}\u0000${words.toLowerCase()}`,
    words,
    dueAt: null,
    conversationId,
    conversationTitle: 'Planning the launch',
    heardAt: '2026-12-06T10:00:00.000Z',
    ...fields,
  };
}
