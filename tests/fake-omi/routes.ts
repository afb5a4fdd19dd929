/**
 * Which operation of the document each request is, for the one model of Omi (omi-account-model.ts):
 * the kind it counts as (action-item read, write or conversation read), admitted there (scope, then
 * the key's hourly limit), then carried out on the key's account.
 */
import type { KeyRecord } from './api-keys';
import type { Operation } from './contract';
import type { ConversationListQuery } from './conversations';
import { validationFailed, type Answer } from './error-bodies';
import type { CreateFields, ListQuery, UpdateFields } from './item-list';
import type { OmiAccountModel } from './omi-account-model';

export interface RouteContext {
  operation: Operation;
  query: Record<string, unknown>;
  body: unknown;
  key: KeyRecord;
  model: OmiAccountModel;
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
  return context.model.admit(key, kind) ?? act(context);
}

function act({ operation, query, body, key, model }: RouteContext): Answer {
  const items = model.items(key.account);
  const conversations = model.conversations(key.account);
  const id = operation.pathParams.action_item_id ?? '';
  switch (operation.operationId) {
    case 'getConversation':
      return conversations.get(
        operation.pathParams.conversation_id ?? '',
        (query as { include_transcript?: boolean }).include_transcript === true,
      );
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
      const outcome = items.update(id, body as UpdateFields, model.clearsDueDateOnNull);
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
