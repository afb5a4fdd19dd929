/**
 * What each action-items operation (and the conversation read) does, once the request is
 * authorised and conforms: the scope it needs, the key's hourly limits (action-item reads, writes
 * and conversation reads each in their own buckets), then the account's data.
 */
import { READ_SCOPE, WRITE_SCOPE, type KeyRecord } from './api-keys';
import type { Operation } from './contract';
import { CONVERSATIONS_READ_SCOPE, type ConversationListQuery, type ConversationStore } from './conversations';
import { missingScope, validationFailed, type Answer } from './error-bodies';
import type { CreateFields, ItemList, ListQuery, UpdateFields } from './item-list';
import type { RateLimit } from './rate-limit';

export interface RouteContext {
  operation: Operation;
  query: Record<string, unknown>;
  body: unknown;
  key: KeyRecord;
  items: ItemList;
  rateLimit: RateLimit;
  /** The key's account's conversations. */
  conversations: ConversationStore;
  /** Kinder than deployed servers: `due_at: null` clears the due date. */
  clearsDueDateOnNull: boolean;
}

const WRITES = new Set(['createActionItem', 'createActionItemsBatch', 'updateActionItem', 'deleteActionItem']);
const CONVERSATION_READS = new Set(['getConversation', 'listConversations']);
const SUPPORTED = new Set(['listActionItems', ...CONVERSATION_READS, ...WRITES]);

export function isSupported(operation: Operation): boolean {
  return SUPPORTED.has(operation.operationId);
}

export function route(context: RouteContext): Answer {
  const { operation, key } = context;
  const kind = CONVERSATION_READS.has(operation.operationId)
    ? 'conversation'
    : WRITES.has(operation.operationId)
      ? 'write'
      : 'read';
  const scope = kind === 'conversation' ? CONVERSATIONS_READ_SCOPE : kind === 'write' ? WRITE_SCOPE : READ_SCOPE;
  if (!key.scopes.includes(scope)) return missingScope(scope);
  return context.rateLimit.check(key.id, kind) ?? act(context);
}

function act({ operation, query, body, items, conversations, clearsDueDateOnNull }: RouteContext): Answer {
  const id = operation.pathParams.action_item_id ?? '';
  switch (operation.operationId) {
    case 'getConversation':
      return conversations.get(operation.pathParams.conversation_id ?? '');
    case 'listConversations':
      return conversations.list(query as ConversationListQuery);
    case 'listActionItems': {
      const list = query as ListQuery;
      if ((list.offset ?? 0) < 0) {
        return validationFailed([
          { loc: ['query', 'offset'], msg: 'Input should be greater than or equal to 0', type: 'greater_than_equal' },
        ]);
      }
      return { status: 200, body: items.list(list) };
    }
    case 'createActionItem':
      return { status: 200, body: items.create(body as CreateFields) };
    case 'createActionItemsBatch': {
      const created = (body as { action_items: CreateFields[] }).action_items.map((fields) => items.create(fields));
      return { status: 200, body: { action_items: created, created_count: created.length } };
    }
    case 'updateActionItem': {
      const outcome = items.update(id, body as UpdateFields, clearsDueDateOnNull);
      return outcome.ok
        ? { status: 200, body: outcome.value }
        : { status: outcome.status, body: { detail: outcome.detail } };
    }
    case 'deleteActionItem': {
      const outcome = items.remove(id);
      return outcome.ok
        ? { status: 200, body: { success: true } }
        : { status: outcome.status, body: { detail: outcome.detail } };
    }
    default:
      return { status: 404, body: { detail: 'Not Found' } };
  }
}
