/**
 * The Omi Developer API over HTTP, as ActionItemsApi. Built with its dependencies:
 * `new OmiClient({ baseUrl, fetch, getKey, timeoutMs })`. Every answer is checked before it becomes
 * an ActionItem; every failure is an AppError value.
 */
import { z } from 'zod';
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import type { ConversationSummary } from '../../shared/conversation';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type {
  ActionItemsApi,
  KeyInfo,
  ListedPage,
  ListQuery,
  NewActionItem,
  OmiClientOptions,
} from './action-items-api';
import { isApiId } from '../../shared/api-id';
import { fetchConversation, unsendableId } from './conversation-api';
import { fetchConversationsSince } from './conversation-list-api';
import type { HeardConversation } from './heard-conversation';
import { apiItemSchema, apiKeyInfoSchema, describeIssues, toActionItem, toKeyInfo } from './api-item';
import { fullSync } from './full-sync';
import { readItemPage } from './item-page';
import { unreadableAnswer } from './http-errors';
import { HttpTransport, systemTimers, type ApiRequest, type Timers } from './http-transport';
import { createBody, isNullOnly, updateBody } from './request-body';

const ITEMS_PATH = '/v1/dev/user/action-items';
const KEY_PATH = '/v1/dev/key';
const deleteAnswerSchema = z.object({ success: z.boolean() });

export class OmiClient implements ActionItemsApi {
  private readonly http: HttpTransport;

  /** `timers` arms the per-request time limit; tests pass a fake clock's. */
  constructor(options: OmiClientOptions, timers: Timers = systemTimers) {
    this.http = new HttpTransport(options, timers);
  }

  async listPage(page: ListQuery): Promise<Result<ListedPage>> {
    const query: Record<string, string> = { limit: String(page.limit), offset: String(page.offset) };
    if (page.completed !== null) query['completed'] = String(page.completed);
    if (page.createdFrom !== undefined) query['start_date'] = page.createdFrom;
    if (page.createdTo !== undefined) query['end_date'] = page.createdTo;
    const answer = await this.http.send({ method: 'GET', path: ITEMS_PATH, query, operation: 'list' });
    return answer.ok ? readItemPage(answer.value) : answer;
  }

  /** Every reachable item, without a read budget (tools and tests; the app goes through ItemSync). */
  async listAll(): Promise<Result<ActionItem[]>> {
    const listed = await fullSync(this);
    return listed.ok ? ok(listed.value.items) : listed;
  }

  async update(id: string, changes: ItemChanges): Promise<Result<ActionItem>> {
    if (!isApiId(id)) return fail(unsendableId());
    const body = updateBody(changes);
    if (!body.ok) return body;
    const request: ApiRequest = {
      method: 'PATCH',
      path: itemPath(id),
      body: body.value,
      operation: 'update',
      nullOnlyPatch: isNullOnly(body.value),
    };
    const answer = await this.call(request, apiItemSchema);
    return answer.ok ? ok(toActionItem(answer.value)) : answer;
  }

  async create(item: NewActionItem): Promise<Result<ActionItem>> {
    const body = createBody(item);
    if (!body.ok) return body;
    const answer = await this.call(
      { method: 'POST', path: ITEMS_PATH, body: body.value, operation: 'create' },
      apiItemSchema,
    );
    return answer.ok ? ok(toActionItem(answer.value)) : answer;
  }

  async remove(id: string): Promise<Result<null>> {
    if (!isApiId(id)) return fail(unsendableId());
    const answer = await this.call({ method: 'DELETE', path: itemPath(id), operation: 'remove' }, deleteAnswerSchema);
    if (!answer.ok) return answer;
    return answer.value.success
      ? ok(null)
      : fail({ kind: 'server', message: 'Omi did not delete the item; try again in a moment.' });
  }

  async keyInfo(): Promise<Result<KeyInfo | null>> {
    const answer = await this.call({ method: 'GET', path: KEY_PATH, operation: 'key' }, apiKeyInfoSchema);
    if (answer.ok) return ok(toKeyInfo(answer.value));
    // Servers older than this endpoint: the key's scopes are unknown, which is not a failure.
    return answer.error.kind === 'not_found' ? ok(null) : answer;
  }

  conversation(id: string): Promise<Result<ConversationSummary>> {
    return fetchConversation(this.http, id);
  }

  conversationsSince(since: string, offset?: number): Promise<Result<HeardConversation[]>> {
    return fetchConversationsSince(this.http, since, offset);
  }

  private async call<S extends z.ZodType>(request: ApiRequest, schema: S): Promise<Result<z.output<S>>> {
    const answer = await this.http.send(request);
    if (!answer.ok) return answer;
    const parsed = schema.safeParse(answer.value);
    return parsed.success ? ok(parsed.data) : fail(unreadableAnswer(describeIssues(parsed.error)));
  }
}

function itemPath(id: string): string {
  return `${ITEMS_PATH}/${encodeURIComponent(id)}`;
}
