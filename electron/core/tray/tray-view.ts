/**
 * What the tray shows: tooltip, overdue count (icon variant, macOS title) and the context menu.
 * Everything the popover's core job needs is reachable from the menu, because on Linux
 * (AppIndicator) clicks on the icon may never arrive.
 *
 * The count (`overdue`, worded "past due") is of items whose due time has passed, also earlier
 * today: that is when the reminder fired and when the user thinks of the item as late, so the
 * icon's overdue state lights up then. The popover's "Overdue" section is narrower (due on an
 * earlier day, as on Omi's phone; electron/shared/grouping), so the tray says "past due", not
 * "overdue", and the two never disagree in words. `dueToday` counts only items still ahead today,
 * so no item is counted twice. Days and clock times are those of
 * the snapshot's zone (`timeZone`), worked out by the one zone module.
 */
import type { ItemView } from '../../shared/action-item';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { whenAt, whenInSentence } from '../../shared/due-date/when-words';
import { startOfDayIn } from '../../shared/due-date/zoned-time';
import type { TrayMenuEntry, TrayView } from '../ports';
import { shortText } from '../../shared/short-text';
import { ONE_HOUR_MS, tomorrowMorning } from '../../shared/reminder-times';
import { suggestionsLine } from '../../shared/suggestion';

export interface TrayViewInput {
  items: ItemView[];
  now: Date;
  /** The IANA zone whose calendar days and clock the tray speaks in (the snapshot's). */
  timeZone: string;
  /** The person's clock: "17:00" or "5:00 PM". */
  style: ClockStyle;
  connected: boolean;
  /** Epoch ms until which reminders are paused; null (or a time already past) when they are not. */
  remindersPausedUntil: number | null;
  /** The global shortcut could not be registered: shown as a line so the user learns why. */
  shortcutWarning: string | null;
  /** Why changes wait ("2 changes waiting: Omi can't be reached…"), the popover's status line; null when none wait. */
  outboxLine?: string | null;
  /** Suggestions from the person's conversations waiting in the popover (0 or absent: no line). */
  suggestionCount?: number;
}

export interface TrayActions {
  open(): void;
  quickEdit(): void;
  /** Opens the popover at "From your conversations". */
  openSuggestions?(): void;
  refresh(): void;
  toggleItem(id: string, completed: boolean): void;
  pauseReminders(untilMs: number | null): void;
  /** Opens the popover on the question "Sign out of Omi?" (nothing is removed until the answer). */
  signOut(): void;
  quit(): void;
}

/** Fixed menu labels, exported so the harness and tests click what users click. */
export const TRAY_LABELS = {
  open: 'Open',
  quickEdit: 'Quick edit',
  noOpenItems: 'No open items',
  refresh: 'Refresh',
  pauseHour: 'Pause reminders for 1 hour',
  pauseTomorrow: 'Pause reminders until tomorrow morning',
  resume: 'Resume reminders',
  signOut: 'Sign out…',
  quit: 'Quit',
} as const;

/** How many open items the menu lists. */
const TRAY_ITEM_COUNT = 5;
const TOOLTIP_MAX = 127;
const DESCRIPTION_MAX = 40;
const WARNING_MAX = 80;

export function buildTrayView(input: TrayViewInput, actions: TrayActions): TrayView {
  const nowMs = input.now.getTime();
  const endOfTodayMs = startOfDayIn(nowMs, input.timeZone, 1);
  let overdue = 0;
  let dueToday = 0;
  const next: Ranked[] = [];
  for (const item of input.items) {
    if (item.completed) continue;
    const dueMs = item.dueAt === null ? Number.NaN : Date.parse(item.dueAt);
    if (dueMs < nowMs) overdue += 1;
    else if (dueMs < endOfTodayMs) dueToday += 1;
    keepMostUrgent(next, { item, dueMs, createdMs: item.createdAt === null ? 0 : Date.parse(item.createdAt) || 0 });
  }

  const paused = input.remindersPausedUntil !== null && input.remindersPausedUntil > nowMs;
  const menu: TrayMenuEntry[] = [
    { label: TRAY_LABELS.open, kind: 'action', run: () => actions.open() },
    { label: TRAY_LABELS.quickEdit, kind: 'action', run: () => actions.quickEdit() },
  ];
  const suggestions = input.suggestionCount ?? 0;
  if (suggestions > 0 && actions.openSuggestions) {
    const open = actions.openSuggestions.bind(actions);
    menu.push({ label: suggestionsLine(suggestions), kind: 'action', run: () => open() });
  }
  if (input.connected) {
    menu.push(separator());
    if (next.length === 0) menu.push({ label: TRAY_LABELS.noOpenItems, kind: 'action', enabled: false });
    for (const { item } of next) {
      menu.push({
        label: trayItemLabel(item, input.now, input.timeZone, input.style),
        kind: 'checkbox',
        checked: false,
        run: () => actions.toggleItem(item.id, true),
      });
    }
    menu.push(separator(), { label: TRAY_LABELS.refresh, kind: 'action', run: () => actions.refresh() });
    if (paused && input.remindersPausedUntil !== null) {
      menu.push(
        {
          label: pausedLine(input.remindersPausedUntil, nowMs, input.timeZone, input.style),
          kind: 'action',
          enabled: false,
        },
        { label: TRAY_LABELS.resume, kind: 'action', run: () => actions.pauseReminders(null) },
      );
    } else {
      menu.push(
        { label: TRAY_LABELS.pauseHour, kind: 'action', run: () => actions.pauseReminders(nowMs + ONE_HOUR_MS) },
        {
          label: TRAY_LABELS.pauseTomorrow,
          kind: 'action',
          run: () => actions.pauseReminders(tomorrowMorning(nowMs, input.timeZone)),
        },
      );
    }
  }
  menu.push(separator());
  if (input.shortcutWarning !== null) {
    menu.push({ label: shortText(input.shortcutWarning, WARNING_MAX), kind: 'action', enabled: false });
  }
  // Sign out (which asks first, in the popover) sits apart from Quit, so a slip never reaches it.
  if (input.connected)
    menu.push({ label: TRAY_LABELS.signOut, kind: 'action', run: () => actions.signOut() }, separator());
  menu.push({ label: TRAY_LABELS.quit, kind: 'action', run: () => actions.quit() });

  return {
    tooltip: tooltipFor(input.connected, overdue, dueToday, paused, input.outboxLine ?? null),
    overdue,
    dueToday,
    menu,
  };
}

/** The menu label of an open item: its description cut to one short line, then when it is due. */
export function trayItemLabel(
  item: Pick<ItemView, 'description' | 'dueAt'>,
  now: Date,
  timeZone: string,
  style: ClockStyle,
): string {
  const description = shortText(item.description, DESCRIPTION_MAX) || '(no description)';
  const dueMs = item.dueAt === null ? Number.NaN : Date.parse(item.dueAt);
  return Number.isNaN(dueMs) ? description : `${description} — ${shortDueLabel(dueMs, now.getTime(), timeZone, style)}`;
}

/** "3 days overdue", "Today 17:00", "Tomorrow 09:00", "Fri 17:00", "Mon 2 Dec". */
function shortDueLabel(dueMs: number, nowMs: number, timeZone: string, style: ClockStyle): string {
  const when = whenAt(dueMs, nowMs, timeZone, style);
  if (when.days < 0) return when.days === -1 ? '1 day overdue' : `${-when.days} days overdue`;
  if (when.days < 7) return `${when.day} ${when.time}`;
  return when.day;
}

function tooltipFor(
  connected: boolean,
  overdue: number,
  dueToday: number,
  paused: boolean,
  outboxLine: string | null,
): string {
  // The outbox's line goes second, cut so the whole stays inside what Windows shows.
  const withLine = (first: string) =>
    outboxLine === null || TOOLTIP_MAX - first.length - 1 < 10
      ? first
      : `${first}\n${shortText(outboxLine, TOOLTIP_MAX - first.length - 1)}`;
  if (!connected) return withLine('Omi Tray — not connected');
  const counts: string[] = [];
  if (overdue > 0) counts.push(`${overdue} past due`);
  if (dueToday > 0) counts.push(`${dueToday} due today`);
  const summary = counts.length > 0 ? counts.join(', ') : 'nothing due today';
  const text = `Omi Tray — ${summary}${paused ? ' · reminders paused' : ''}`;
  // Windows truncates longer tooltips itself, mid-word.
  return withLine(shortText(text, TOOLTIP_MAX));
}

function pausedLine(untilMs: number, nowMs: number, timeZone: string, style: ClockStyle): string {
  return `Reminders paused until ${whenInSentence(whenAt(untilMs, nowMs, timeZone, style))}`;
}

function separator(): TrayMenuEntry {
  return { label: '', kind: 'separator' };
}

interface Ranked {
  item: ItemView;
  /** NaN when the item has no (readable) due date. */
  dueMs: number;
  createdMs: number;
}

/** Dated before undated; earlier due first; ties and undated items newest-created first. */
function moreUrgent(a: Ranked, b: Ranked): boolean {
  const aDated = !Number.isNaN(a.dueMs);
  const bDated = !Number.isNaN(b.dueMs);
  if (aDated !== bDated) return aDated;
  if (aDated && a.dueMs !== b.dueMs) return a.dueMs < b.dueMs;
  return a.createdMs > b.createdMs;
}

/** Keeps the few most urgent in order with one pass over the items: no sort of the whole list. */
function keepMostUrgent(kept: Ranked[], candidate: Ranked): void {
  if (kept.length === TRAY_ITEM_COUNT) {
    const last = kept[kept.length - 1];
    if (last === undefined || !moreUrgent(candidate, last)) return;
    kept.pop();
  }
  let index = kept.length;
  while (index > 0) {
    const before = kept[index - 1];
    if (before === undefined || !moreUrgent(candidate, before)) break;
    index -= 1;
  }
  kept.splice(index, 0, candidate);
}
