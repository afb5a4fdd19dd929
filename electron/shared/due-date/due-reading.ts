/**
 * Due dates typed in words are read in the main process, not in the popover: the date parser is
 * the largest part of the app's code, and the popover would download and parse it on every first
 * editor. These are the answers as they cross the IPC bridge (plain data), and the limits on what
 * may be sent to be read.
 */
import type { ParsedDue, ParseFailure } from './parsed-due';

/** The "Due date" textbox: longer than this is not a date, and is refused before it is sent. */
export const DUE_WORDS_MAX = 200;
/**
 * A new item's text: a description holds at most 500 characters (up to 1,000 UTF-16 units), with room
 * for spaces around it. Longer text cannot be added, so there is no date to offer, and main never
 * spends its time reading it.
 */
export const TITLE_WORDS_MAX = 1200;

/** A new item's text with a due date at its end or start: what is left, and the date. */
export interface TitleWithDue {
  description: string;
  due: ParsedDue;
}

export type DueReading = ParsedDue | ParseFailure;
export type TitleReading = TitleWithDue | null;
