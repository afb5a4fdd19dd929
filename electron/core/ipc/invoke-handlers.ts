/**
 * One handler per IPC channel, each a thin call into the service that decides. Arguments arrive
 * already validated (parseInvokeArgs); failures leave as Result values, never as throws.
 */
import type { ItemChanges } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { AppSnapshot } from '../../shared/app-state';
import type { ConversationAnswer } from '../../shared/conversation';
import { readDueWords, readTitleWords } from '../due-date/read-words';
import type { InvokeHandlers } from '../../shared/ipc-contract';
import type { Settings } from '../../shared/settings';
import type { Logger } from '../ports';
import type { Reminders } from '../reminders/reminders-port';
import type { SettingsPatch } from '../settings/settings-store';
import type { Suggestions } from '../suggestions/suggestions';

export interface InvokeServices {
  snapshot(): AppSnapshot;
  connect(apiKey: string): Promise<Result<{ readOnly: boolean }>>;
  signOut(): Promise<Result<null>>;
  refresh(): Promise<Result<null>>;
  update(id: string, changes: ItemChanges): Promise<Result<null>>;
  create(description: string, dueAt: string | null): Promise<Result<{ id: string }>>;
  delete(id: string): Promise<Result<null>>;
  undoDelete(id: string): Promise<Result<null>>;
  /** The person's answer about changes made before a key change: send them with this key, or discard them. */
  settleStranded(choice: 'send' | 'discard'): Promise<Result<null>>;
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  reminders(): Reminders;
  hidePopover(): void;
  /** Why the log folder could not be shown, in words, or null. */
  showLogFolder(): Promise<string | null>;
  conversation(id: string): Promise<ConversationAnswer>;
  /** "Since you last looked": dismissed, or a removed item restored. */
  looks: { dismiss(): Result<null>; restore(id: string): Promise<Result<{ id: string }>> };
  /** "From your conversations": Add, Add all, Undo and Dismiss. */
  suggestions: Pick<Suggestions, 'add' | 'addAll' | 'undoAdd' | 'dismiss' | 'showAll'>;
  logger: Logger;
}

export function createInvokeHandlers(services: InvokeServices): InvokeHandlers {
  const guard = <T>(channel: string, work: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> =>
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => {
        // A throw here is a bug; the page gets words, the log the detail.
        services.logger.error('An IPC handler failed', { channel, error: String(error) });
        return fail({
          kind: 'server',
          message: 'Omi Tray could not do that because of an internal error; the log has the details.',
        });
      });

  return {
    'app:getSnapshot': () => Promise.resolve(services.snapshot()),
    'auth:connect': ({ apiKey }) => guard('auth:connect', () => services.connect(apiKey)),
    'auth:signOut': () => guard('auth:signOut', () => services.signOut()),
    'items:refresh': () => guard('items:refresh', () => services.refresh()),
    'items:update': ({ id, changes }) => guard('items:update', () => services.update(id, changes)),
    'items:create': ({ description, dueAt }) => guard('items:create', () => services.create(description, dueAt)),
    'items:delete': ({ id }) => guard('items:delete', () => services.delete(id)),
    'items:undoDelete': ({ id }) => guard('items:undoDelete', () => services.undoDelete(id)),
    'outbox:settleStranded': ({ choice }) => guard('outbox:settleStranded', () => services.settleStranded(choice)),
    'settings:update': (patch) => guard('settings:update', () => services.updateSettings(patch)),
    'reminders:snooze': ({ id, until }) =>
      guard('reminders:snooze', async () => {
        await services.reminders().snooze(id, Date.parse(until));
        return ok(null);
      }),
    'reminders:pause': ({ until }) =>
      guard('reminders:pause', async () => {
        await services.reminders().pause(until === null ? null : Date.parse(until));
        return ok(null);
      }),
    'conversations:get': ({ id }) => guard('conversations:get', async () => ok(await services.conversation(id))),
    'suggestions:add': ({ key }) => guard('suggestions:add', () => services.suggestions.add(key)),
    'suggestions:addAll': ({ conversationId }) =>
      guard('suggestions:addAll', () => services.suggestions.addAll(conversationId)),
    'suggestions:undoAdd': ({ ids }) => guard('suggestions:undoAdd', () => services.suggestions.undoAdd(ids)),
    'suggestions:dismiss': ({ key }) => guard('suggestions:dismiss', () => services.suggestions.dismiss(key)),
    'suggestions:showAll': ({ all }) => guard('suggestions:showAll', () => services.suggestions.showAll(all)),
    'dates:readDue': (words) => guard('dates:readDue', () => ok(readDueWords(words))),
    'dates:readTitle': (words) => guard('dates:readTitle', () => ok(readTitleWords(words))),
    'looks:dismiss': () => guard('looks:dismiss', () => services.looks.dismiss()),
    'looks:restore': ({ id }) => guard('looks:restore', () => services.looks.restore(id)),
    'app:showLogFolder': () =>
      guard('app:showLogFolder', async () => {
        const problem = await services.showLogFolder();
        return problem === null
          ? ok(null)
          : fail({ kind: 'server', message: `The log folder could not be shown: ${problem}` });
      }),
    'popover:hide': () => {
      services.hidePopover();
      return Promise.resolve(null);
    },
  };
}
