/**
 * The person's conversations in a soak, and their use of them: Omi hears a new conversation now and
 * then (with to-dos, so "From your conversations" has suggestions), some listed items came from
 * conversations older than the suggestions' window, and the person opens conversation panels, of
 * those items (a read of its own unless the conversation was read before) and of suggestions (the
 * list's read fills the cache). The popover's looks and Refresh read the list itself.
 *
 * Figure soak-<part>-worst-conversation-reads-per-hour, one for each part that reads them (edits, kill,
 * hours): the list and panel reads one key sent in any hour, faults included (a 503 or a 429 answered
 * counts: Omi counts every request), budget 20 of Omi's 60.
 */
import type { Figure } from '../bench/figure';
import type { FakeOmi, RecordedRequest, SeedConversation, SeedItem } from '../../tests/fake-omi/server';
import type { SeededRandom } from './seeded-random';
import { worstKeyHour } from './worst-hour';

const CONVERSATIONS_PATH = '/v1/dev/user/conversations';
const CONVERSATION_READS_BUDGET = 20;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Items that came from conversations older than the suggestions' window: one in ITEM_SHARE. */
const ITEM_SHARE = 40;
const OLD_CONVERSATIONS = 12;

export function isConversationRead(request: Pick<RecordedRequest, 'method' | 'path'>): boolean {
  return (
    request.method === 'GET' &&
    (request.path === CONVERSATIONS_PATH || request.path.startsWith(`${CONVERSATIONS_PATH}/`))
  );
}

/** The soak parts whose person opens conversations: each prints the figure under its own name. */
export type ConversationReadingPart = 'edits' | 'kill' | 'hours';

export function conversationReadsFigure(part: ConversationReadingPart, requests: readonly RecordedRequest[]): Figure {
  return {
    name: `soak-${part}-worst-conversation-reads-per-hour`,
    value: worstKeyHour(requests.filter(isConversationRead)),
    unit: 'requests',
    budget: CONVERSATION_READS_BUDGET,
  };
}

function heard(id: string, at: number, toDos: string[]): SeedConversation {
  const time = new Date(at).toISOString();
  return {
    id,
    title: `Soak conversation ${id}`,
    overview: `What was said in ${id}.`,
    created_at: time,
    started_at: time,
    action_items: toDos.map((description) => ({ description })),
  };
}

export class ConversationUse {
  private heardCount = 0;
  private readonly oldIds: string[];
  panelsOpened = 0;

  /** `items`: the open items seeded; one in ITEM_SHARE is given an old conversation (changed in place, before the fake is seeded). */
  constructor(
    private readonly random: SeededRandom,
    private readonly now: () => number,
    items: SeedItem[],
  ) {
    this.oldIds = Array.from({ length: OLD_CONVERSATIONS }, (_, index) => `soak-old-conv-${index}`);
    items.forEach((item, index) => {
      if (index % ITEM_SHARE === 0) item.conversation_id = this.oldIds[index % OLD_CONVERSATIONS]!;
    });
  }

  /** The conversations Omi holds at the start: the old ones the items came from, and three of the last days. */
  conversations(): SeedConversation[] {
    const start = this.now();
    return [
      ...this.oldIds.map((id, index) => heard(id, start - (10 + index) * DAY_MS, [])),
      ...[1, 2, 3].map((days) =>
        heard(`soak-recent-conv-${days}`, start - days * DAY_MS, [
          `Send the notes of day ${days}`,
          `Call the venue about day ${days}`,
        ]),
      ),
    ];
  }

  /** Omi has heard a new conversation with to-dos in it. */
  hear(fake: FakeOmi): void {
    this.heardCount += 1;
    const id = `soak-heard-conv-${this.heardCount}`;
    fake.seedConversations([
      heard(id, this.now(), [
        `Follow up on talk ${this.heardCount}`,
        `Book a room for talk ${this.heardCount}`,
        `Share the plan of talk ${this.heardCount}`,
      ]),
    ]);
  }

  /** The conversation whose panel the person opens: an old one an item came from, or a suggestion's. */
  pickPanel(suggestionConversations: readonly string[]): string {
    this.panelsOpened += 1;
    return suggestionConversations.length > 0 && this.random.int(0, 1) === 0
      ? this.random.pick(suggestionConversations)
      : this.random.pick(this.oldIds);
  }
}
