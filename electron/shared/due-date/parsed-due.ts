/** What reading a due date gives: a due instant ready to show and send, or the reason in words. */
import { describeDueInstant, toDueAtIso } from './due-at-text';
import type { DstResolution } from './zoned-time';

/** A date said without a time ("tomorrow", "dec 3", the presets) is due at 09:00. */
export const DEFAULT_DUE_HOUR = 9;

export interface DueContext {
  now: Date;
  /** IANA name, e.g. "Europe/Berlin": the zone the user means when typing "5pm". */
  timeZone: string;
}

export interface ParsedDue {
  ok: true;
  /** Send this as `due_at`: local date-time with the zone's offset, e.g. "2026-12-01T17:00:00+01:00". */
  dueAt: string;
  /** The instant with its zone, for logs and checks: "Fri 5 Dec, 17:00 (Europe/Berlin)". The page writes `dueAt` in the person's clock. */
  summary: string;
  timeZone: string;
  /** No time was given, so the default (09:00) was used; the UI can say so. */
  timeDefaulted: boolean;
  /** Earlier than now (e.g. "9am" typed at 14:00 means 09:00 today); the UI can warn. */
  inPast: boolean;
  /** How DST affected the wall time: moved past a skipped hour, or the first of a repeated one. */
  dst: DstResolution;
  /** The words that were read as the date, e.g. "tomorrow 5pm". */
  phrase: string;
}

export type DueParseFailureReason =
  | 'empty'
  | 'not_understood'
  | 'extra_text'
  | 'several_dates'
  | 'range'
  | 'ambiguous_numeric_date'
  | 'unknown_time_zone'
  /** The words could not be read at all (the popover could not reach the main process). */
  | 'not_read';

export interface ParseFailure {
  ok: false;
  reason: DueParseFailureReason;
  /** The reason in words, ready to show under the "Due date" textbox. */
  message: string;
}

const MINUTE_MS = 60_000;
const wholeMinute = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** Builds the result for a due instant; due dates are whole minutes, so seconds are dropped. */
export function toParsedDue(
  ms: number,
  details: { nowMs: number; timeZone: string; timeDefaulted: boolean; dst: DstResolution; phrase: string },
): ParsedDue {
  const instantMs = wholeMinute(ms);
  return {
    ok: true,
    dueAt: toDueAtIso(instantMs, details.timeZone),
    summary: describeDueInstant(instantMs, details.timeZone, details.nowMs),
    timeZone: details.timeZone,
    timeDefaulted: details.timeDefaulted,
    inPast: instantMs < wholeMinute(details.nowMs),
    dst: details.dst,
    phrase: details.phrase,
  };
}

export function parseFailure(reason: DueParseFailureReason, message: string): ParseFailure {
  return { ok: false, reason, message };
}
