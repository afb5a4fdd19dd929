/**
 * The one map of every IPC channel: its name, the schema its argument must pass, and its result.
 * Main registers handlers from it, the preload builds `window.omi` from it, the renderer takes its
 * types from it. Adding a channel is one edit here (and its handler in core).
 */
import { z } from 'zod';
import type { AppSnapshot, SnapshotPush } from './app-state';
import { isItemTable } from './item-table';
import { isSuggestionGroups } from './suggestion-groups';
import type { Result } from './app-error';
import type { ConversationAnswer } from './conversation';
import { DUE_WORDS_MAX, TITLE_WORDS_MAX, type DueReading, type TitleReading } from './due-date/due-reading';
import type { Settings } from './settings';
import { REMINDER_LEADS } from './settings';
import { CLOCK_CHOICES } from './due-date/clock-style';
import { apiAddressSchema } from './api-address';
import { acceleratorSchema } from './accelerator';
import { apiIdSchema } from './api-id';

/** Item ids (the server's, or `local-…` for one not yet created) and conversation ids become URL path segments. */
const itemId = apiIdSchema;
const isoDateTime = z.iso.datetime({ offset: true });

/** Words to read as a due date: the popover sends its own "now" and zone, so the answer matches what it shows. */
const wordsToRead = (maxLength: number) =>
  z.object({ text: z.string().max(maxLength), now: isoDateTime, timeZone: z.string().min(1).max(100) }).strict();

/** A suggestion's key: its conversation's id and words (see electron/shared/suggestion). */
const suggestionKey = z.string().min(1).max(5000);

/** Descriptions are checked for length in code points by core; the schema only bounds the transport. */
const description = z.string().max(4000);

const settingsPatchSchema = z
  .object({
    apiBaseUrl: apiAddressSchema,
    reminderLeadMinutes: z.union(REMINDER_LEADS.map((m) => z.literal(m))),
    quickEditShortcut: acceleratorSchema,
    launchAtLogin: z.boolean(),
    clock: z.enum(CLOCK_CHOICES),
    suggestionsFolded: z.boolean(),
    conversationsNoteHidden: z.boolean(),
  })
  .partial()
  .strict();

export const invokeChannels = {
  'app:getSnapshot': { args: z.undefined() },
  'auth:connect': { args: z.object({ apiKey: z.string().max(500) }).strict() },
  'auth:signOut': { args: z.undefined() },
  'items:refresh': { args: z.undefined() },
  'items:update': {
    args: z
      .object({
        id: itemId,
        changes: z
          .object({ description, completed: z.boolean(), dueAt: isoDateTime.nullable() })
          .partial()
          .strict()
          .refine((c) => Object.keys(c).length > 0, 'at least one change'),
      })
      .strict(),
  },
  'items:create': {
    args: z.object({ description, dueAt: isoDateTime.nullable() }).strict(),
  },
  'items:delete': { args: z.object({ id: itemId }).strict() },
  'items:undoDelete': { args: z.object({ id: itemId }).strict() },
  'outbox:settleStranded': { args: z.object({ choice: z.enum(['send', 'discard']) }).strict() },
  'settings:update': { args: settingsPatchSchema },
  'reminders:snooze': { args: z.object({ id: itemId, until: isoDateTime }).strict() },
  'reminders:pause': { args: z.object({ until: isoDateTime.nullable() }).strict() },
  'popover:hide': { args: z.undefined() },
  'app:showLogFolder': { args: z.undefined() },
  'conversations:get': { args: z.object({ id: apiIdSchema }).strict() },
  'suggestions:add': { args: z.object({ key: suggestionKey }).strict() },
  'suggestions:addAll': { args: z.object({ conversationId: apiIdSchema }).strict() },
  'suggestions:undoAdd': { args: z.object({ ids: z.array(itemId).min(1).max(100) }).strict() },
  'suggestions:dismiss': { args: z.object({ key: suggestionKey }).strict() },
  'suggestions:showAll': { args: z.object({ all: z.boolean() }).strict() },
  'dates:readDue': { args: wordsToRead(DUE_WORDS_MAX) },
  'dates:readTitle': { args: wordsToRead(TITLE_WORDS_MAX) },
  'looks:dismiss': { args: z.undefined() },
  'looks:restore': { args: z.object({ id: itemId }).strict() },
} as const;

/** What each channel answers. Failures the user should hear about come back as Result values, never as thrown errors. */
interface InvokeResults {
  'app:getSnapshot': AppSnapshot;
  'auth:connect': Result<{ readOnly: boolean }>;
  'auth:signOut': Result<null>;
  'items:refresh': Result<null>;
  'items:update': Result<null>;
  'items:create': Result<{ id: string }>;
  'items:delete': Result<null>;
  'items:undoDelete': Result<null>;
  /** Changes made before a key change: sent with this key, or discarded. */
  'outbox:settleStranded': Result<null>;
  'settings:update': Result<Settings>;
  'reminders:snooze': Result<null>;
  'reminders:pause': Result<null>;
  'popover:hide': null;
  /** Shows the log folder in the file manager; the main side knows which folder. */
  'app:showLogFolder': Result<null>;
  /** The conversation an item came from, or why it cannot be shown (a line in words, not an error). */
  'conversations:get': Result<ConversationAnswer>;
  /** Adds a suggestion (or all of one conversation's) as items: their ids, for one Undo. */
  'suggestions:add': Result<{ ids: string[] }>;
  'suggestions:addAll': Result<{ ids: string[] }>;
  'suggestions:undoAdd': Result<null>;
  /** Hides a suggestion for good. */
  'suggestions:dismiss': Result<null>;
  /** The page asks for every suggestion, not only the newest few ("Show N more", Quick edit), or no longer does. */
  'suggestions:showAll': Result<null>;
  /** The "Due date" textbox's words read as one due date, or why not in words. */
  'dates:readDue': Result<DueReading>;
  /** A new item's text: the date phrase it ends (or starts) with, offered apart from the description; null when none. */
  'dates:readTitle': Result<TitleReading>;
  /** "Since you last looked" dismissed: the list now counts as seen. */
  'looks:dismiss': Result<null>;
  /** An item removed elsewhere, created again with its words and due date (through the outbox). */
  'looks:restore': Result<{ id: string }>;
}

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = InvokeResults[C];

/** How the popover was opened: a tray click, the quick-edit shortcut, or a notification click. */
export interface PopoverShown {
  mode: 'checklist' | 'quickEdit';
  focusItemId: string | null;
  /** The popover's edge that faces the tray icon, when the system tells where the icon is. */
  trayEdge?: 'top' | 'bottom';
  /** A question the popover opens with (the tray menu's Sign out asks in the popover first). */
  ask?: 'signOut';
  /** The tray's suggestions line: focus goes to "From your conversations". */
  focus?: 'suggestions';
}

/** Pushes from main to the renderer, as the page hears them. */
export interface PushEvents {
  /** The snapshot; its items only when they changed, as a table (see SnapshotPush). */
  'snapshot:changed': SnapshotPush;
  'popover:shown': PopoverShown;
}
export type PushChannel = keyof PushEvents;

const count = z.number().int().nonnegative();

/**
 * What the bridge checks of each push before the page hears it: what the page relies on to take it
 * in (a snapshot's numbers, its items' table and its suggestions' groups, each value of the kind it
 * must be; the page makes the items and the suggestions from them). A push that fails is dropped.
 * The rest of the snapshot is core's own.
 */
export const pushChannels = {
  'snapshot:changed': z
    .looseObject({ seq: count, itemsSeq: count, looksSeq: count, suggestionsSeq: count })
    .transform((sent, context) => {
      if (sent['items'] !== null && !isItemTable(sent['items'])) {
        context.addIssue({ code: 'custom', message: 'The items are not a table of items' });
        return z.NEVER;
      }
      if (sent['suggestions'] !== undefined && !isSuggestionGroups(sent['suggestions'])) {
        context.addIssue({ code: 'custom', message: 'The suggestions are not groups of suggestions' });
        return z.NEVER;
      }
      return sent as unknown as SnapshotPush;
    }),
  'popover:shown': z.looseObject({
    mode: z.enum(['checklist', 'quickEdit']),
    focusItemId: z.string().nullable(),
  }),
} as const satisfies Record<PushChannel, z.ZodType>;

/** Handlers for every invoke channel: core implements them, main and the harness register them. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
};
