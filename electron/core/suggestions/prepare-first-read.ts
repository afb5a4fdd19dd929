/**
 * The first read of recent conversations after a start runs code that has never run: zod builds its
 * checks, and the check, the reading of each conversation and the working-out of the suggestions
 * run slowly until V8 has compiled them for what they meet. Core runs these steps on made-up pages
 * once it has started, so the first look does not pay for that. Measured here, from Omi's answer
 * read as text to the push sent, for a page of 100 conversations of 10 to-dos against 2,000 items:
 * a median of 22.1 ms with these steps run at start, 24.3 ms with only the check built on one
 * made-up conversation (21 sessions each, taken in turns on a 2-core machine whose other work moves
 * either by more than that).
 */
import { CONVERSATION_PAGE_LIMIT, readConversationList } from '../api/conversation-list-api';
import { deriveSuggestions } from './derive-suggestions';
import { FoldedWords } from './folded-words';

const TO_DOS = 10;
/** Each round folds other words, so none is remembered from the round before. */
const ROUNDS = 3;

/** A page as Omi writes it: the most conversations a page holds, each with its to-dos, every third with a due date. */
function madeUpPage(round: number): unknown[] {
  return Array.from({ length: CONVERSATION_PAGE_LIMIT }, (_, conversation) => ({
    id: `made-up-${round}-${conversation}`,
    created_at: '2026-01-01T09:00:00Z',
    started_at: '2026-01-01T08:30:00Z',
    finished_at: null,
    structured: {
      title: `Meeting ${conversation}`,
      overview: 'What was agreed.',
      emoji: null,
      category: 'work',
      action_items: Array.from({ length: TO_DOS }, (_, toDo) => ({
        description: `Send note ${toDo} of meeting ${conversation}, round ${round}.`,
        completed: false,
        due_at: toDo % 3 === 0 ? '2026-01-02T17:00:00Z' : null,
      })),
    },
  }));
}

/** Runs the first read's steps on made-up pages; true when every page was read and offered all its to-dos. */
export function prepareFirstRead(): boolean {
  let readWhole = true;
  for (let round = 0; round < ROUNDS; round += 1) {
    const page = readConversationList(madeUpPage(round));
    if (!page.ok) return false;
    const offered = deriveSuggestions({
      conversations: page.value,
      items: [],
      conversationOf: () => null,
      decided: () => false,
      fold: new FoldedWords().fold,
    });
    readWhole &&= offered.length === CONVERSATION_PAGE_LIMIT * TO_DOS;
  }
  return readWhole;
}
