/**
 * Every file Omi Tray keeps in its data folder, by what it holds: the one list the app names its
 * files from (and the file-fault soak damages each of). The log lives apart, in logs/.
 */
export const DATA_FILES = {
  items: 'items.json',
  outbox: 'outbox.json',
  settings: 'settings.json',
  reminders: 'reminders.json',
  suggestions: 'suggestions.json',
  lastLook: 'last-look.json',
  conversations: 'conversations.json',
  access: 'access.json',
  reads: 'reads.json',
} as const;

export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];
