/** Due dates typed in words, presets and shifts, in an explicit IANA time zone. */
export { parseDueDate } from './parse-due-date';
export { extractDueFromTitle, type TitleWithDue } from './extract-due-from-title';
export { duePresets, LATER_TODAY_HOURS, LATER_TODAY_LATEST, type DuePreset, type DuePresetId } from './due-presets';
export { pushDueByDays } from './push-due';
export { toDueAtIso, describeDueInstant } from './due-at-text';
export { DEFAULT_DUE_HOUR } from './parsed-due';
export { isValidTimeZone, type DstResolution } from './zoned-time';
export type { DueContext, ParsedDue, ParseFailure, DueParseFailureReason } from './parsed-due';
