import type { ClockChoice } from './due-date/clock-style';

/** Settings the user can change; stored in the data folder (never the key). */
export interface Settings {
  apiBaseUrl: string;
  /** Minutes before due_at that a reminder fires; 0 means at the due time. */
  reminderLeadMinutes: ReminderLead;
  /** Electron accelerator for the global quick-edit shortcut. */
  quickEditShortcut: string;
  launchAtLogin: boolean;
  /** The clock times are written in: the system's (its locale), or 12- or 24-hour whatever the locale. */
  clock: ClockChoice;
  /** "From your conversations" folded to its one line, in the popover. */
  suggestionsFolded: boolean;
  /**
   * The region's line saying the key may not read conversations, hidden by the person: it is said
   * once, then only again for the next key signed in.
   */
  conversationsNoteHidden: boolean;
}

export const REMINDER_LEADS = [0, 5, 15, 30, 60] as const;
type ReminderLead = (typeof REMINDER_LEADS)[number];

export const DEFAULT_API_BASE_URL = 'https://api.omi.me';

/** Ctrl/Cmd+Shift+Space: free in the major desktops and apps we checked; Ctrl+Space and Alt+Space are taken by input methods and window menus. */
export const DEFAULT_QUICK_EDIT_SHORTCUT = 'CommandOrControl+Shift+Space';

export const DEFAULT_SETTINGS: Settings = {
  apiBaseUrl: DEFAULT_API_BASE_URL,
  reminderLeadMinutes: 5,
  quickEditShortcut: DEFAULT_QUICK_EDIT_SHORTCUT,
  launchAtLogin: false,
  clock: 'system',
  suggestionsFolded: false,
  conversationsNoteHidden: false,
};
