/**
 * settings.json: the user's choices, never the key. Fields missing from an older file take their
 * defaults; a field of the wrong shape makes the file unreadable (moved aside, defaults used).
 */
import { z } from 'zod';
import { acceleratorSchema } from '../../shared/accelerator';
import { apiAddressSchema } from '../../shared/api-address';
import { CLOCK_CHOICES } from '../../shared/due-date/clock-style';
import { DEFAULT_SETTINGS, REMINDER_LEADS, type Settings } from '../../shared/settings';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

export const storedSettingsSchema: z.ZodType<Settings> = z.object({
  apiBaseUrl: apiAddressSchema.default(DEFAULT_SETTINGS.apiBaseUrl),
  reminderLeadMinutes: z.union(REMINDER_LEADS.map((m) => z.literal(m))).default(DEFAULT_SETTINGS.reminderLeadMinutes),
  // A chord refused since it was saved (the reserved list grows) falls back to the default; the rest of the file stays.
  quickEditShortcut: acceleratorSchema
    .default(DEFAULT_SETTINGS.quickEditShortcut)
    .catch(DEFAULT_SETTINGS.quickEditShortcut),
  launchAtLogin: z.boolean().default(DEFAULT_SETTINGS.launchAtLogin),
  clock: z.enum(CLOCK_CHOICES).default(DEFAULT_SETTINGS.clock).catch(DEFAULT_SETTINGS.clock),
  suggestionsFolded: z.boolean().default(DEFAULT_SETTINGS.suggestionsFolded).catch(DEFAULT_SETTINGS.suggestionsFolded),
  conversationsNoteHidden: z
    .boolean()
    .default(DEFAULT_SETTINGS.conversationsNoteHidden)
    .catch(DEFAULT_SETTINGS.conversationsNoteHidden),
});

export function settingsFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<Settings> {
  return new JsonFile<Settings>({ path, ...options, parse: zodParse(storedSettingsSchema) });
}
